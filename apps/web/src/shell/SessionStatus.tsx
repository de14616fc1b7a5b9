// Per-user mode only: who is signed in, and a way to sign out when the console's own sign-in page was used.
import { Button, Flex, FlexItem, ToolbarItem } from '@patternfly/react-core';
import UserIcon from '@patternfly/react-icons/dist/esm/icons/user-icon';
import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api/queries.ts';
import { useSignOut } from '../session/useSignOut.ts';

export function SessionStatus() {
  const { data: session } = useQuery(sessionQuery());
  const signOut = useSignOut();
  if (session?.mode !== 'per-user' || !session.signedIn) return null;
  return (
    <ToolbarItem>
      <Flex
        alignItems={{ default: 'alignItemsCenter' }}
        gap={{ default: 'gapSm' }}
        flexWrap={{ default: 'nowrap' }}
      >
        <FlexItem className="cc-session-user">
          <UserIcon aria-hidden />{' '}
          {session.user ? (
            <span>
              <span className="pf-v6-screen-reader">Signed in as </span>
              {session.user}
            </span>
          ) : (
            'Signed in'
          )}
        </FlexItem>
        {/* An authenticating proxy owns the sign-in: signing out happens there, not here. */}
        {session.via === 'sign-in' && (
          <FlexItem>
            <Button
              variant="secondary"
              size="sm"
              isLoading={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              Sign out
            </Button>
          </FlexItem>
        )}
      </Flex>
    </ToolbarItem>
  );
}
