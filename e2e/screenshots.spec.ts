// The README's screenshots: each main view in the light and the dark theme, captured once it has rendered.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formField } from './support/editor.ts';

const SCREENSHOTS = path.resolve('docs/screenshots');
const THEMES = [
  { theme: 'light', button: 'Light' },
  { theme: 'dark', button: 'Dark' },
] as const;

/** Opens the view and waits until what the screenshot is for is on screen. */
const VIEWS: { view: string; open: (page: Page) => Promise<void> }[] = [
  {
    view: 'list',
    open: async (page) => {
      await page.goto('/connectors');
      await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible();
      await expect(page.getByRole('row', { name: /backend/ }).first()).toContainText('Ready');
    },
  },
  {
    view: 'details',
    open: async (page) => {
      await page.goto('/sites/east/connectors/backend');
      await expect(page.getByRole('heading', { level: 1, name: 'backend' })).toBeVisible();
    },
  },
  {
    view: 'form',
    open: async (page) => {
      await page.goto('/connectors/new?site=east');
      await expect(page.getByRole('heading', { level: 1, name: 'Create a connector' })).toBeVisible();
      await formField(page, 'Name').fill('payments');
      await formField(page, 'Selector').fill('app=backend');
      await formField(page, 'Port').fill('9000');
    },
  },
  {
    view: 'yaml',
    open: async (page) => {
      await page.goto('/sites/east/connectors/backend/edit');
      await expect(page.getByRole('heading', { level: 1, name: 'Edit connector backend' })).toBeVisible();
      await page.getByRole('tab', { name: 'YAML' }).click();
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('routingKey');
    },
  },
];

test.use({ viewport: { width: 1280, height: 800 } });

for (const { theme, button } of THEMES) {
  for (const { view, open } of VIEWS) {
    test(`the ${view} view renders in the ${theme} theme and is captured for the README`, async ({
      page,
    }) => {
      await page.goto('/');
      await page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name: button }).click();
      await open(page);
      const html = page.locator('html');
      await (theme === 'dark'
        ? expect(html).toHaveClass(/pf-v6-theme-dark/)
        : expect(html).not.toHaveClass(/pf-v6-theme-dark/));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${view}-${theme}.png`), animations: 'disabled' });
    });
  }
}
