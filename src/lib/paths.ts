// The one way to build permalinks and archive URLs: pages never assemble `/${y}/${m}/…` by hand.
import { pad, type CalendarDate } from './dates.ts';
import { site } from '../site.config.ts';

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
