// The sitemap of every page (sitemaps.org protocol): `/sitemap-index.xml` naming one or more `/sitemap-N.xml` files.
import { absoluteUrl, feedPaths } from '../paths.ts';
import { element } from './xml.ts';

/** URLs per sitemap file (default: 45,000; the protocol allows 50,000 and 50 MB, so a long URL cannot tip one over). */
export const sitemapEntryLimit = 45_000;

/** A sitemap file: its output path (`/sitemap-index.xml`, `/sitemap-0.xml`, …) and its text. */
export interface SitemapFile {
  path: string;
  xml: string;
}

const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** `/sitemap-N.xml`: the Nth part of the sitemap. */
const sitemapPartPath = (n: number) => `/sitemap-${n}.xml`;

/**
 * The index and its parts for the given site paths (`/`, `/2021/04/07/…/`), in code-unit order of their URLs, so that
 * an unchanged site gives unchanged files whatever order its pages were built in.
 */
export function sitemapFiles(paths: Iterable<string>, entryLimit = sitemapEntryLimit): SitemapFile[] {
  const urls = [...new Set([...paths].map(absoluteUrl))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: SitemapFile[] = [];
  for (let start = 0; start === 0 || start < urls.length; start += entryLimit) {
    const entries = urls.slice(start, start + entryLimit).map((url) => `<url>${element('loc', url)}</url>`);
    parts.push({
      path: sitemapPartPath(parts.length),
      xml: `${declaration}<urlset xmlns="${namespace}">${entries.join('')}</urlset>\n`,
    });
  }
  const index = parts.map(({ path }) => `<sitemap>${element('loc', absoluteUrl(path))}</sitemap>`).join('');
  return [
    { path: feedPaths.sitemap, xml: `${declaration}<sitemapindex xmlns="${namespace}">${index}</sitemapindex>\n` },
    ...parts,
  ];
}
