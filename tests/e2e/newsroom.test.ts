// What a newsroom's article carries besides its text, as a reader and a crawler meet it: the lead photograph, the
// section and the tags, each with the pages they lead to.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser.ts';
import { variantBudget } from '../../src/lib/photos.ts';
import { assetWeights, pageWeight } from '../../scripts/bench/measure.ts';

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
    const sources = await figure
      .locator('source')
      .evaluateAll((els) =>
        els.map((el) => ({ type: el.getAttribute('type'), srcset: el.getAttribute('srcset') ?? '' })),
      );
    expect(sources.map(({ type }) => type)).toEqual(['image/avif', 'image/webp']);
    const img = figure.locator('img');
    const attributes = await img.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    expect(attributes).toMatchObject({
      alt: 'A crowd under a pale sky outside the ministry building in New Delhi',
      width: '1200',
      height: '800',
      loading: 'eager',
      fetchpriority: 'high',
    });
    for (const [srcset, format] of [
      ...sources.map(({ srcset }, i) => [srcset, ['heif', 'webp'][i]] as const),
      [attributes['srcset'] ?? '', 'jpeg'] as const,
    ]) {
      const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w']);
      for (const [url, width] of candidates)
        await expect(imageAt(url!)).resolves.toMatchObject({ format, width: Number.parseInt(width!, 10) });
    }
    // Loaded by the browser under the site's Content Security Policy, at a width the column asked for.
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThanOrEqual(480);
    await expect(figure.locator('figcaption').textContent()).resolves.toBe(
      'Reporters wait outside the ministry for the two foreign ministers.Staff photographer',
    );
  });

  it('is the link preview and the JSON-LD image, cropped to 1200x630; an article without one keeps its drawn card', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const og = await session.page
      .locator('meta[property^="og:image"]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((el) => [el.getAttribute('property'), el.getAttribute('content')])),
      );
    expect(og).toMatchObject({
      'og:image:type': 'image/jpeg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'A crowd under a pale sky outside the ministry building in New Delhi',
    });
    await expect(imageAt(og['og:image']!)).resolves.toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    const jsonLd = JSON.parse((await session.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.image).toEqual({ '@type': 'ImageObject', url: og['og:image'], width: 1200, height: 630 });
    await session.page.goto(`${baseURL}/2020/12/31/year-end-review/`);
    await expect(session.page.locator('article figure').count()).resolves.toBe(0);
    await expect(session.page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(
      /\/2020\/12\/31\/year-end-review\/share\.png$/,
    );
  });
});

