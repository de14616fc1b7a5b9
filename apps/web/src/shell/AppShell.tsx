// The page frame every route renders in: masthead, navigation, and the routed page inside its own error boundary.
import { Page, SkipToContent } from '@patternfly/react-core';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import type { OpenStream } from '../live/useLiveUpdates.ts';
import { useLiveUpdates } from '../live/useLiveUpdates.ts';
import { useSessionGate } from '../session/useSessionGate.ts';
import { PageSkeleton } from './PageSkeleton.tsx';
import { RegionBoundary } from './RegionBoundary.tsx';
import { ShellMasthead } from './ShellMasthead.tsx';
import { ShellNavigation } from './ShellNavigation.tsx';
import './shell.css';

const MAIN_ID = 'main-content';

export function AppShell({ openStream }: { openStream?: OpenStream | null }) {
  const session = useSessionGate();
  const live = useLiveUpdates(openStream, { enabled: session.liveAllowed, onClosed: session.recheck });
  const { pathname } = useLocation();
  return (
    <Page
      masthead={<ShellMasthead live={live} />}
      sidebar={<ShellNavigation />}
      isManagedSidebar
      skipToContent={<SkipToContent href={`#${MAIN_ID}`}>Skip to content</SkipToContent>}
      mainContainerId={MAIN_ID}
    >
      <RegionBoundary key={pathname} region="this page">
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </RegionBoundary>
    </Page>
  );
}
