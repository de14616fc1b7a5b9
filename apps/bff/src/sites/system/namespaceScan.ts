// One read of a local namespace: the resources it shows, and what the console should say about the site.
import { existsSync } from 'node:fs';
import { controllerLockState, type ControllerLockProbe } from './controllerLock.ts';
import type { NamespaceLayout } from './layout.ts';
import { readResourceFolder } from './resourceFiles.ts';
import type { SiteObservation } from './siteHealth.ts';
import { buildSnapshot, emptySnapshot, type SiteSnapshot } from './siteSnapshot.ts';

export interface NamespaceScan {
  /** Undefined when the files could not be read: what was seen before should stay on show, marked stale. */
  snapshot: SiteSnapshot | undefined;
  observation: SiteObservation;
}

export async function scanNamespace(
  layout: NamespaceLayout,
  lockProbe?: ControllerLockProbe,
): Promise<NamespaceScan> {
  const observation: SiteObservation = {
    present: false,
    runtimePresent: false,
    controller: 'free',
    problems: [],
  };
  if (!existsSync(layout.namespaceDir)) return { snapshot: emptySnapshot(), observation };
  observation.present = true;
  observation.controller = await controllerLockState(layout.controllerLock, lockProbe);
  try {
    const [input, runtime] = await Promise.all([
      readResourceFolder(layout.inputResources),
      readResourceFolder(layout.runtimeResources),
    ]);
    observation.runtimePresent = runtime.present;
    observation.problems = input.problems.map((problem) => problem.message);
    return { snapshot: buildSnapshot(input, runtime), observation };
  } catch (error) {
    observation.readError = error instanceof Error ? error.message : String(error);
    return { snapshot: undefined, observation };
  }
}
