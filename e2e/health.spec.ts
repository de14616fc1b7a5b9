import { expect, test } from '@playwright/test';

test('the console page loads and reaches its backend', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Connector Console' })).toBeVisible();
  await expect(page.getByLabel('backend health')).toHaveText('ok');
});
