// The masthead: navigation toggle, the console's name, live status, the theme switch and who is signed in.
import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { LiveIndicator } from '../live/LiveIndicator.tsx';
import type { LiveState } from '../live/liveConnection.ts';
import { DemoLabel } from './DemoLabel.tsx';
import { SessionStatus } from './SessionStatus.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

const HomeLink = (props: ComponentProps<'a'>) => <Link {...props} to="/" />;

export function ShellMasthead({ live }: { live: LiveState }) {
  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton isHamburgerButton aria-label="Show or hide navigation" />
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component={HomeLink}>
            <span className="cc-brand">Connector Console</span>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarGroup align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }}>
              <ToolbarItem>
                <DemoLabel />
              </ToolbarItem>
              <ToolbarItem>
                <LiveIndicator state={live} />
              </ToolbarItem>
              <ToolbarItem>
                <ThemeToggle />
              </ToolbarItem>
              <SessionStatus />
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}
