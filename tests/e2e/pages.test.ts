// Every built page, checked as a crawler and a link-pasting reader see it: head metadata, JSON twins, datelines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser.ts';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const siteURL = 'https://dateline.example';

function builtPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => `/${relative(distDir, join(f.parentPath, f.name))}`.replace(/index\.html$/, ''));
}

const session = openBrowser();

describe('every page', () => {
  it('has a language, a title, a description and a canonical URL on the site origin', async () => {
    const pages = builtPages(distDir);
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const path of pages) {
      await session.page.goto(`${baseURL}${path}`);
      const head = await session.page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        h1s: document.querySelectorAll('h1').length,
      }));
      expect(head.lang, path).toMatch(/^[a-z]{2}/);
      expect(head.title, path).toMatch(/Dateline/);
      expect(head.description.length, path).toBeGreaterThan(10);
      // A URL's path is percent-encoded (a non-Latin slug too), as the page's canonical link writes it.
      expect(head.canonical, path).toBe(new URL(path, siteURL).href);
      expect(head.h1s, path).toBe(1);
    }
  });
});

describe('datelines', () => {
  it('shows a wire dateline as place, day and agency, and takes it out of the running text', async () => {
    await session.page.goto(`${baseURL}/2021/04/06/lavrov-arrives-in-new-delhi/`);
    await expect(session.page.locator('.dateline').textContent()).resolves.toBe('New Delhi, April 6, 2021 (Reuters)');
    await expect(session.page.locator('.article-body p').first().textContent()).resolves.toMatch(
      /^Russian Foreign Minister/,
    );
  });

  it('takes the place from front matter when the text has no dateline', async () => {
    await session.page.goto(`${baseURL}/2020/12/31/year-end-review/`);
    await expect(session.page.locator('.dateline').textContent()).resolves.toBe('Moscow, December 31, 2020');
  });

  it('marks a quote that spans a link and emphasis without breaking them', async () => {
    await session.page.goto(`${baseURL}/2021/04/06/lavrov-arrives-in-new-delhi/`);
    const quote = session.page.locator('#quote-1');
    await expect(quote.textContent()).resolves.toBe('“We discussed the whole range of our bilateral ties,”');
    await expect(quote.locator('a[href="https://example.org/talks"]').count()).resolves.toBe(1);
    await expect(quote.locator('em').textContent()).resolves.toBe('bilateral');
  });
});

describe('the JSON twin', () => {
  it('carries headline, date, dateline, url and the quotes with ids and speakers', () => {
    const twin = JSON.parse(readFileSync(join(distDir, '2021/04/06/lavrov-arrives-in-new-delhi.json'), 'utf8'));
    expect(twin).toMatchObject({
      headline: 'Lavrov arrives in New Delhi ahead of Pakistan visit',
      date: '2021-04-06',
      section: { slug: 'world', name: 'World' },
      dateline: { place: 'New Delhi', agency: 'Reuters', text: 'New Delhi, April 6, 2021 (Reuters)' },
      url: `${siteURL}/2021/04/06/lavrov-arrives-in-new-delhi/`,
    });
    expect(twin.quotes[0]).toMatchObject({
      id: 'quote-1',
      type: 'direct',
      text: 'We discussed the whole range of our bilateral ties,',
      speaker: 'Subrahmanyam Jaishankar',
      url: `${siteURL}/2021/04/06/lavrov-arrives-in-new-delhi/#quote-1`,
    });
  });
});
