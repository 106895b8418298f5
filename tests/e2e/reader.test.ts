// The reader's story in a real browser: from the home page down the date index to the seed article, and back up.
import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser.ts';

const baseURL = inject('baseURL');
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood/';
const seedHeadline = 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi';

const dialogs: string[] = [];
const session = openBrowser({ viewport: { width: 1024, height: 800 } });

describe('the reader', () => {
  it('sees the seed on the home page under its day', async () => {
    await session.page.goto(`${baseURL}/`);
    const day = session.page.locator('section.day', { hasText: 'Wednesday, April 7, 2021' });
    await expect(day.locator('h3 a').first().textContent()).resolves.toBe(seedHeadline);
  });

  it('on a 390 px phone, finds every masthead link in two rows above the page, each a target over 24 px high', async () => {
    const phone = await session.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await phone.goto(`${baseURL}${seedPath}`);
    const masthead = await phone.locator('.masthead').boundingBox();
    // Three rows took 163 CSS px before the page's own content.
    expect(masthead?.height).toBeLessThan(100);
    const links = await phone
      .locator('.masthead a')
      .evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent, ...JSON.parse(JSON.stringify(el.getBoundingClientRect())) })),
      );
    expect(links.map(({ text }) => text)).toEqual([
      'Dateline',
      'Latest',
      'Archive',
      'People',
      'Search',
      'World',
      'Politics',
      'Business',
    ]);
    for (const { text, x, right, height } of links) {
      expect(x, text).toBeGreaterThanOrEqual(0);
      expect(right, text).toBeLessThanOrEqual(390);
      expect(height, text).toBeGreaterThanOrEqual(24);
    }
    expect(new Set(links.map(({ top }) => Math.round(top / 10))).size).toBe(2);
    await phone.close();
  });

  it('walks from home through the archive, year, month and day to the article', async () => {
    await session.page.goto(`${baseURL}/`);
    await session.page.getByRole('link', { name: 'Archive', exact: true }).click();
    await session.page.getByRole('link', { name: '2021', exact: true }).click();
    expect(new URL(session.page.url()).pathname).toBe('/2021/');
    await session.page.getByRole('link', { name: 'April', exact: true }).click();
    expect(new URL(session.page.url()).pathname).toBe('/2021/04/');
    await session.page.getByRole('link', { name: 'Wednesday, April 7, 2021' }).click();
    expect(new URL(session.page.url()).pathname).toBe('/2021/04/07/');
    await session.page.getByRole('link', { name: seedHeadline }).click();
    expect(new URL(session.page.url()).pathname).toBe(seedPath);
  });

  it('reads the article: one h1, its dateline and who said what, with the role the article gave the speaker at their first line', async () => {
    await session.page.goto(`${baseURL}${seedPath}`);
    await expect(session.page.locator('h1').allTextContents()).resolves.toEqual([seedHeadline]);
    await expect(session.page.locator('.dateline time').getAttribute('datetime')).resolves.toBe('2021-04-07T00:00:00Z');
    await expect(session.page.locator('.dateline').textContent()).resolves.toBe('April 7, 2021');
    const items = session.page.locator('.who-said-what ol.quotes > li');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.locator('.speaker').allTextContents()).resolves.toEqual(Array(3).fill('Shah Mahmood Qureshi'));
    await expect(items.locator('.role').allTextContents()).resolves.toEqual([', foreign minister,']);
    await expect(items.locator('.cue').allTextContents()).resolves.toEqual([' tweeted', ' said', ' said']);
    await expect(session.page.locator('.article-body .quote-direct').count()).resolves.toBe(3);
  });

  it('walks back up from the article to its day, month and year', async () => {
    await session.page.goto(`${baseURL}${seedPath}`);
    const crumbs = session.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '/',
      '/2021/',
      '/2021/04/',
      '/2021/04/07/',
    ]);
  });

  it('opens a quote permalink at the quote, which the page highlights', async () => {
    await session.page.goto(`${baseURL}${seedPath}#quote-3`);
    const target = session.page.locator('.article-body :target');
    await expect(target.getAttribute('id')).resolves.toBe('quote-3');
    await expect(target.textContent()).resolves.toBe(
      '“It can convince India to play a positive role in Afghan peace,”',
    );
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('needs no JavaScript: the walk above ran with it off, and no page has a classic (blocking) script', async () => {
    for (const path of ['/', '/archive/', '/2021/', '/2021/04/', '/2021/04/07/', seedPath]) {
      await session.page.goto(`${baseURL}${path}`);
      const blocking = session.page.locator('script:not([type="module"]):not([type="application/ld+json"])');
      await expect(blocking.count(), path).resolves.toBe(0);
    }
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/2021/04/', seedPath]) {
      await phone.goto(`${baseURL}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await session.page.goto(`${baseURL}/2021/04/07/no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Page not found');
  });
});

describe('hostile markup in an article', () => {
  it('runs no injected script and keeps the safe content', async () => {
    const scripted = await session.browser.newPage();
    scripted.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await scripted.goto(`${baseURL}/2020/12/31/year-end-review/`);
    await scripted
      .locator('.article-body a')
      .first()
      .click()
      .catch(() => undefined);
    const state = await scripted.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      javascriptUrls: [...document.querySelectorAll('[href],[src]')].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
      ).length,
      h1s: document.querySelectorAll('h1').length,
      kept: ['em', 'strong', 'mark', 'blockquote', 'ul li', 'img[alt="A map of the region"]'].filter((s) =>
        document.querySelector(`.article-body ${s}`),
      ),
    }));
    await scripted.close();
    expect(state).toEqual({
      xss: null,
      handlers: [],
      javascriptUrls: 0,
      h1s: 1,
      kept: ['em', 'strong', 'mark', 'blockquote', 'ul li', 'img[alt="A map of the region"]'],
    });
    expect(dialogs).toEqual([]);
  });
});
