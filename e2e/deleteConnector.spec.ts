// Journey: a person deletes a connector from its page, confirming by typing its name.
import { expect, test } from '@playwright/test';
import { connectorExists, createConnector } from './support/clusterObjects.ts';

test('deleting from the details page asks for the name, then the row leaves the list', async ({ page }) => {
  const name = 'j6-audit';
  await createConnector('east', name, { port: 7100, selector: 'app=backend' });
  await page.goto('/connectors');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete connector ${name}?` });
  const confirm = dialog.getByRole('button', { name: 'Delete' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
  await confirm.click();

  await expect(page).toHaveURL(/\/connectors$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible();
  await expect(page.getByRole('row', { name: /backend/ }).first()).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await connectorExists('east', name)).toBe(false);
});
