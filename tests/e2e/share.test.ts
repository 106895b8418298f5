// Sharing, checked on the built site: link metadata, share bar, quote links, feeds, sitemaps, share images and print.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser.ts';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const siteURL = 'https://dateline.example';
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood/';
const seedHeadline = 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi';
const urduPath = '/2021/04/05/قریشی-اور-لاوروف-کی-ملاقات/';
const urduHeadline = 'وزیر خارجہ شاہ محمود قریشی اور سرگئی لاوروف کی اسلام آباد میں ملاقات';
const markupPath = '/2021/03/31/headline-with-markup/';
const markupHeadline = "Ministers agree </script><script>window.__xss = 'json-ld'</script> & <!-- talks go on";

/** Article pages: dated folders with an index.html and no quote-N segment. */
function articlePaths(): string[] {
  return readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((f) => f.name === 'index.html')
    .map((f) => `/${relative(distDir, f.parentPath)}/`)
    .filter((path) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/u.test(path));
}

const fileOf = (path: string) => join(distDir, decodeURIComponent(path));
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'url', 'sitemap'].includes(name),
});
const readXml = (path: string) => xml.parse(readFileSync(fileOf(path), 'utf8'));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(fileOf(path));
  expect(bytes.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Head {
  meta: [string, string][];
  canonical: string | null;
  jsonLd: unknown[];
  alternates: string[];
}

async function head(page: Page, path: string): Promise<Head> {
  await page.goto(`${baseURL}${path}`);
  return page.evaluate(() => ({
    meta: [...document.head.querySelectorAll('meta[property], meta[name]')].map(
      (m) =>
        [m.getAttribute('property') ?? m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''] as [
          string,
          string,
        ],
    ),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? 'null') as unknown,
    ),
    alternates: [...document.head.querySelectorAll('link[rel="alternate"], link[rel="sitemap"]')].map(
      (l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`,
    ),
  }));
}

const values = (h: Head, key: string) => h.meta.filter(([k]) => k === key).map(([, v]) => v);
const one = (h: Head, key: string) => {
  expect(values(h, key), key).toHaveLength(1);
  return values(h, key)[0];
};

const session = openBrowser();

describe('link metadata', () => {
  it('gives the seed article Open Graph, Twitter/X and NewsArticle data that agree with its canonical URL', async () => {
    const h = await head(session.page, seedPath);
    const url = `${siteURL}${seedPath}`;
    const image = `${url}share.png`;
    expect(h.canonical).toBe(url);
    expect({
      type: one(h, 'og:type'),
      title: one(h, 'og:title'),
      url: one(h, 'og:url'),
      site: one(h, 'og:site_name'),
      image: one(h, 'og:image'),
      size: [one(h, 'og:image:width'), one(h, 'og:image:height')],
      published: one(h, 'article:published_time'),
      card: one(h, 'twitter:card'),
      twitterImage: one(h, 'twitter:image'),
    }).toEqual({
      type: 'article',
      title: seedHeadline,
      url,
      site: 'Dateline',
      image,
      size: ['1200', '630'],
      published: '2021-04-07T00:00:00Z',
      card: 'summary_large_image',
      twitterImage: image,
    });
    expect(one(h, 'og:description')).toMatch(/^Russian Foreign Minister Sergei Lavrov arrived in Pakistan/);
    expect(one(h, 'og:image:alt')).toContain(seedHeadline);
    expect(values(h, 'article:modified_time')).toEqual([]);
    expect(h.jsonLd).toHaveLength(1);
    expect(h.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seedHeadline,
      datePublished: '2021-04-07T00:00:00Z',
      dateModified: '2021-04-07T00:00:00Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: { '@type': 'Organization', name: 'Dateline' },
      image: { url: image, width: 1200, height: 630 },
    });
  });

  it('names the dateline place, the author and the language where an article has them', async () => {
    const delhi = (await head(session.page, '/2021/04/06/lavrov-arrives-in-new-delhi/')).jsonLd[0];
    expect(delhi).toMatchObject({
      dateline: 'New Delhi, April 6, 2021 (Reuters)',
      locationCreated: { '@type': 'Place', name: 'New Delhi' },
      author: [
        { '@type': 'Person', name: 'Jane Doe', url: 'https://dateline.example/authors/jane-doe/' },
        { '@type': 'Organization', name: 'Reuters' },
      ],
    });
    const urdu = (await head(session.page, urduPath)).jsonLd[0];
    expect(urdu).toMatchObject({ headline: urduHeadline, inLanguage: 'ur', locationCreated: { name: 'اسلام آباد' } });
  });

  it('keeps a headline containing </script> inside the JSON-LD, where it runs nothing', async () => {
    const html = readFileSync(join(fileOf(markupPath), 'index.html'), 'utf8');
    const ldScript = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(ldScript).not.toMatch(/[<>]/);
    expect((JSON.parse(ldScript) as { headline: string }).headline).toBe(markupHeadline);
    const scripted = await session.browser.newPage();
    await scripted.goto(`${baseURL}${markupPath}`);
    const state = await scripted.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      scripts: [...document.scripts].map((s) => s.type || 'classic'),
      h1: document.querySelector('h1')?.textContent,
    }));
    await scripted.close();
    expect(state).toEqual({ xss: null, scripts: ['application/ld+json', 'module'], h1: markupHeadline });
  });

  it('describes the home page as a WebSite and index pages as CollectionPages, with the site image', async () => {
    for (const [path, type] of [
      ['/', 'WebSite'],
      ['/archive/', 'CollectionPage'],
      ['/2021/', 'CollectionPage'],
      ['/2021/04/', 'CollectionPage'],
      ['/2021/04/07/', 'CollectionPage'],
    ] as const) {
      const h = await head(session.page, path);
      expect(one(h, 'og:type'), path).toBe('website');
      expect(one(h, 'og:url'), path).toBe(`${siteURL}${path}`);
      expect(one(h, 'og:image'), path).toBe(`${siteURL}/share.png`);
      expect(h.jsonLd, path).toMatchObject([{ '@type': type, url: `${siteURL}${path}` }]);
    }
  });

  it('puts feed and sitemap autodiscovery links in every page head', async () => {
    for (const path of ['/', '/404.html', seedPath, `${seedPath}quote-1/`, '/2021/04/']) {
      expect((await head(session.page, path)).alternates, path).toEqual([
        `application/rss+xml ${siteURL}/rss.xml`,
        `application/atom+xml ${siteURL}/atom.xml`,
        `application/xml ${siteURL}/sitemap-index.xml`,
      ]);
    }
  });
});

describe('share bar', () => {
  it('links to seven services, each carrying the canonical URL and the headline, correctly encoded', async () => {
    for (const [path, headline] of [
      [seedPath, seedHeadline],
      [urduPath, urduHeadline],
      [markupPath, markupHeadline],
    ] as const) {
      await session.page.goto(`${baseURL}${encodeURI(path)}`);
      const links = await session.page
        .locator('.share-bar a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href') ?? '']));
      expect(
        links.map(([label]) => label),
        path,
      ).toEqual(['Email', 'WhatsApp', 'Telegram', 'X', 'Facebook', 'LinkedIn', 'Reddit']);
      // The canonical form: non-ASCII path segments percent-encoded, as in the page's canonical link.
      const url = new URL(path, siteURL).href;
      for (const [label, href] of links) {
        const query = new URL(href ?? '').searchParams;
        const carried = [...query.values()];
        expect(
          carried.some((v) => v.includes(url)),
          `${label} carries the URL`,
        ).toBe(true);
        if (!['Facebook', 'LinkedIn'].includes(label ?? ''))
          expect(
            carried.some((v) => v.includes(headline)),
            `${label} carries the headline`,
          ).toBe(true);
      }
      expect(links.find(([label]) => label === 'X')?.[1]).toBe(
        `https://x.com/intent/tweet?url=${encodeURIComponent(url)}&text=${encodeURIComponent(headline)}`,
      );
    }
  });

  it('shows no buttons without JavaScript, and loads nothing from any other host', async () => {
    await session.page.goto(`${baseURL}${seedPath}`);
    await expect(session.page.getByRole('button').count()).resolves.toBe(0);
    const scripted = await session.browser.newPage();
    const hosts = new Set<string>();
    scripted.on('request', (request) => void hosts.add(new URL(request.url()).host));
    await scripted.goto(`${baseURL}${seedPath}`, { waitUntil: 'networkidle' });
    await scripted.close();
    expect([...hosts]).toEqual([new URL(baseURL).host]);
  });

  it('copies the canonical URL to the clipboard and says so', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const reader = await context.newPage();
    await reader.goto(`${baseURL}${seedPath}`);
    await reader.getByRole('button', { name: 'Copy link' }).click();
    // The status is written once the clipboard write resolves: waited for, since isVisible() does not wait.
    await reader.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor({ state: 'visible', timeout: 10_000 });
    await expect(reader.getByRole('status').filter({ hasText: 'Link copied.' }).isVisible()).resolves.toBe(true);
    await expect(reader.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteURL}${seedPath}`);
    await context.close();
  });
});

describe('quote links', () => {
  it('gives each direct quote a page whose preview is the quote and its card', async () => {
    const h = await head(session.page, `${seedPath}quote-2/`);
    const url = `${siteURL}${seedPath}quote-2/`;
    expect(h.canonical).toBe(url);
    expect(one(h, 'og:url')).toBe(url);
    expect(one(h, 'og:title')).toMatch(
      /^“There is no second opinion that Russia is an important country.*” — Shah Mahmood Qureshi$/,
    );
    expect(one(h, 'og:image')).toBe(`${url}card.png`);
    expect(one(h, 'robots')).toBe('noindex, follow');
    expect(h.jsonLd[0]).toMatchObject({
      '@type': 'Quotation',
      creator: { name: 'Shah Mahmood Qureshi' },
      isPartOf: { url: `${siteURL}${seedPath}` },
    });
  });

  it('leads from "Who said what" to the quote page and from there to quote 2, scrolled to and highlighted', async () => {
    const reader = await session.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await reader.goto(`${baseURL}${seedPath}`);
    await reader.getByRole('link', { name: 'Share quote 2' }).click();
    expect(decodeURIComponent(new URL(reader.url()).pathname)).toBe(`${seedPath}quote-2/`);
    await reader.getByRole('link', { name: 'Read it in the article' }).click();
    // The browser goes to the fragment (and :target matches) once the page's stylesheet has loaded.
    await reader.waitForLoadState('load');
    expect(decodeURIComponent(new URL(reader.url()).pathname + new URL(reader.url()).hash)).toBe(`${seedPath}#quote-2`);
    const state = await reader.locator('#quote-2').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return {
        target: el.matches(':target'),
        inView: box.top >= 0 && box.top < window.innerHeight,
        scrolled: window.scrollY > 0,
        background: getComputedStyle(el).backgroundColor,
      };
    });
    await reader.close();
    expect(state).toMatchObject({ target: true, inView: true, scrolled: true });
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

