// A site's health as a label with words and an icon.
import type { SiteState } from '@connector-console/model';
import { Label } from '@patternfly/react-core';
import { SITE_STATES } from './siteHealth.ts';

export function SiteStateLabel({ state }: { state: SiteState }) {
  const look = SITE_STATES[state];
  const Icon = look.icon;
  return (
    <Label isCompact color={look.color} icon={<Icon />}>
      {look.text}
    </Label>
  );
}
