// How each status looks: always words and an icon, with colour only as a third cue.
import type { StatusView } from '@connector-console/model';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import HourglassHalfIcon from '@patternfly/react-icons/dist/esm/icons/hourglass-half-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import type { ComponentType } from 'react';

export interface StatusBadgeLook {
  text: string;
  color: 'green' | 'blue' | 'red' | 'grey';
  icon: ComponentType;
}

export const STATUS_BADGES: Record<StatusView, StatusBadgeLook> = {
  Ready: { text: 'Ready', color: 'green', icon: CheckCircleIcon },
  Pending: { text: 'Pending', color: 'blue', icon: InProgressIcon },
  Error: { text: 'Error', color: 'red', icon: ExclamationCircleIcon },
  NotReconciled: { text: 'Not reconciled', color: 'grey', icon: HourglassHalfIcon },
};

export const STATUS_VIEWS = Object.keys(STATUS_BADGES) as StatusView[];

/** An unknown controller status is shown as an error, but in the controller's own word. */
export function statusBadge(phase: StatusView, label?: string): StatusBadgeLook {
  const look = STATUS_BADGES[phase];
  const known = label === undefined || phase === 'NotReconciled' || label === phase;
  return known ? look : { ...look, text: label };
}