describe('share images', () => {
  it('renders a 1200x630 PNG per article without a lead photograph, each different, and the site-wide default', () => {
    // The article with a photograph has it, cropped, as its link preview (newsroom.test.ts), and no drawn card.
    const photographed = '/2021/04/06/lavrov-arrives-in-new-delhi/';
    expect(existsSync(fileOf(`${photographed}share.png`))).toBe(false);
    const articles = articlePaths().filter((path) => path !== photographed);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    const hashes = new Set<string>();
    for (const path of [...articles.map((a) => `${a}share.png`), '/share.png']) {
      expect(pngSize(path), path).toEqual({ width: 1200, height: 630 });
      hashes.add(
        createHash('sha256')
          .update(readFileSync(fileOf(path)))
          .digest('hex'),
      );
    }
    expect(hashes.size).toBe(articles.length + 1);
  });

  it('renders a different card for each of the first two named direct quotes, and no page or card for the third, which keeps its anchor', () => {
    const cards = ['quote-1', 'quote-2'].map((q) => `${seedPath}${q}/card.png`);
    for (const card of cards) expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
    expect(new Set(cards.map((card) => readFileSync(fileOf(card)).toString('base64'))).size).toBe(2);
    expect(existsSync(fileOf(`${seedPath}quote-3/`))).toBe(false);
    const article = readFileSync(join(fileOf(seedPath), 'index.html'), 'utf8');
    expect(article).toContain('<span id="quote-3" class="quote-direct">');
    expect(article).toContain('href="#quote-3"');
    expect(article).not.toContain('quote-3/');
  });

  it('draws cards as palette PNGs (colour type 3)', () => {
    for (const path of [`${seedPath}share.png`, `${seedPath}quote-1/card.png`, '/share.png'])
      expect(readFileSync(fileOf(path))[25], path).toBe(3);
  });
});

