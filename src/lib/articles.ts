// The published articles as pages see them: dated, sorted newest first, with what the remark plugins extracted.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import { parseCalendarDate, type CalendarDate } from './dates.ts';
import { articleSlug } from './content/permalink-check.ts';
import type { ExtractedFields } from './remark/frontmatter.ts';
import { bodiesFolder, readBody, type StoredFields } from './content/article-bodies.ts';
import { keyedAs } from './cache-key.ts';
import { getAuthors, type Author } from './authors.ts';
import { bylinesOf, type Byline } from './bylines.ts';

export interface Article extends ExtractedFields {
  id: string;
  slug: string;
  date: CalendarDate;
  /** `YYYY-MM-DD`, for sorting and grouping. */
  isoDate: string;
  updated: CalendarDate | null;
  data: CollectionEntry<'articles'>['data'];
  /** Sanitised body HTML. */
  html: string;
  /** Who wrote it: authors with a page, wire names; empty when the article names no one. */
  bylines: Byline[];
}

const bodies = bodiesFolder(fileURLToPath(cacheDir));

function toArticle(entry: CollectionEntry<'articles'>, authors: ReadonlyMap<string, Author>): Article {
  const extracted = entry.rendered?.metadata?.frontmatter as StoredFields | undefined;
  // The loader fails the build for an article that did not render, so this only guards the types.
  if (!extracted || !entry.filePath) throw new Error(`${entry.filePath ?? entry.id}: article was not rendered`);
  const { html, quotes } = readBody(bodies, extracted.body, entry.filePath);
  const article: Article = {
    id: entry.id,
    slug: articleSlug(entry.filePath),
    date: calendar(entry.data.date),
    isoDate: entry.data.date,
    updated: entry.data.updated ? calendar(entry.data.updated) : null,
    data: entry.data,
    html,
    bylines: bylinesOf(entry.data, authors),
    headline: extracted.headline,
    dateline: extracted.dateline,
    quotes,
    lede: extracted.lede,
  };
  // Hashed once here, the article is then a short name in the dozen cache keys it appears in. The body's file is named
  // by a hash of the HTML and quotes already: only the other fields are hashed (the HTML is most of an article).
  const { html: _html, quotes: _quotes, ...fields } = article;
  return keyedAs(article, `${entry.filePath}@${extracted.body}@${createHash('sha1').update(JSON.stringify(fields)).digest('base64url')}`);
}

function calendar(isoDate: string): CalendarDate {
  const parsed = parseCalendarDate(isoDate);
  if ('error' in parsed) throw new Error(parsed.error); // the schema has checked it already
  return parsed;
}

/** Newest first; on the same day, by headline, so the order never depends on the file system. */
function newestFirst(a: Article, b: Article): number {
  return b.isoDate.localeCompare(a.isoDate) || a.headline.localeCompare(b.headline) || a.slug.localeCompare(b.slug);
}

let cached: Promise<Article[]> | undefined;

/** Every published (non-draft) article, newest first. Computed once per build. */
export function getArticles(): Promise<Article[]> {
  cached ??= Promise.all([getCollection('articles', ({ data }) => !data.draft), getAuthors()]).then(([entries, authors]) =>
    entries.map((entry) => toArticle(entry, authors)).sort(newestFirst),
  );
  return cached;
}

/** Articles grouped by a key, keeping the input order inside and between groups. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
