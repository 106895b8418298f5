// Browsing who said what across the site: the people index, a speaker's page, and back to the quote in its article.
import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser.ts';

const baseURL = inject('baseURL');
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood/';

const session = openBrowser();

describe('people', () => {
  it('lists the persons quoted by surname, counting quotes and statements, and organisations apart', async () => {
    await session.page.goto(`${baseURL}/people/`);
    const names = await session.page.locator('ol.people > li > a').allTextContents();
    expect(names).toContain('Shah Mahmood Qureshi');
    expect(names).not.toContain('the Foreign Office');
    const surnames = names.map((n) => n.split(' ').at(-1)!);
    expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b, 'en')));
    const qureshi = session.page.locator('ol.people > li', { hasText: 'Shah Mahmood Qureshi' });
    await expect(qureshi.textContent()).resolves.toMatch(/3 quotes, 6 statements, last April 7, 2021/);
    await session.page.goto(`${baseURL}/organisations/`);
    await expect(session.page.locator('ol.people a', { hasText: 'the Foreign Office' }).count()).resolves.toBe(1);
  });

  it('orders by the latest quote on the other index page', async () => {
    await session.page.goto(`${baseURL}/people/latest/`);
    await expect(session.page.locator('[aria-current="page"]').textContent()).resolves.toBe('people recently quoted');
    await expect(session.page.locator('ol.people > li time').first().getAttribute('datetime')).resolves.toBe(
      '2021-04-07',
    );
  });

  it('goes from a speaker in "Who said what" to their page and back to the quote', async () => {
    await session.page.goto(`${baseURL}${seedPath}`);
    await session.page.locator('.who-said-what ol.quotes a.speaker').first().click();
    expect(new URL(session.page.url()).pathname).toBe('/people/shah-mahmood-qureshi/');
    const items = session.page.locator('ol.person-quotes > li');
    await expect(items.count()).resolves.toBe(9);
    await expect(items.first().locator('blockquote').textContent()).resolves.toMatch(/^“Pakistan and Russia share/);
    await expect(items.first().locator('.source').textContent()).resolves.toMatch(
      /Sergey Lavrov arrived in Islamabad.*April 7, 2021/s,
    );
    await items.nth(1).locator('.source a').click();
    // The browser goes to the fragment (and :target matches) once the page's stylesheet has loaded.
    await session.page.waitForLoadState('load');
    const url = new URL(session.page.url());
    expect(`${url.pathname}${url.hash}`).toBe(`${seedPath}#report-2`);
    await expect(session.page.locator('.article-body :target').count()).resolves.toBe(1);
  });
});
