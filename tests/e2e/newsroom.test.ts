// What a newsroom's article carries besides its text, as a reader and a crawler meet it: the lead photograph, the
// section and the tags, each with the pages they lead to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser.ts';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const delhi = '/2021/04/06/lavrov-arrives-in-new-delhi/';
const session = openBrowser();

/** A built file's format and size, as sharp reads it. */
const imageAt = async (url: string) => sharp(readFileSync(join(distDir, new URL(url, baseURL).pathname))).metadata();

describe('the lead photograph', () => {
  it('is a figure with AVIF and WebP sources and a JPEG fallback at three widths, sized, first to load, captioned and credited', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const figure = session.page.locator('article figure').first();
    const sources = await figure.locator('source').evaluateAll((els) => els.map((el) => ({ type: el.getAttribute('type'), srcset: el.getAttribute('srcset') ?? '' })));
    expect(sources.map(({ type }) => type)).toEqual(['image/avif', 'image/webp']);
    const img = figure.locator('img');
    const attributes = await img.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    expect(attributes).toMatchObject({ alt: 'A crowd under a pale sky outside the ministry building in New Delhi', width: '1200', height: '800', loading: 'eager', fetchpriority: 'high' });
    for (const [srcset, format] of [...sources.map(({ srcset }, i) => [srcset, ['heif', 'webp'][i]] as const), [attributes['srcset'] ?? '', 'jpeg'] as const]) {
      const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w']);
      for (const [url, width] of candidates) await expect(imageAt(url!)).resolves.toMatchObject({ format, width: Number.parseInt(width!, 10) });
    }
    // Loaded by the browser under the site's Content Security Policy, at a width the column asked for.
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThanOrEqual(480);
    await expect(figure.locator('figcaption').textContent()).resolves.toBe('Reporters wait outside the ministry for the two foreign ministers.Staff photographer');
  });

  it('is the link preview and the JSON-LD image, cropped to 1200x630; an article without one keeps its drawn card', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const og = await session.page.locator('meta[property^="og:image"]').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('property'), el.getAttribute('content')])));
    expect(og).toMatchObject({ 'og:image:type': 'image/jpeg', 'og:image:width': '1200', 'og:image:height': '630', 'og:image:alt': 'A crowd under a pale sky outside the ministry building in New Delhi' });
    await expect(imageAt(og['og:image']!)).resolves.toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    const jsonLd = JSON.parse((await session.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.image).toEqual({ '@type': 'ImageObject', url: og['og:image'], width: 1200, height: 630 });
    await session.page.goto(`${baseURL}/2020/12/31/year-end-review/`);
    await expect(session.page.locator('article figure').count()).resolves.toBe(0);
    await expect(session.page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/2020\/12\/31\/year-end-review\/share\.png$/);
  });
});

describe('sections', () => {
  it('names the section above the headline, linked to its page, which lists the article; the header links the main sections', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const section = session.page.locator('.article-header .section a');
    await expect(section.textContent()).resolves.toBe('World');
    const jsonLd = JSON.parse((await session.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.articleSection).toBe('World');
    await expect(session.page.locator('nav[aria-label="Sections"] a').allTextContents()).resolves.toEqual(['World', 'Politics', 'Business']);
    await section.click();
    expect(new URL(session.page.url()).pathname).toBe('/section/world/');
    await expect(session.page.locator('h1').textContent()).resolves.toBe('World');
    await expect(session.page.locator(`.summary a[href="${delhi}"]`).count()).resolves.toBe(1);
  });

  it('puts an article without a section in the default one, and gives each section its own feed', async () => {
    await session.page.goto(`${baseURL}/section/news/`);
    await expect(session.page.locator('.summary a[href="/2020/12/31/year-end-review/"]').count()).resolves.toBe(1);
    await expect(session.page.locator(`.summary a[href="${delhi}"]`).count()).resolves.toBe(0);
    const feed = new XMLParser().parse(readFileSync(join(distDir, 'section/world/rss.xml'), 'utf8'));
    expect(feed.rss.channel.title).toBe('World · Dateline');
    const items = [feed.rss.channel.item].flat();
    expect(items.map((item: { link: string }) => new URL(item.link).pathname)).toEqual([delhi]);
  });
});

describe('tags', () => {
  it('lists the article\'s tags as links to pages of the articles that carry them, and every tag in an index', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const tags = session.page.locator('nav[aria-label="Tags"] a');
    await expect(tags.allTextContents()).resolves.toEqual(['diplomacy', 'India', 'Russia']);
    await expect(tags.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).resolves.toEqual(['/tags/diplomacy/', '/tags/india/', '/tags/russia/']);
    await tags.nth(1).click();
    await expect(session.page.locator('h1').textContent()).resolves.toBe('India');
    await expect(session.page.locator(`.summary a[href="${delhi}"]`).count()).resolves.toBe(1);
    await session.page.goto(`${baseURL}/tags/`);
    await expect(session.page.locator('main li', { hasText: 'India' }).textContent()).resolves.toMatch(/India\s+1/);
  });
});

describe('what to read next', () => {
  it('ends an article with up to five other articles, linked, newest first, the one sharing a tag among them', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const links = session.page.locator('nav[aria-labelledby="read-next"] li');
    const items = await links.evaluateAll((els) => els.map((el) => ({ href: el.querySelector('a')?.getAttribute('href'), day: el.querySelector('time')?.getAttribute('datetime') ?? '' })));
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.map(({ href }) => href)).not.toContain(delhi);
    expect(items.map(({ day }) => day)).toEqual(items.map(({ day }) => day).sort().reverse());
    // The year-end review is tagged "diplomacy" too, and the oldest article on the site.
    expect(items.map(({ href }) => href)).toContain('/2020/12/31/year-end-review/');
  });
});

describe('bylines and authors', () => {
  it('links an author\'s name in the byline to their page, and prints a wire\'s name as it stands', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const byline = session.page.locator('.article-header .byline');
    await expect(byline.textContent()).resolves.toBe('By Jane Doe and Reuters');
    await expect(byline.locator('a').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('href')]))).resolves.toEqual([['Jane Doe', '/authors/jane-doe/']]);
  });

  it('gives an author a page with portrait, role and bio, and their articles newest first', async () => {
    await session.page.goto(`${baseURL}/authors/jane-doe/`);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Jane Doe');
    await expect(session.page.locator('.author .role').textContent()).resolves.toBe('Diplomatic correspondent');
    await expect(session.page.locator('.author p').nth(1).textContent()).resolves.toMatch(/^Jane Doe covers South Asia's diplomacy/);
    const portrait = session.page.locator('.author img');
    await expect(portrait.getAttribute('alt')).resolves.toBe('Jane Doe');
    expect(await portrait.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await expect(session.page.locator('.summary h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')))).resolves.toEqual([delhi]);
  });
});