describe('photographs in the text', () => {
  it('are figures between the paragraphs, served as the lead photograph is but lazily, sized, with their captions', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const body = session.page.locator('.article-body');
    // The text around them is all there, in order, and no marker of the pipeline's is left on the page.
    await expect(
      body
        .locator(':scope > p, :scope > figure')
        .evaluateAll((els) => els.map((el) => `${el.tagName} ${el.textContent?.slice(0, 30)}`)),
    ).resolves.toEqual([
      'P Russian Foreign Minister Serge',
      'FIGURE Jaishankar and Lavrov before t',
      'P “We discussed the whole range ',
      'FIGURE ',
      'P Lavrov said the two countries ',
    ]);
    await expect(body.locator('[data-photo]').count()).resolves.toBe(0);
    const photos = await body.locator('figure').evaluateAll((figures) =>
      figures.map((figure) => {
        const img = figure.querySelector('img');
        return {
          sources: [...figure.querySelectorAll('source')].map((source) => [
            source.getAttribute('type'),
            source.getAttribute('srcset'),
          ]),
          srcset: img?.getAttribute('srcset'),
          img: Object.fromEntries(
            ['alt', 'width', 'height', 'loading', 'sizes'].map((name) => [name, img?.getAttribute(name)]),
          ),
          caption: figure.querySelector('figcaption')?.textContent ?? null,
        };
      }),
    );
    expect(photos.map(({ img, caption }) => ({ ...img, caption }))).toEqual([
      {
        alt: "The two foreign ministers shake hands in front of their countries' flags",
        width: '1200',
        height: '800',
        loading: 'lazy',
        sizes: '(min-width: 720px) 684px, calc(100vw - 36px)',
        caption: 'Jaishankar and Lavrov before the talks at Hyderabad House.',
      },
      // A 640x960 portrait: served at its own width too, never enlarged.
      {
        alt: 'A guard at the gate of Hyderabad House',
        width: '640',
        height: '960',
        loading: 'lazy',
        sizes: '(min-width: 720px) 684px, calc(100vw - 36px)',
        caption: null,
      },
    ]);
    for (const [{ sources, srcset }, widths] of [
      [photos[0]!, ['480w', '800w', '1200w']],
      [photos[1]!, ['480w', '640w']],
    ] as const) {
      expect(sources.map(([type]) => type)).toEqual(['image/avif', 'image/webp']);
      for (const [set, format] of [
        [sources[0]![1], 'heif'],
        [sources[1]![1], 'webp'],
        [srcset, 'jpeg'],
      ] as const) {
        const candidates = (set ?? '').split(', ').map((candidate) => candidate.split(' '));
        expect(candidates.map(([, width]) => width)).toEqual(widths);
        for (const [url, width] of candidates)
          await expect(imageAt(url!)).resolves.toMatchObject({ format, width: Number.parseInt(width!, 10) });
      }
    }
    // Scrolled into view, each loads under the site's Content Security Policy.
    for (const img of await body.locator('figure img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThanOrEqual(480);
    }
  });

  it('reach feeds as images at an absolute URL, and search as their captions, with the text around them whole', async () => {
    const feed = new XMLParser().parse(readFileSync(join(distDir, 'rss.xml'), 'utf8'));
    const item = [feed.rss.channel.item]
      .flat()
      .find((entry: { link: string }) => new URL(entry.link).pathname === delhi);
    const html: string = item['content:encoded'];
    expect(html).not.toContain('data-photo');
    const images = [...html.matchAll(/<figure><img src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)">/g)].map(
      ([, src, alt, width, height]) => ({ src, alt, width, height }),
    );
    expect(images.map(({ alt, width, height }) => [alt, width, height])).toEqual([
      ['The two foreign ministers shake hands in front of their countries&#x27; flags', '1200', '800'],
      ['A guard at the gate of Hyderabad House', '640', '960'],
    ]);
    for (const { src, width } of images) {
      expect(src).toMatch(/^https?:\/\/[^/]+\/_astro\/.+\.jpg$/);
      await expect(imageAt(new URL(src!).pathname)).resolves.toMatchObject({ format: 'jpeg', width: Number(width) });
    }
    expect(html).toContain('<figcaption>Jaishankar and Lavrov before the talks at Hyderabad House.</figcaption>');
    const fragments = join(distDir, 'pagefind', '2021', 'fragment');
    const indexed = readdirSync(fragments)
      .map((file) => gunzipSync(readFileSync(join(fragments, file))).toString('utf8'))
      .find((text) => text.includes('Hyderabad House'));
    expect(indexed).toMatch(
      /Subrahmanyam Jaishankar\.\s*Jaishankar and Lavrov before the talks at Hyderabad House\.\s*“We discussed the whole range/,
    );
    expect(indexed).not.toMatch(/data-photo|%7B/);
  });

  it("are published as their variants only: no photograph's original is in the output", () => {
    const images = readdirSync(join(distDir, '_astro')).filter((file) => /\.(jpe?g|png|webp|avif)$/.test(file));
    expect(images.length).toBeGreaterThan(20);
    // An original keeps its name and hash (new-delhi-talks.DFVsfgii.jpg); a variant adds a key (…DFVsfgii_1Ai8uC.jpg).
    expect(images.filter((file) => /^[^.]+\.[\w-]{8}\.\w+$/.test(file))).toEqual([]);
  });

  it('leave every article page under 14 KB of HTML, CSS and JavaScript (gzip), this one with three photographs among them', () => {
    const weigh = assetWeights(distDir);
    const articles = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(file),
    );
    expect(articles).toContain(`${delhi.slice(1)}index.html`);
    for (const file of articles)
      expect(pageWeight(readFileSync(join(distDir, file), 'utf8'), weigh).gzip, file).toBeLessThan(14 * 1024);
  });

  it('weigh each no more than its budget, as every variant of every photograph does', () => {
    const variants = readdirSync(join(distDir, '_astro')).filter((file) =>
      /\.[^._]+_[^.]+\.(avif|webp|jpg)$/.test(file),
    );
    expect(variants.length).toBeGreaterThan(20);
    return Promise.all(
      variants.map(async (file) => {
        const { format, width, height, size } = await sharp(readFileSync(join(distDir, '_astro', file))).metadata();
        const kind = format === 'heif' ? 'avif' : (format as 'webp' | 'jpeg');
        expect(size, file).toBeLessThanOrEqual(variantBudget(kind, width, height));
      }),
    );
  });
});

