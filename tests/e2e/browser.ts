// Debian's Chromium, headless, driven by playwright-core (a test tool's own browser download fails on this network).
import { chromium, type Browser } from 'playwright-core';

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
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: quietFlags, headless: true });
}
