// Debian's Chromium, headless, with the launch flags the browser tests use on these machines.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import config from '../../playwright.config.ts';
import { PROBE_SCRIPT } from './pageProbe.ts';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...config.use?.launchOptions, headless: true });
}

/** A fresh context (empty HTTP cache) with the benchmark's probe in every page. */
export async function probedContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: PROBE_SCRIPT });
  return context;
}