describe('sections', () => {
  it('names the section above the headline, linked to its page, which lists the article; the header links the main sections', async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const section = session.page.locator('.article-header .section a');
    await expect(section.textContent()).resolves.toBe('World');
    const jsonLd = JSON.parse((await session.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.articleSection).toBe('World');
    await expect(session.page.locator('nav[aria-label="Sections"] a').allTextContents()).resolves.toEqual([
      'World',
      'Politics',
      'Business',
    ]);
    await section.click();
    await session.page.waitForLoadState('load');
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
  it("lists the article's tags as links to pages of the articles that carry them, and every tag in an index", async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const tags = session.page.locator('nav[aria-label="Tags"] a');
    await expect(tags.allTextContents()).resolves.toEqual(['diplomacy', 'India', 'Russia']);
    await expect(tags.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).resolves.toEqual([
      '/tags/diplomacy/',
      '/tags/india/',
      '/tags/russia/',
    ]);
    await tags.nth(1).click();
    // The list comes after the heading: read it once the page has loaded (under load, its parse lagged behind the h1).
    await session.page.waitForLoadState('load');
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
    const items = await links.evaluateAll((els) =>
      els.map((el) => ({
        href: el.querySelector('a')?.getAttribute('href'),
        day: el.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.map(({ href }) => href)).not.toContain(delhi);
    expect(items.map(({ day }) => day)).toEqual(
      items
        .map(({ day }) => day)
        .sort()
        .reverse(),
    );
    // The year-end review is tagged "diplomacy" too, and the oldest article on the site.
    expect(items.map(({ href }) => href)).toContain('/2020/12/31/year-end-review/');
  });
});

describe('bylines and authors', () => {
  it("links an author's name in the byline to their page, and prints a wire's name as it stands", async () => {
    await session.page.goto(`${baseURL}${delhi}`);
    const byline = session.page.locator('.article-header .byline');
    await expect(byline.textContent()).resolves.toBe('By Jane Doe and Reuters');
    await expect(
      byline.locator('a').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('href')])),
    ).resolves.toEqual([['Jane Doe', '/authors/jane-doe/']]);
  });

  it('gives an author a page with portrait, role and bio, and their articles newest first', async () => {
    await session.page.goto(`${baseURL}/authors/jane-doe/`);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Jane Doe');
    await expect(session.page.locator('.author .role').textContent()).resolves.toBe('Diplomatic correspondent');
    await expect(session.page.locator('.author p').nth(1).textContent()).resolves.toMatch(
      /^Jane Doe covers South Asia's diplomacy/,
    );
    const portrait = session.page.locator('.author img');
    await expect(portrait.getAttribute('alt')).resolves.toBe('Jane Doe');
    expect(await portrait.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await expect(
      session.page.locator('.summary h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href'))),
    ).resolves.toEqual([delhi]);
  });
});
