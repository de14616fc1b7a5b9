// Accessibility: no serious or critical axe violation on any page, and a create flow done with the keyboard alone.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { formField } from './support/editor.ts';
import { tabTo } from './support/keyboard.ts';

const PAGES: { view: string; path: string; heading: string }[] = [
  { view: 'the connector list', path: '/connectors', heading: 'Connectors' },
  { view: 'a connector’s details page', path: '/sites/east/connectors/backend', heading: 'backend' },
  { view: 'the create form', path: '/connectors/new?site=east', heading: 'Create a connector' },
  { view: 'the listeners page', path: '/listeners', heading: 'Listeners' },
  {
    view: 'the sites page',
    path: '/sites',
    heading: 'Sites',
  },
];

for (const { view, path, heading } of PAGES) {
  test(`${view} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the YAML tab of the editor has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/connectors/new?site=east');
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(page.getByRole('textbox', { name: /^Connector YAML/ })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a connector can be created with the keyboard alone', async ({ page }) => {
  const name = 'j8-keyboard';
  await page.goto('/connectors');
  await expect(page.getByRole('row', { name: /backend/ }).first()).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Create connector' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a connector' })).toBeVisible();

  await tabTo(page, page.getByRole('combobox', { name: 'Site' }));
  await page.keyboard.type('east');
  await expect(page.getByRole('combobox', { name: 'Site' })).toHaveValue('east');
  await tabTo(page, formField(page, 'Name'));
  await page.keyboard.type(name);
  await tabTo(page, formField(page, 'Selector'));
  await page.keyboard.type('app=backend');
  await tabTo(page, formField(page, 'Port'));
  await page.keyboard.type('8443');
  await tabTo(page, page.getByRole('button', { name: 'Review and save' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Site east accepts this connector')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Create connector' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
