import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { absoluteUrl } from '../paths.ts';
import { sitemapFiles } from './sitemap.ts';

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });
const locs = (text: string) => (xml.parse(text).urlset.url as { loc: string }[]).map(({ loc }) => loc);

describe('sitemapFiles', () => {
  const seed = '/2021/04/07/lavrov-visit/';

  it('lists every path once, as an absolute URL, in an order that does not depend on the input order', () => {
    const [index, part, ...rest] = sitemapFiles([seed, '/', '/2021/', seed]);
    expect(rest).toEqual([]);
    expect(index?.path).toBe('/sitemap-index.xml');
    expect((xml.parse(index?.xml ?? '').sitemapindex.sitemap as { loc: string }[]).map(({ loc }) => loc)).toEqual([
      absoluteUrl('/sitemap-0.xml'),
    ]);
    expect(part?.path).toBe('/sitemap-0.xml');
    expect(locs(part?.xml ?? '')).toEqual([absoluteUrl('/'), absoluteUrl('/2021/'), absoluteUrl(seed)]);
    expect(sitemapFiles(['/2021/', seed, '/'])).toEqual(sitemapFiles([seed, '/', '/2021/']));
  });

  it('splits the URLs into parts of at most the entry limit, all named in the index', () => {
    const files = sitemapFiles(['/a/', '/b/', '/c/', '/d/', '/e/'], 2);
    expect(files.map(({ path }) => path)).toEqual([
      '/sitemap-index.xml',
      '/sitemap-0.xml',
      '/sitemap-1.xml',
      '/sitemap-2.xml',
    ]);
    expect(files.slice(1).map(({ xml: text }) => locs(text).length)).toEqual([2, 2, 1]);
    expect(xml.parse(files[0]?.xml ?? '').sitemapindex.sitemap).toHaveLength(3);
  });

  it('escapes what XML cannot carry as it is', () => {
    const [, part] = sitemapFiles(["/people/o'brien&co/"]);
    expect(part?.xml).toContain('o&apos;brien&amp;co');
  });
});
