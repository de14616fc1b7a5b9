import type { SiteAccess } from '@connector-console/model';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appUnderTest } from '../testing/appUnderTest.tsx';
import { connectorEntry, site } from '../testing/fixtures.ts';

const ALL: SiteAccess = { read: true, create: true, update: true, delete: true };
const ONLY_READ: SiteAccess = { read: true, create: false, update: false, delete: false };
const SITES = [
  site('east', { name: 'East', access: ALL }),
  site('north', { name: 'North', access: ALL }),
  site('west', { name: 'West', access: ONLY_READ }),
];

const api = appUnderTest(() => ({
  'GET /api/session': { body: { mode: 'per-user', signedIn: true, user: 'alice', via: 'sign-in' } },
  'GET /api/sites': { body: SITES },
  'GET /api/connectors': { body: { items: [] } },
  'GET /api/sites/west/connectors/web': { body: connectorEntry('west', 'web') },
  'GET /api/sites/west/tls-credentials': { body: { items: [] } },
  'GET /api/sites/west/workloads': { body: { items: [] } },
  'GET /api/sites/west/pods': { body: { items: [] } },
}));
const open = (path: string) => api.open(path);

describe('the editor and what the person may do', () => {
  it('lists a site the person may not create connectors in, but does not let it be chosen', async () => {
    open('/connectors/new');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    const picker = screen.getByLabelText(/^Site/);
    const west = within(picker).getByRole('option', { name: /^West/ });
    expect(west.textContent).toContain('you may not create connectors here');
    expect((west as HTMLOptionElement).disabled).toBe(true);
    expect((within(picker).getByRole('option', { name: /^East/ }) as HTMLOptionElement).disabled).toBe(false);
    expect(
      screen.getByText(/Sites that would refuse a new connector are shown but cannot be chosen/),
    ).toBeTruthy();
  });

  it('explains instead of showing a form when the site asked for refuses new connectors', async () => {
    open('/connectors/new?site=west');
    expect(
      await screen.findByRole('heading', { name: 'You cannot create a connector in this site', level: 1 }),
    ).toBeTruthy();
    expect(screen.getByText(/Your Kubernetes account may not create connectors in site West\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose another site' }).getAttribute('href')).toBe(
      '/connectors/new',
    );
    expect(screen.queryByLabelText(/^Name/)).toBeNull();
  });

  it('says so when no site at all accepts a new connector from the person', async () => {
    api.server.route({ 'GET /api/sites': { body: [site('west', { name: 'West', access: ONLY_READ })] } });
    open('/connectors/new');
    expect(
      await screen.findByRole('heading', { name: 'No site accepts a new connector from you', level: 1 }),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Choose another site' })).toBeNull();
  });

  it('opens a connector the person may not change read-only, saying why', async () => {
    open('/sites/west/connectors/web/edit');
    await screen.findByRole('heading', { name: 'Edit connector web', level: 1 });
    expect(screen.getByText('Read-only: you cannot save changes to this connector')).toBeTruthy();
    expect(screen.getByText(/Your Kubernetes account may not change connectors in site West\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Review and save' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });
});
