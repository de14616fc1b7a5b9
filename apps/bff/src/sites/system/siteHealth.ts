// Turns what a local site's files show into the health the console reports, in words a person can act on.
import type { SiteHealth, SiteState } from '../types.ts';
import type { ControllerLockState } from './controllerLock.ts';
import type { NamespaceLayout } from './layout.ts';
import type { PlatformReading } from './platformFile.ts';

export interface SiteObservation {
  /** The namespace folder exists. */
  present: boolean;
  /** Why the last read failed, if it did. */
  readError?: string;
  /** runtime/resources exists: the site has been set up at least once. */
  runtimePresent: boolean;
  controller: ControllerLockState;
  /** Files in input/resources that could not be read. */
  problems: string[];
}

export interface HealthVerdict {
  state: SiteState;
  message?: string;
  statusLive: boolean;
}

const MAX_FILE_PROBLEMS = 3;

function controllerNote(controller: ControllerLockState, namespace: string): string | undefined {
  if (controller === 'held') return undefined;
  if (controller === 'unknown') {
    return 'Cannot tell whether a system controller is running (no /proc/locks and no flock command), so status may be out of date.';
  }
  return `No system controller is running, so status only changes when the site is reloaded (skupper system reload -n ${namespace}).`;
}

export function healthVerdict(
  observation: SiteObservation,
  layout: NamespaceLayout,
  platform: PlatformReading,
  everSynced: boolean,
): HealthVerdict {
  const { namespace } = layout;
  if (!observation.present) {
    return {
      state: 'error',
      statusLive: false,
      message:
        `There is no local Skupper namespace "${namespace}" (${layout.namespaceDir} is missing). ` +
        `Create a site in it with "skupper site create <site-name> -n ${namespace}" and start it with "skupper system setup -n ${namespace}".`,
    };
  }
  const statusLive = observation.controller === 'held';
  if (observation.readError) {
    return {
      state: everSynced ? 'stale' : 'error',
      statusLive,
      message: `The site's files could not be read: ${observation.readError}`,
    };
  }
  const notes = [
    platform.note,
    ...observation.problems.slice(0, MAX_FILE_PROBLEMS),
    observation.problems.length > MAX_FILE_PROBLEMS
      ? `${observation.problems.length - MAX_FILE_PROBLEMS} more files could not be read.`
      : undefined,
    observation.runtimePresent
      ? undefined
      : `The site has no runtime status yet; start it with "skupper system setup -n ${namespace}" or reload it.`,
    controllerNote(observation.controller, namespace),
  ].filter((note): note is string => note !== undefined);
  return { state: 'ready', statusLive, ...(notes.length > 0 ? { message: notes.join(' ') } : {}) };
}

/** Keeps the last reported health, so that only real changes are reported and `since` means what it says. */
export class HealthReport {
  private current: SiteHealth | undefined;

  constructor(private readonly send: (health: SiteHealth) => void) {}

  get everSynced(): boolean {
    return this.current?.lastSync !== undefined;
  }

  update(verdict: HealthVerdict, synced: boolean): void {
    const now = new Date().toISOString();
    const previous = this.current;
    const lastSync = synced ? now : previous?.lastSync;
    const same =
      previous?.state === verdict.state &&
      previous.message === verdict.message &&
      previous.statusLive === verdict.statusLive;
    const next: SiteHealth = {
      ...verdict,
      since: previous?.state === verdict.state ? previous.since : now,
      ...(lastSync ? { lastSync } : {}),
    };
    this.current = next;
    if (!same) this.send(next);
  }
}
