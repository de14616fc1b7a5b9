// The sidebar navigation between Connectors, Listeners and Sites.
import { Nav, NavItem, NavList, PageSidebar, PageSidebarBody } from '@patternfly/react-core';
import { Link, useLocation } from 'react-router';
import { areaOfPath, NAV_AREAS } from './navigation.ts';

export function ShellNavigation() {
  const active = areaOfPath(useLocation().pathname);
  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Console areas">
          <NavList>
            {NAV_AREAS.map((area) => (
              <NavItem key={area.id} itemId={area.id} isActive={active === area.id}>
                <Link to={area.path}>{area.title}</Link>
              </NavItem>
            ))}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
}
