import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appUnderTest } from '../testing/appUnderTest.tsx';
import { FakeStream } from '../testing/fakeStream.ts';
import { site } from '../testing/fixtures.ts';

const SIGNED_OUT = { mode: 'per-user', signedIn: false };
const ALICE = { mode: 'per-user', signedIn: true, user: 'alice', via: 'sign-in' };

const api = appUnderTest(() => ({
  'GET /api/session': { body: SIGNED_OUT },
  'POST /api/session': { body: ALICE },
  'GET /api/sites': { body: [site('east', { name: 'East' })] },
  'GET /api/connectors': { body: { items: [] } },
}));
const open = api.open;

const tokenField = () => screen.findByLabelText(/^Kubernetes token/);
async function signIn(token: string) {
  fireEvent.change(await tokenField(), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('signs in with the token and returns to the page the person wanted', async () => {
    const view = open('/sign-in?next=%2Fsites%3Fx%3D1');
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeTruthy();
    expect((await tokenField()).getAttribute('type')).toBe('password');
    expect(screen.getByText(/kubectl create token/)).toBeTruthy();
    await signIn('  eyJhbGciOi.token  ');
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sites'));
    expect(view.router.state.location.search).toBe('?x=1');
    const post = api.server.requests.find((request) => request.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({ token: 'eyJhbGciOi.token' });
    expect(post?.contentType).toBe('application/json');
  });

  it('shows what is wrong with a token that is not one at the field, and puts the focus there', async () => {
    const message = 'Paste a Kubernetes bearer token: printable characters without spaces, at most 8192.';
    api.server.route({
      'POST /api/session': {
        status: 422,
        body: {
          error: {
            code: 'Invalid',
            message: `token: ${message}`,
            details: { problems: [{ path: 'token', message }] },
          },
        },
      },
    });
    const view = open('/sign-in');
    await signIn('not a token');
    const error = await screen.findByText(message);
    const field = await tokenField();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(field);
    expect(view.router.state.location.pathname).toBe('/sign-in');
  });

  it('says plainly when no site accepts the token', async () => {
    api.server.route({
      'POST /api/session': {
        status: 401,
        body: {
          error: {
            code: 'Unauthorized',
            message: 'No site accepted this token: check that it is current and complete.',
          },
        },
      },
    });
    const view = open('/sign-in?next=%2Fsites');
    await signIn('expired');
    expect(await screen.findByText('No site accepted this token')).toBeTruthy();
    expect(screen.getByText(/check that it is current and complete/)).toBeTruthy();
    expect(document.activeElement).toBe(await tokenField());
    expect(view.router.state.location.pathname).toBe('/sign-in');
  });

  it('asks for the token without asking the server when the field is empty', async () => {
    open('/sign-in');
    await signIn('   ');
    expect(await screen.findByText(/the field is empty/)).toBeTruthy();
    expect(api.server.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('ignores a return address outside the console and opens the connectors instead', async () => {
    const view = open(`/sign-in?next=${encodeURIComponent('https://evil.example/steal')}`);
    await signIn('good-token');
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/connectors'));
  });

  it('says there is nothing to sign in to when the console uses its own credentials', async () => {
    api.server.route({ 'GET /api/session': { body: { mode: 'shared', signedIn: true } } });
    open('/sign-in');
    expect(await screen.findByText('There is nothing to sign in to')).toBeTruthy();
    expect(screen.queryByLabelText(/^Kubernetes token/)).toBeNull();
  });
});

describe('being sent to sign in', () => {
  it('goes to sign in, remembering the page, when a list answers 401', async () => {
    api.server.route({
      'GET /api/session': { body: ALICE },
      'GET /api/connectors': {
        status: 401,
        body: { error: { code: 'Unauthorized', message: 'Your sign-in is not accepted by any site.' } },
      },
    });
    const view = open('/connectors?site=east');
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'));
    expect(view.search().get('next')).toBe('/connectors?site=east');
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeTruthy();
  });

  it('goes to sign in when the session says nobody is signed in, and stops the live stream', async () => {
    const stream = new FakeStream();
    const openStream = vi.fn(() => stream);
    const view = open('/sites', { openStream });
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'));
    expect(view.search().get('next')).toBe('/sites');
    expect(stream.readyState).toBe(2);
    // A refusal the browser reports after the stream was closed opens nothing new.
    act(() => stream.dispatchEvent(new Event('error')));
    expect(openStream).toHaveBeenCalledTimes(1);
  });
});
