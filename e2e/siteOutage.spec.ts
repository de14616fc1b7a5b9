// Journey: one site's API server goes away; the list says so and the other sites keep updating.
import { expect, test } from '@playwright/test';
import { createConnector } from './support/clusterObjects.ts';
import { bringClusterUp, takeClusterDown } from './support/testkitControl.ts';

test('when site east goes down its banner shows and connectors from the other sites keep updating live', async ({
  page,
}) => {
  const name = 'j7-west-cache';
  await page.goto('/connectors');
  await expect(page.getByRole('row', { name: /backend/ }).first()).toBeVisible();
  try {
    await takeClusterDown('east');
    await expect(page.getByRole('heading', { name: /Site east is (unreachable|out of date)/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Site (west|edge) is/ })).toHaveCount(0);

    await createConnector('west', name, { port: 6379, host: 'cache.example.com' });
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('west');
    await expect(row).toContainText('cache.example.com');
  } finally {
    await bringClusterUp('east');
  }
  await expect(page.getByRole('heading', { name: /Site east is/ })).toHaveCount(0);
});
