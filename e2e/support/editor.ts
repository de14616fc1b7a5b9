// Test support: driving the connector editor the way a person does (form fields, the YAML tab, the review).
// Page functions here run in the browser, hence the DOM types.
/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test';

/** Opens the create page with the site already chosen (as "Create connector" in a site's context does). */
export async function openCreateEditor(page: Page, site: string): Promise<void> {
  await page.goto(`/connectors/new?site=${encodeURIComponent(site)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create a connector' })).toBeVisible();
}

/** The YAML tab's editor: Monaco's input carries the label the console gives it. */
export function yamlEditor(page: Page) {
  return page.getByRole('textbox', { name: /^Connector YAML/ });
}

/**
 * Replaces the whole YAML text by pasting it, as a person would with text from elsewhere: typed (or inserted)
 * text goes through Monaco's auto-indent line by line, which would re-indent the YAML.
 */
export async function replaceYaml(page: Page, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(yamlEditor(page)).toBeAttached();
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Asks for the review and waits until the site's dry run accepts the connector. */
export async function reviewAccepted(page: Page, siteName: string): Promise<void> {
  await page.getByRole('button', { name: 'Review and save' }).click();
  await expect(page.getByText(`Site ${siteName} accepts this connector`)).toBeVisible();
}

/** A text field of the form by its label (the label's help button is named "About …", so it never matches). */
export function formField(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}
