// A status as a PatternFly label with text and icon.
import type { StatusView } from '@connector-console/model';
import { Label } from '@patternfly/react-core';
import { statusBadge } from './statusBadge.ts';

export function StatusBadge({ phase, label }: { phase: StatusView; label?: string }) {
  const look = statusBadge(phase, label);
  const Icon = look.icon;
  return (
    <Label isCompact color={look.color} icon={<Icon />}>
      {look.text}
    </Label>
  );
}
