// Tells, in the masthead, whether what the console shows is being kept current.
import { Label } from '@patternfly/react-core';
import SyncAltIcon from '@patternfly/react-icons/dist/esm/icons/sync-alt-icon';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import type { LiveState } from './liveConnection.ts';

const TEXT: Record<LiveState, string> = {
  connecting: 'Connecting to live updates',
  live: 'Live',
  reconnecting: 'Reconnecting; data may be out of date',
};

export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <span role="status" aria-live="polite">
      <Label
        isCompact
        color={state === 'live' ? 'green' : 'orange'}
        icon={state === 'live' ? <CheckCircleIcon /> : <SyncAltIcon />}
      >
        {TEXT[state]}
      </Label>
    </span>
  );
}
