import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium';

const ROOT = path.resolve(__dirname, '../../..');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
export const DOCS_SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

export const launchBrowser = (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: \`npm test\` installs it, or run tests/e2e/install-chromium.sh.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
};

/** A newsroom desk in Berlin: German dates, the size of the README screenshots. */
export const newDesk = async (browser: Browser): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  context.setDefaultTimeout(20_000);
  return { context, page: await context.newPage() };
};

/**
 * Saves a screenshot under tests/e2e/artifacts; with SHOWRUNNER_UPDATE_SCREENSHOTS=true the ones
 * meant for the README are written to docs/screenshots as well.
 */
export const screenshot = async (page: Page, name: string, { readme = false } = {}) => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  if (readme && process.env.SHOWRUNNER_UPDATE_SCREENSHOTS === 'true') {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name.replace(/^\d+-/, '')}.png`));
  }
  return file;
};