/** An RSS item as fast-xml-parser reads it. */
interface RssItem {
  title?: string;
  description?: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  'content:encoded': string;
}

describe('feeds and sitemaps', () => {
  it('publishes RSS 2.0 with the required channel elements and full, sanitised, absolute content', () => {
    const { rss } = readXml('/rss.xml');
    expect(rss['@version']).toBe('2.0');
    expect({ title: rss.channel.title, link: rss.channel.link }).toEqual({ title: 'Dateline', link: `${siteURL}/` });
    expect(rss.channel.description).toBeTruthy();
    const items = rss.channel.item as RssItem[];
    for (const item of items) {
      expect(item.title || item.description).toBeTruthy();
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
    }
    const seed = items.find((item) => item.link === `${siteURL}${seedPath}`);
    expect(seed?.pubDate).toBe('Wed, 07 Apr 2021 00:00:00 +0000');
    expect(seed?.guid).toEqual({ '#text': `${siteURL}${seedPath}`, '@isPermaLink': 'true' });
    expect(seed?.['content:encoded']).toContain('<span id="quote-2" class="quote-direct">');
    const review = items.find((item) => item.link === `${siteURL}/2020/12/31/year-end-review/`);
    expect(review?.['content:encoded']).toContain(`<img src="${siteURL}/favicon.svg" alt="A map of the region">`);
    expect(review?.['content:encoded']).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('publishes Atom with id, title, updated, links and entries newest first', () => {
    const { feed } = readXml('/atom.xml');
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${siteURL}/`);
    expect(feed.title).toBe('Dateline');
    expect(feed.author.name).toBe('Dateline'); // RFC 4287: an entry without its own author takes the feed's
    const entries = feed.entry as {
      id: string;
      updated: string;
      published: string;
      title: string;
      link: { '@href': string };
      content: { '@type': string; '#text': string };
    }[];
    const published = entries.map((entry) => entry.published);
    expect(published).toEqual([...published].sort().reverse());
    for (const entry of entries) {
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(entry.link['@href']).toBe(entry.id);
      expect(entry.content['@type']).toBe('html');
    }
    expect(entries.find((entry) => entry.id === `${siteURL}${seedPath}`)?.published).toBe('2021-04-07T00:00:00Z');
    expect(feed.updated).toBe(entries[0]?.updated);
  });

  it('lists every article and index page in the sitemap, but not the noindex quote pages', () => {
    const index = readXml('/sitemap-index.xml');
    const locs = (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) =>
      (readXml(new URL(loc).pathname).urlset.url as { loc: string }[]).map((u) => decodeURI(u.loc)),
    );
    for (const path of ['/', '/archive/', '/2021/', '/2021/04/', '/2021/04/07/', seedPath, urduPath])
      expect(locs).toContain(`${siteURL}${path}`);
    expect(locs.filter((loc) => loc.includes('/quote-'))).toEqual([]);
    expect(readFileSync(fileOf('/robots.txt'), 'utf8')).toContain(`Sitemap: ${siteURL}/sitemap-index.xml`);
  });

  it('lists only the articles of the last two days in the Google News sitemap', () => {
    const { urlset } = readXml('/news-sitemap.xml');
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const today = new Date().toISOString().slice(0, 10);
    expect(urlset.url).toEqual([
      {
        loc: `${siteURL}/${today.replaceAll('-', '/')}/todays-briefing/`,
        'news:news': {
          'news:publication': { 'news:name': 'Dateline', 'news:language': 'en' },
          'news:publication_date': `${today}T00:00:00Z`,
          'news:title': 'Today’s briefing on the talks',
        },
      },
    ]);
  });
});

describe('print', () => {
  it('prints the article without navigation or share bar, with its URL under the headline', async () => {
    const printer = await session.browser.newPage();
    await printer.emulateMedia({ media: 'print' });
    await printer.goto(`${baseURL}${seedPath}`);
    const shown = (selector: string) => printer.locator(selector).first().isVisible();
    await expect(shown('.masthead nav')).resolves.toBe(false);
    await expect(shown('nav[aria-label="Breadcrumb"]')).resolves.toBe(false);
    await expect(shown('.share-bar ul')).resolves.toBe(false);
    await expect(shown('.prev-next')).resolves.toBe(false);
    const url = printer.locator('.print-url');
    await expect(url.textContent()).resolves.toBe(`${siteURL}${seedPath}`);
    const [h1Box, urlBox] = await Promise.all([printer.locator('h1').boundingBox(), url.boundingBox()]);
    await printer.close();
    expect(urlBox?.y).toBeGreaterThan((h1Box?.y ?? 0) + (h1Box?.height ?? 0) - 1);
  });
});
