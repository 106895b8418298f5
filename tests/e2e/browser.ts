// Debian's Chromium, headless, driven by playwright-core (a test tool's own browser download fails on this network).
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Flags that keep Chromium from calling home: there is no network here besides loopback. */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: quietFlags,
    headless: true,
  });
}

/** The browser and the script-free page a test file shares (JavaScript off: the site must work without it). */
export interface BrowserSession {
  browser: Browser;
  page: Page;
}

/** Opens Chromium before a test file's tests and closes it after them; call once at the top of the file. */
export function openBrowser(pageOptions: BrowserContextOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ javaScriptEnabled: false, ...pageOptions });
  });
  afterAll(async () => session.browser?.close());
  return session;
}
