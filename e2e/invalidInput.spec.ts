// Journey: invalid input is explained at the fields and at the YAML lines, and nothing reaches the site.
import { expect, test } from '@playwright/test';
import { connectorExists } from './support/clusterObjects.ts';
import { formField, openCreateEditor, replaceYaml } from './support/editor.ts';

const invalidYaml = [
  'apiVersion: skupper.io/v2alpha1',
  'kind: Connector',
  'metadata:',
  '  name: Bad_Name',
  'spec:',
  '  routingKey: j4-invalid',
  '  port: 70000',
  '  selector: app=backend',
  '  host: backend.example.com',
  '',
].join('\n');

test('invalid input is shown at the form fields and at YAML lines, and nothing is saved', async ({
  page,
}) => {
  await openCreateEditor(page, 'east');
  await formField(page, 'Name').fill('Bad_Name');
  await formField(page, 'Port').fill('70000');
  await expect(formField(page, 'Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(formField(page, 'Name')).toHaveAccessibleDescription(
    /Name may contain only lowercase letters/,
  );
  await expect(formField(page, 'Port')).toHaveAccessibleDescription(
    /Port must be from 1 to 65535, not 70000/,
  );

  await replaceYaml(page, invalidYaml);
  const problems = page.getByRole('region', { name: 'Problems in the YAML' });
  await expect(problems).toContainText('Line 4: metadata.name: Name may contain only lowercase letters');
  await expect(problems).toContainText('Line 7: spec.port: Port must be from 1 to 65535, not 70000');
  await expect(problems).toContainText('Line 8: spec.selector: Choose either selector or host, not both');
  await expect(problems).toContainText('Line 9: spec.host: Choose either selector or host, not both');

  await page.getByRole('button', { name: 'Review and save' }).click();
  await expect(
    page.getByRole('heading', { name: 'Fix the problems marked below before saving' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create connector' })).toHaveCount(0);
  expect(await connectorExists('east', 'Bad_Name')).toBe(false);
  expect(await connectorExists('east', 'bad-name')).toBe(false);
});
