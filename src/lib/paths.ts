// The one way to build permalinks and archive URLs: pages never assemble `/${y}/${m}/…` by hand.
import { pad, type CalendarDate } from './dates.ts';
import { site } from './site.ts';

/** What a permalink is made of: the article's calendar day and its slug. */
export interface PermalinkParts {
  date: CalendarDate;
  slug: string;
}

/** `/YYYY/MM/DD/<slug>/`: the article's permanent page. */
export function articlePath({ date, slug }: PermalinkParts): string {
  return `${dayPath(date.year, date.month, date.day)}${slug}/`;
}

/** `/YYYY/MM/DD/<slug>.json`: the article's machine-readable twin. */
export function articleJsonPath({ date, slug }: PermalinkParts): string {
  return `${dayPath(date.year, date.month, date.day)}${slug}.json`;
}

/** `/YYYY/MM/DD/#quote-N`-style anchor of one quote on its article page. */
export function quotePath(article: PermalinkParts, quoteId: string): string {
  return `${articlePath(article)}#${quoteId}`;
}

/** `/YYYY/MM/DD/<slug>/share.png`: the article's link-preview image. */
export function articleImagePath(article: PermalinkParts): string {
  return `${articlePath(article)}share.png`;
}

/** `/YYYY/MM/DD/<slug>/quote-N/`: the shareable page of one direct quote (`quoteId` is its anchor, `quote-N`). */
export function quotePagePath(article: PermalinkParts, quoteId: string): string {
  return `${articlePath(article)}${quoteId}/`;
}

/** Route param of a quote page (`{ n: '2' }` for `quote-2`): the `quote-[n]` folder's half of `quotePagePath`. */
export function quoteParams(quoteId: string): { n: string } {
  return { n: quoteId.replace(/^quote-/, '') };
}

/** `/YYYY/MM/DD/<slug>/quote-N/card.png`: the link-preview card of one quote. */
export function quoteImagePath(article: PermalinkParts, quoteId: string): string {
  return `${quotePagePath(article, quoteId)}card.png`;
}

/** The site-wide link-preview image, for pages that have none of their own. */
export const defaultImagePath = '/share.png';

/** The feeds, the sitemap's index (src/integrations/sitemap.ts) and the Google News sitemap. */
export const feedPaths = {
  rss: '/rss.xml',
  atom: '/atom.xml',
  newsSitemap: '/news-sitemap.xml',
  sitemap: '/sitemap-index.xml',
} as const;

/** `/YYYY/`. */
export function yearPath(year: number): string {
  return `/${year}/`;
}

/** `/YYYY/MM/`. */
export function monthPath(year: number, month: number): string {
  return `/${year}/${pad(month)}/`;
}

/** `/YYYY/MM/DD/`. */
export function dayPath(year: number, month: number, day: number): string {
  return `/${year}/${pad(month)}/${pad(day)}/`;
}

/** Page `n` of the latest articles: `/` for the first, `/page/N/` after it. */
export function latestPagePath(n: number): string {
  return n <= 1 ? '/' : `/page/${n}/`;
}

/** Route param of a page of the latest articles (`{ page: '2' }`), the inverse of `latestPagePath` for pages 2 and on. */
export function latestPageParams(n: number): { page: string } {
  return { page: String(n) };
}

/** `/search/`: full-text search (Pagefind, in the browser), with the archive as its no-JavaScript fallback. */
export const searchPath = '/search/';

/** The folder of the search index: one Pagefind bundle per year (src/build/search-index.ts). */
export const searchIndexRoot = '/pagefind/';

/** `/pagefind/2021/`: the search bundle of a year's articles, with its own pagefind.js. */
export function searchBundlePath(year: string): string {
  return `${searchIndexRoot}${year}/`;
}

/** `/archive/`: every year and month with counts. */
export const archiveOverviewPath = '/archive/';

/** Absolute URL of a site path, on the configured site origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** Route params of a day (`{ year: '2021', month: '04', day: '07' }`), the inverse of `dayPath`. */
export function dayParams(date: CalendarDate): { year: string; month: string; day: string } {
  return { year: String(date.year), month: pad(date.month), day: pad(date.day) };
}

/** `/people/`: every person quoted on the site, by surname. */
export const peoplePath = '/people/';

/** `/people/latest/`: every person quoted on the site, most recently quoted first. */
export const peopleLatestPath = '/people/latest/';

/** `/organisations/`: every organisation quoted on the site, by name. */
export const organisationsPath = '/organisations/';

/** Orders of the index of speakers: people by surname (`/people/`) or most recently quoted first (`/people/latest/`), or organisations (`/organisations/`). */
export type PeopleOrder = 'name' | 'latest' | 'organisations';

const peopleIndexFirst: Record<PeopleOrder, string> = {
  name: peoplePath,
  latest: peopleLatestPath,
  organisations: organisationsPath,
};

/** Page `n` of the index of speakers in an order: its first page, then `…/page/N/`. */
export function peopleIndexPath(order: PeopleOrder, n = 1): string {
  const first = peopleIndexFirst[order];
  return n <= 1 ? first : `${first}page/${n}/`;
}

/** `/people/<slug>/`: one speaker's quotes across articles (the slug comes from `personSlug`); `/people/<slug>/page/N/` after the first page. */
export function personPath(slug: string, page = 1): string {
  return page <= 1 ? `/people/${slug}/` : `/people/${slug}/page/${page}/`;
}

/** `/section/<slug>/`: a section's articles, newest first; `/section/<slug>/page/N/` after the first page. */
export function sectionPath(slug: string, page = 1): string {
  return page <= 1 ? `/section/${slug}/` : `/section/${slug}/page/${page}/`;
}

/** `/section/<slug>/rss.xml`: a section's own feed. */
export function sectionFeedPath(slug: string): string {
  return `/section/${slug}/rss.xml`;
}

/** `/tags/`: every tag, with how many articles carry it. */
export const tagsPath = '/tags/';

/** `/tags/<slug>/`: the articles with a tag (the slug comes from `tagSlug`); `/tags/<slug>/page/N/` after the first page. */
export function tagPath(slug: string, page = 1): string {
  return page <= 1 ? `/tags/${slug}/` : `/tags/${slug}/page/${page}/`;
}

/** Route params of a list's page 2 and on (`{ page: '2' }`). */
export function listPageParams(n: number): { page: string } {
  return { page: String(n) };
}

/** `/authors/<slug>/`: an author's bio and articles, newest first; `/authors/<slug>/page/N/` after the first page. */
export function authorPath(slug: string, page = 1): string {
  return page <= 1 ? `/authors/${slug}/` : `/authors/${slug}/page/${page}/`;
}
