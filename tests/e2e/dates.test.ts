// Browsing by date, as a reader without JavaScript sees it (calendars, months that skip empty ones, pages, "on this day"), and search.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/bench/synthetic-articles.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { serveStatic } from './static-server.ts';

// The fixtures (April 2021, March 2021, December 2020: no article in January or February 2021), one article on
// 6 April 2022 (the fixture day a year later), 45 synthetic ones in May 2022 (enough for three pages of 20),
// and one dated today, whose month the calendar marks.
const work = mkdtempSync(join(tmpdir(), 'dateline-dates-'));
const content = join(work, 'articles');
cpSync('tests/fixtures/articles', content, { recursive: true });
// The authors' files sit beside the articles' folder (src/content.config.ts).
cpSync('tests/fixtures/authors', join(work, 'authors'), { recursive: true });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
};
write(
  '2022/04/06/a-year-after-the-visit.md',
  '---\ndate: 2022-04-06\n---\n\n# A year after the visit\n\nOfficials looked back on the talks.\n',
);
for (const { path, text } of generateArticles({ n: 45, days: 31, lastDay: { year: 2022, month: 5, day: 31 } }))
  write(path, text);
const today = new Date().toISOString().slice(0, 10); // the site's zone is UTC
const [thisYear, thisMonth, thisDay] = today.split('-');
write(
  `${today.replaceAll('-', '/')}/todays-briefing.md`,
  `---\ndate: ${today}\n---\n\n# Today's briefing\n\nThe ministry briefed reporters.\n`,
);
/** Every article of the test site (none of the fixtures is a draft): between 41 and 60, three pages of 20. */
const total = readdirSync(content, { recursive: true }).filter((name) => String(name).endsWith('.md')).length;

let site: SiteBuild;
let server: Server;
let baseURL: string;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = buildSite(content, { DATELINE_SHARE_IMAGES: '0' });
  if (!site.ok) throw new Error(site.output);
  ({ server, url: baseURL } = await serveStatic(site.dist));
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  site?.remove();
  rmSync(work, { recursive: true, force: true });
});

const hrefs = (selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('a month page', () => {
  it('shows the month as a table: a caption, seven weekday column headers from Monday, weeks as rows', async () => {
    await page.goto(`${baseURL}/2021/04/`);
    const table = page.locator('table.calendar');
    await expect(table.locator('caption').textContent()).resolves.toMatch(/April 2021/);
    const headers = await table
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => [th.getAttribute('scope'), th.textContent?.trim()]));
    expect(headers).toHaveLength(7);
    expect(headers.every(([scope]) => scope === 'col')).toBe(true);
    expect(headers[0]?.[1]).toMatch(/Monday/);
    expect(headers[6]?.[1]).toMatch(/Sunday/);
    await expect(table.locator('tbody tr').count()).resolves.toBe(5);
    // 1 April 2021 was a Thursday: three empty cells before it.
    await expect(table.locator('tbody tr').first().locator('td').nth(3).textContent()).resolves.toBe('1');
  });

  it('links and counts the days that have articles, and leaves the others plain', async () => {
    await page.goto(`${baseURL}/2021/04/`);
    expect(await hrefs('table.calendar a')).toEqual(['/2021/04/02/', '/2021/04/03/', '/2021/04/05/', '/2021/04/06/']);
    await expect(page.locator('table.calendar a[href="/2021/04/06/"]').textContent()).resolves.toBe('6, 1 article');
    // Flex items are blocks to the accessible-name algorithm, which may put a space around the comma.
    await expect(page.getByRole('link', { name: /^6\s?, 1 article$/ }).count()).resolves.toBe(1);
    await expect(page.locator('table.calendar td', { hasText: /^4$/ }).locator('a').count()).resolves.toBe(0);
  });

  it('steps to the previous and next month that have articles, skipping empty ones', async () => {
    await page.goto(`${baseURL}/2021/03/`);
    const months = page.getByRole('navigation', { name: 'Months: older and newer' });
    await expect(months.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe('/2020/12/');
    await expect(months.locator('a[rel="next"]').getAttribute('href')).resolves.toBe('/2021/04/');
    const january = await page.request.get(`${baseURL}/2021/01/`);
    expect(january.status()).toBe(404);
  });

  it('marks the current month and today, and only there', async () => {
    await page.goto(`${baseURL}/${thisYear}/${thisMonth}/`);
    await expect(page.locator('table.calendar caption').textContent()).resolves.toMatch(/This month/);
    await expect(page.locator('td[aria-current="date"] a').getAttribute('href')).resolves.toBe(
      `/${thisYear}/${thisMonth}/${thisDay}/`,
    );
    await page.goto(`${baseURL}/2021/04/`);
    await expect(page.locator('td[aria-current="date"]').count()).resolves.toBe(0);
    await expect(page.locator('table.calendar caption').textContent()).resolves.not.toMatch(/This month/);
  });

  it('fits a 360 px screen without scrolling sideways', async () => {
    await page.goto(`${baseURL}/2022/05/`);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  });
});

