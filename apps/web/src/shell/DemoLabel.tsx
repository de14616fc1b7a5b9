// Says, wherever the console is visible, when what it shows is the built-in demo network with simulated status.
import { Label, Tooltip } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../api/queries.ts';

export const DEMO_LABEL = 'Demo network (simulated status)';

export function DemoLabel() {
  const sites = useQuery(sitesQuery());
  const demo = (sites.data ?? []).filter((site) => site.demo);
  if (demo.length === 0) return null;
  return (
    <Tooltip
      content={`Sites ${demo.map((site) => site.name).join(', ')} belong to the built-in demo: simulated clusters and controllers, started because no Skupper site was found (or --demo was given).`}
    >
      <Label color="purple" isCompact tabIndex={0}>
        {DEMO_LABEL}
      </Label>
    </Tooltip>
  );
}
