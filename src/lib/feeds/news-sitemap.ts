// The Google News sitemap: the articles of the last two days before the build, each with its publication, date and title.
import type { Article } from '../articles.ts';
import { siteTimestamp, startOfSiteDay } from '../dates.ts';
import { absoluteUrl, articlePath } from '../paths.ts';
import { site as defaultSite, type SiteConfig } from '../site.ts';
import { element } from './xml.ts';

/** How far back a news sitemap reaches (Google News: two days) and how many entries it may hold (Google News: 1,000). */
export const newsWindow = { milliseconds: 2 * 24 * 60 * 60 * 1000, maxEntries: 1000 } as const;

/**
 * Articles whose day began at most two days before `now`, newest first (the input order). A day is all we know
 * of an article's time, so an article counts from the start of its day in the site zone, like its `datePublished`.
 */
export function recentArticles(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - newsWindow.milliseconds;
  return articles
    .filter((article) => {
      const published = startOfSiteDay(article.date).getTime();
      return published >= since && published <= now.getTime();
    })
    .slice(0, newsWindow.maxEntries);
}

/** The sitemap document with a `news:news` entry per article (an empty `urlset` when there is none). */
export function newsSitemapXml(
  articles: readonly Article[],
  site: Pick<SiteConfig, 'title' | 'lang'> = defaultSite,
): string {
  const urls = articles.map((article) =>
    [
      '<url>',
      element('loc', absoluteUrl(articlePath(article))),
      '<news:news><news:publication>',
      element('news:name', site.title),
      element('news:language', article.data.lang ?? site.lang),
      '</news:publication>',
      element('news:publication_date', siteTimestamp(article.date)),
      element('news:title', article.headline),
      '</news:news></url>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>\n',
  ].join('');
}
