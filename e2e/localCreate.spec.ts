// Journey: a person creates a connector on a local (Podman) site and applies it; the file is the CLI's own.
import { expect, test } from '@playwright/test';
import { readEdgeConnectorFile } from './support/demoFiles.ts';
import { formField, openCreateEditor, reviewAccepted } from './support/editor.ts';

test('creating on a local site writes the file as the skupper CLI would, and Apply reloads or says how', async ({
  page,
}) => {
  const name = 'j5-metrics';
  await openCreateEditor(page, 'edge');
  await formField(page, 'Name').fill(name);
  await formField(page, 'Host').fill('localhost');
  await formField(page, 'Port').fill('9100');
  await reviewAccepted(page, 'edge');
  await page.getByRole('button', { name: 'Create connector' }).click();
  await expect(page.getByRole('heading', { name: `Connector ${name} saved` })).toBeVisible();

  expect(await readEdgeConnectorFile(name)).toBe(
    [
      'apiVersion: skupper.io/v2alpha1',
      'kind: Connector',
      'metadata:',
      `  name: ${name}`,
      '  namespace: edge',
      'spec:',
      '  host: localhost',
      '  port: 9100',
      `  routingKey: ${name}`,
      '  type: tcp',
      '',
    ].join('\n'),
  );

  await page.getByRole('button', { name: 'Apply to site' }).click();
  // Where the CLI is installed the reload's outcome shows; elsewhere the command to run does.
  await expect(
    page.getByText(
      /Reloaded namespace edge|reloads by itself|run: skupper system reload --platform podman -n edge/,
    ),
  ).toBeVisible();
});
