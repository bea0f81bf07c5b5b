import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../cli/local-stack/provision';

/** Debian's Chromium, installed by scripts/provision.sh (npm test runs it before browser tests). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test-artifacts', 'browser');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (its own localStorage), as one person on one device. */
export async function newPerson(
  browser: Browser,
  options: { notifications?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  context.setDefaultTimeout(20_000);
  if (options.notifications) await context.addInitScript(recordDesktopNotifications);
  const page = await context.newPage();
  // Any alert/confirm/prompt would mean injected script ran (or an unexpected prompt): record it for the test to check.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, dialogs };
}

/**
 * Stands in for the browser's Notification API (headless Chromium shows none), granting
 * permission and recording each notification in window.__notifications. A string, not a
 * function: the test runner's compiler would wrap a function in helpers the page lacks.
 */
const recordDesktopNotifications = `
  window.__notifications = [];
  class RecordingNotification {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options) { window.__notifications.push({ title, body: options && options.body }); this.onclick = null; }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true, writable: true });
`;

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Signs in on one of the app's pages with the sign-in form. */
export async function signIn(page: Page, url: string, email: string, password: string, options: { screenshotAs?: string } = {}): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Sign in to Baton' }).waitFor();
  if (options.screenshotAs) await screenshot(page, options.screenshotAs);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
