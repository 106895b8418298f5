// RSS 2.0 and Atom 1.0 documents for the newest articles, with their full sanitised text and dates in the site's time zone.
import { format } from 'date-fns';
import type { Article } from '../articles.ts';
import { isoCalendarDate, siteTimestamp, startOfSiteDay, type CalendarDate } from '../dates.ts';
import { absoluteUrl, articlePath, feedPaths } from '../paths.ts';
import { site as defaultSite, type SiteConfig } from '../site.ts';
import { absolutizeHtml } from './absolute-html.ts';
import { element, escapeXml } from './xml.ts';
import { bylineText } from '../bylines.ts';

/** Articles in each feed, newest first (default: 50): enough for a reader that polls daily, small enough to fetch often. */
export const feedSize = 50;

/** What both feed formats say of an article: its full body with absolute URLs, its byline or agency. */
function feedEntry(article: Article) {
  const url = absoluteUrl(articlePath(article));
  return {
    url,
    summary: article.data.summary ?? article.lede,
    html: absolutizeHtml(article.html, url),
    author: bylineText(article.bylines) ?? article.dateline?.agency ?? null,
  };
}

type FeedSite = Pick<SiteConfig, 'title' | 'description' | 'lang'>;

/** RFC 822 date-time of a day's start in the site zone, as RSS 2.0 requires ("Wed, 07 Apr 2021 00:00:00 +0000"). */
export function rfc822(date: CalendarDate): string {
  return format(startOfSiteDay(date), 'EEE, dd MMM yyyy HH:mm:ss xx');
}

/** A CDATA section that survives a body containing "]]>". */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** The newest update among the articles; an empty feed says 1970-01-01, a fixed value that keeps builds reproducible. */
function lastUpdate(articles: readonly Article[]): CalendarDate {
  const newest = articles
    .map((article) => article.updated ?? article.date)
    .sort((a, b) => isoCalendarDate(b).localeCompare(isoCalendarDate(a)))[0];
  return newest ?? { year: 1970, month: 1, day: 1 };
}

/** A feed of part of the site (a section's): its title, description, page and own path (default: the whole site's). */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed follows. */
  page: string;
  /** Site path of the feed itself. */
  self: string;
}

/** RSS 2.0 with `content:encoded` for the full text and an `atom:link` to itself. */
export function rssXml(
  articles: readonly Article[],
  site: FeedSite = defaultSite,
  channel: FeedChannel = { title: site.title, description: site.description, page: '/', self: feedPaths.rss },
): string {
  const items = articles.map((article) => {
    const entry = feedEntry(article);
    return [
      '<item>',
      element('title', article.headline),
      element('link', entry.url),
      `<guid isPermaLink="true">${escapeXml(entry.url)}</guid>`,
      element('pubDate', rfc822(article.date)),
      element('description', entry.summary),
      element('dc:creator', entry.author),
      `<content:encoded>${cdata(entry.html)}</content:encoded>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', absoluteUrl(channel.page)),
    element('description', channel.description),
    element('language', site.lang),
    element('lastBuildDate', rfc822(lastUpdate(articles))),
    `<atom:link href="${escapeXml(absoluteUrl(channel.self))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel></rss>\n',
  ].join('');
}

/** Atom 1.0: every entry with id, title, updated, published, link, summary, full content and an author (the site's when none). */
export function atomXml(articles: readonly Article[], site: FeedSite = defaultSite): string {
  const items = articles.map((article) => {
    const entry = feedEntry(article);
    return [
      '<entry>',
      element('id', entry.url),
      element('title', article.headline),
      element('updated', siteTimestamp(article.updated ?? article.date)),
      element('published', siteTimestamp(article.date)),
      `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      entry.author ? `<author>${element('name', entry.author)}</author>` : '',
      element('summary', entry.summary),
      `<content type="html">${escapeXml(entry.html)}</content>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.lang)}">`,
    element('id', absoluteUrl('/')),
    element('title', site.title),
    element('subtitle', site.description),
    element('updated', siteTimestamp(lastUpdate(articles))),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feedPaths.atom))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>`,
    // Atom wants an author for every entry; the feed-level one covers entries without a byline.
    `<author>${element('name', site.title)}</author>`,
    ...items,
    '</feed>\n',
  ].join('');
}
