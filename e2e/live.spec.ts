import { expect, test } from '@playwright/test';
import { demoCluster, skupper } from './demoNetwork.ts';

test('shows every connector of the demo network with its status and matching listeners', async ({ page }) => {
  await page.goto('/');
  const backend = page.getByRole('row', { name: /backend/ }).first();
  await expect(backend).toContainText('east');
  await expect(backend).toContainText('Ready');
  await expect(backend).toContainText('2 listeners in 2 sites');
  await expect(page.getByRole('row', { name: /inventory/ })).toContainText('Pending');
});

test('a connector turns Ready live when a listener with its routing key appears in another site', async ({
  page,
}) => {
  const east = demoCluster('east');
  const west = demoCluster('west');
  await east.createNamespacedCustomObject({
    ...skupper('east', 'connectors'),
    body: {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'payments' },
      spec: { routingKey: 'payments', port: 9000, selector: 'app=backend' },
    },
  });
  await page.goto('/connectors?q=payments');
  const row = page.getByRole('row', { name: /payments/ });
  await expect(row).toContainText('Pending');
  await west.createNamespacedCustomObject({
    ...skupper('west', 'listeners'),
    body: {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Listener',
      metadata: { name: 'payments' },
      spec: { routingKey: 'payments', port: 9000, host: 'payments' },
    },
  });
  await expect(row).toContainText('Ready');
  await expect(row).toContainText('1 listener in 1 site');
});
