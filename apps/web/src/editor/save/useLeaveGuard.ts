// Asks before leaving an editor with unsaved changes: in-app navigation (a blocker) and closing the tab.
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router';

export interface LeaveGuard {
  blocker: Blocker;
  /** Lets the next navigation through, for a save that has just succeeded. */
  allowLeaving: () => void;
}

export function useLeaveGuard(unsaved: boolean): LeaveGuard {
  const guarding = useRef(unsaved);
  useEffect(() => {
    guarding.current = unsaved;
  }, [unsaved]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      guarding.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const allowLeaving = useCallback(() => {
    guarding.current = false;
  }, []);
  return { blocker, allowLeaving };
}
