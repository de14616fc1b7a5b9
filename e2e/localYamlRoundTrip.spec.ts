// Journey: on a local site, YAML written by hand keeps its comment and unknown field through the form and the save.
import { expect, test, type Page } from '@playwright/test';
import { readEdgeConnectorFile } from './support/demoFiles.ts';
import { formField, openCreateEditor, replaceYaml, reviewAccepted } from './support/editor.ts';

const handWritten = (name: string) =>
  [
    '# Cache on the edge host: ask the platform team before changing the port.',
    'apiVersion: skupper.io/v2alpha1',
    'kind: Connector',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  routingKey: ${name}`,
    '  host: localhost',
    '  port: 6379',
    '  futureOption: keep-me',
    '',
  ].join('\n');

/** Writes the YAML by hand, switches to the form, changes the port there, reviews and saves. */
async function writeYamlThenChangePortInForm(page: Page, name: string): Promise<string> {
  await openCreateEditor(page, 'edge');
  await replaceYaml(page, handWritten(name));
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(formField(page, 'Name')).toHaveValue(name);
  await formField(page, 'Port').fill('6380');
  await reviewAccepted(page, 'edge');
  await page.getByRole('button', { name: 'Create connector' }).click();
  await expect(page.getByRole('heading', { name: `Connector ${name} saved` })).toBeVisible();
  return readEdgeConnectorFile(name);
}

test('a field the console does not know, written in the YAML tab, reaches the file with the port changed in the form', async ({
  page,
}) => {
  const file = await writeYamlThenChangePortInForm(page, 'j2-cache');
  expect(file).toContain('  futureOption: keep-me\n');
  expect(file).toContain('  port: 6380\n');
  expect(file).not.toContain('6379');
});

test('a comment written in the YAML tab reaches the file on a local site', async ({ page }) => {
  const file = await writeYamlThenChangePortInForm(page, 'j2-notes');
  expect(file).toContain('# Cache on the edge host: ask the platform team before changing the port.');
});
