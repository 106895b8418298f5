// The built site behind a host's real server: Cloudflare Pages' (wrangler pages dev) applies public/_headers as
// published, and Chromium reads the article, searches (Pagefind's WebAssembly under both policies) and opens a quote page.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { servePages } from './pages-server.ts';

const distDir = inject('distDir');
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood/';

let server: Awaited<ReturnType<typeof servePages>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([servePages(distDir), launchBrowser()]);
  context = await browser.newContext();
  await context.addInitScript({
    content: `window.__violations = []; addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a path; returns its response headers, and a function giving the CSP violations and refusals seen so far. */
async function open(path: string) {
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to|WebAssembly/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  const problems = async () => [
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ...refused,
  ];
  return { page, status: response?.status(), headers: response?.headers() ?? {}, problems };
}

describe('the site behind Cloudflare Pages’ server, with public/_headers applied', () => {
  it('serves the article with the security headers and no CSP violation', async () => {
    const { page, status, headers, problems } = await open(seedPath);
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Sergey Lavrov arrived in Islamabad/);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('searches: Pagefind compiles its WebAssembly under the header policy and the page’s own', async () => {
    const { page, headers, problems } = await open('/search/');
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.getByLabel(/Words to find/).fill('bilateral');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 20_000 });
    expect(
      await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toContain(seedPath);
    expect(await problems()).toEqual([]);
    await page.close();
  }, 60_000);

  it('serves a quote page with its shared stylesheet, the headers and no CSP violation', async () => {
    const { page, status, headers, problems } = await open(`${seedPath}quote-1/`);
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // The stylesheet applied: the quote's rule is the accent colour, not the browser's default of none.
    expect(await page.locator('figure').evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('answers a missing page with the site’s 404 page', async () => {
    const { page, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await page.close();
  });
});