describe('a year page', () => {
  it('shows twelve month calendars, linking the months and days that have articles', async () => {
    await page.goto(`${baseURL}/2021/`);
    await expect(page.locator('table.calendar').count()).resolves.toBe(12);
    expect(await hrefs('table.calendar caption a')).toEqual(['/2021/03/', '/2021/04/']);
    expect(await hrefs('table.calendar tbody a')).toEqual([
      '/2021/03/31/',
      '/2021/04/02/',
      '/2021/04/03/',
      '/2021/04/05/',
      '/2021/04/06/',
    ]);
    await expect(page.locator('table.calendar').first().locator('thead th[scope="col"]').count()).resolves.toBe(7);
  });

  it('fits a 360 px screen without scrolling sideways', async () => {
    await page.goto(`${baseURL}/2022/`);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  });
});

describe('the latest articles', () => {
  it('come 20 to a page, at / and /page/N/, with numbered links and newer/older', async () => {
    expect(total).toBeGreaterThan(40);
    expect(total).toBeLessThanOrEqual(60);
    await page.goto(`${baseURL}/`);
    await expect(page.locator('main article.summary').count()).resolves.toBe(20);
    const pages = page.getByRole('navigation', { name: 'Latest articles: pages' });
    expect(
      await pages.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent])),
    ).toEqual([
      ['/', 'Page 1'],
      ['/page/2/', 'Page 2'],
      ['/page/3/', 'Page 3'],
      ['/page/2/', 'Older →'],
    ]);
    await expect(pages.locator('[aria-current="page"]').getAttribute('href')).resolves.toBe('/');

    await page.goto(`${baseURL}/page/3/`);
    await expect(page.locator('main article.summary').count()).resolves.toBe(total - 40);
    await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe('/page/2/');
    await expect(page.locator('a[rel="next"]').count()).resolves.toBe(0);
    expect((await page.request.get(`${baseURL}/page/4/`)).status()).toBe(404);
    expect((await page.request.get(`${baseURL}/page/1/`)).status()).toBe(404); // page 1 lives at / only
  });

  it('list every article exactly once across the pages', async () => {
    const seen: string[] = [];
    for (const path of ['/', '/page/2/', '/page/3/']) {
      await page.goto(`${baseURL}${path}`);
      seen.push(...((await hrefs('main article.summary h3 a')) as string[]));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('on this day', () => {
  it('links a day page to the same day in other years', async () => {
    await page.goto(`${baseURL}/2021/04/06/`);
    const section = page.getByRole('region', { name: 'On this day' });
    expect(
      await section.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent])),
    ).toEqual([['/2022/04/06/', 'April 6, 2022']]);
    await expect(section.textContent()).resolves.toMatch(/1 article/);
  });

  it('links an article to the same day in other years, and shows nothing where no other year has one', async () => {
    await page.goto(`${baseURL}/2022/04/06/a-year-after-the-visit/`);
    expect(await hrefs('.on-this-day a')).toEqual(['/2021/04/06/']);
    await page.goto(`${baseURL}/2021/04/05/`);
    await expect(page.locator('.on-this-day').count()).resolves.toBe(0);
  });
});

describe('search', () => {
  it('finds articles by a word of their text and links to their permalinks, loading Pagefind only on a search', async () => {
    const reader = await browser.newPage();
    const fetched: string[] = [];
    reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await reader.goto(`${baseURL}/search/`);
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await reader.getByLabel(/Words to find/).fill('bilateral');
    await reader.getByRole('button', { name: 'Search' }).click();
    await reader.locator('[data-search-results] a').first().waitFor();
    expect(
      await reader.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toContain('/2021/04/06/lavrov-arrives-in-new-delhi/');
    await expect(reader.locator('[data-search-results] mark').first().textContent()).resolves.toBe('bilateral');
    expect(reader.url()).toMatch(/\?q=bilateral$/);
    expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    // Pagefind's own search interfaces are not published: the page above searched without them.
    for (const file of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
    ]) {
      expect((await fetch(`${baseURL}/pagefind/2021/${file}`)).status).toBe(404);
    }
    await reader.close();
  });

  it('offers the archive by date without JavaScript', async () => {
    await page.goto(`${baseURL}/search/?q=bilateral`);
    await expect(page.getByRole('link', { name: 'every article by date' }).getAttribute('href')).resolves.toBe(
      '/archive/',
    );
    await expect(page.getByRole('search').count()).resolves.toBe(1);
  });
});
