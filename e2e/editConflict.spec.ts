// Journey: the connector changes on the server while a person edits it; nothing they typed is lost.
import { expect, test } from '@playwright/test';
import { createConnector, patchConnectorPort } from './support/clusterObjects.ts';
import { formField, reviewAccepted } from './support/editor.ts';

test('a change made elsewhere while editing shows a banner, and saving leads to the conflict view with the edit kept', async ({
  page,
}) => {
  const name = 'j3-ledger';
  await createConnector('east', name, { port: 7000, selector: 'app=backend' });
  await page.goto(`/sites/east/connectors/${name}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit connector ${name}` })).toBeVisible();
  await expect(formField(page, 'Port')).toHaveValue('7000');
  await formField(page, 'Port').fill('7001');
  await reviewAccepted(page, 'east');

  await patchConnectorPort('east', name, 7002);
  await expect(
    page.getByRole('heading', { name: 'This connector changed since you opened it' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `Connector ${name} changed since you opened it` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your changes were not saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to my edit' }).click();
  await expect(formField(page, 'Port')).toHaveValue('7001');
});
