// How a site's health reads to people, and which sites need a banner over the lists.
import type { SiteState, SiteSummary } from '@connector-console/model';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import type { ComponentType } from 'react';

export interface SiteStateLook {
  text: string;
  color: 'green' | 'blue' | 'red' | 'orange';
  icon: ComponentType;
}

export const SITE_STATES: Record<SiteState, SiteStateLook> = {
  connecting: { text: 'Connecting', color: 'blue', icon: InProgressIcon },
  ready: { text: 'Ready', color: 'green', icon: CheckCircleIcon },
  error: { text: 'Unreachable', color: 'red', icon: ExclamationCircleIcon },
  stale: { text: 'Out of date', color: 'orange', icon: ExclamationTriangleIcon },
};

export interface SiteBanner {
  site: string;
  variant: 'danger' | 'warning';
  title: string;
  detail: string;
}

/** One banner per site that is down or stale; ready and still-connecting sites need none. */
export function siteBanners(sites: readonly SiteSummary[]): SiteBanner[] {
  const banners: SiteBanner[] = [];
  for (const site of sites) {
    const reason = site.message ? `${site.message} ` : '';
    if (site.state === 'error') {
      banners.push({
        site: site.id,
        variant: 'danger',
        title: `Site ${site.name} is unreachable`,
        detail: `${reason}Its connectors and listeners may be missing or out of date here until it is back.`,
      });
    } else if (site.state === 'stale') {
      banners.push({
        site: site.id,
        variant: 'warning',
        title: `Site ${site.name} is out of date`,
        detail: `${reason}What is shown for it is its last known state.`,
      });
    }
  }
  return banners;
}
