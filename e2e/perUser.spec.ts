// Journey 10: a console in per-user mode; two people with different Kubernetes rights sign in and see only
// what RBAC lets them see and do.
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { startPerUserConsole, TOKENS, type PerUserConsole } from './support/perUserConsole.ts';

const PORT = Number(process.env.E2E_PER_USER_PORT ?? 4318);
let perUser: PerUserConsole;

test.beforeAll(async () => {
  perUser = await startPerUserConsole(PORT);
});

test.afterAll(async () => {
  await perUser.close();
});

async function signIn(page: Page, token: string): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Kubernetes token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('each person signs in with their own token and sees and may change only what their rights allow', async ({
  page,
}) => {
  await page.goto(`${perUser.url}/connectors`);
  await signIn(page, TOKENS.bob);
  await expect(page).toHaveURL(`${perUser.url}/connectors`);
  await expect(page.getByText('Signed in as bob')).toBeVisible();
  // Bob may read east only: west's connector is not listed, and no site takes a new connector from him.
  await expect(page.getByRole('row', { name: /backend/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /database/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create connector' })).toHaveCount(0);
  await page
    .getByRole('row', { name: /backend/ })
    .getByRole('link', { name: 'backend' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'backend' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true');
  await expect(
    page.getByText('Your Kubernetes account may not change connectors in site east.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, TOKENS.alice);
  await expect(page.getByText('Signed in as alice')).toBeVisible();
  // Alice may change east and read west.
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await page.goto(`${perUser.url}/connectors`);
  await expect(page.getByRole('row', { name: /database/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create connector' })).toBeVisible();
});

test('a token no site accepts is refused at sign-in, on a page without serious accessibility violations', async ({
  page,
}) => {
  await page.goto(`${perUser.url}/sites`);
  await signIn(page, 'not-a-token-anyone-knows');
  await expect(
    page.getByText('No site accepted this token: check that it is current and complete.', { exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await seriousViolations(page)).toEqual([]);
});
