// Journey: a person creates a connector on a Kubernetes site with the form and watches it find its listener.
import { expect, test } from '@playwright/test';
import { createListener } from './support/clusterObjects.ts';
import { formField, reviewAccepted } from './support/editor.ts';

test('a connector created with the form on Kubernetes shows as Pending, then Ready once a listener in another site matches it', async ({
  page,
}) => {
  const name = 'j1-orders';
  await page.goto('/connectors');
  await page.getByRole('link', { name: 'Create connector' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a connector' })).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Site' })
    .selectOption({ label: 'east (Kubernetes, namespace hello-world-east)' });
  await formField(page, 'Name').fill(name);
  await expect(formField(page, 'Routing key')).toHaveValue(name);
  await formField(page, 'Selector').fill('app=backend');
  await formField(page, 'Port').fill('8080');
  await reviewAccepted(page, 'east');
  await page.getByRole('button', { name: 'Create connector' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto(`/connectors?q=${name}`);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('east');
  await expect(row).toContainText('Pending');

  await createListener('west', name, name, 8080);
  await expect(row).toContainText('Ready');
  await expect(row).toContainText('1 listener in 1 site');
});
