// The one record of a published article, made by one function from what the content layer stored: pages, feeds and
// share cards (through lib/articles.ts) and the twins, quote pages and search documents (src/build/) all read it.
import type { CollectionEntry } from 'astro:content';
import { parseCalendarDate, type CalendarDate } from './dates.ts';
import { articleSlug } from './content/permalink-check.ts';
import type { ExtractedFields } from './remark/frontmatter.ts';
import type { ArticleBody, StoredFields } from '../build/article-bodies.ts';
import { keyedAs } from '../build/cache-key.ts';
import { fingerprint } from '../build/fingerprint.ts';
import { bylinesOf, type Byline } from './bylines.ts';
import { unwatchedImage } from './photos.ts';
import type { Author } from './authors.ts';

export interface Article extends ExtractedFields {
  id: string;
  slug: string;
  date: CalendarDate;
  /** `YYYY-MM-DD`, for sorting and grouping. */
  isoDate: string;
  updated: CalendarDate | null;
  /** The front matter (without `image` in the output written beside the pages: see ArticleEntry). */
  data: CollectionEntry<'articles'>['data'];
  /** Sanitised body HTML. */
  html: string;
  /** Who wrote it: authors with a page, wire names; empty when the article names no one. */
  bylines: Byline[];
  /** Changes whenever anything the article holds does: the name it stands under in cache keys and manifests. */
  fingerprint: string;
}

/** A stored entry of the articles collection: its front matter, and the fields the remark plugins extracted. */
export interface ArticleEntry {
  id: string;
  filePath: string;
  /** The front matter; outside Astro's routes `image` is absent, since only astro:assets can read a photograph. */
  data: CollectionEntry<'articles'>['data'];
  fields: StoredFields;
}

/** The article of a stored entry, its body (HTML and quotes) and the site's authors. */
export function articleOf(
  entry: ArticleEntry,
  body: ArticleBody,
  authors: ReadonlyMap<string, Pick<Author, 'name' | 'slug'>>,
): Article {
  const { data, fields } = entry;
  const bylines = bylinesOf(data, authors);
  // The body's key is a hash of the HTML and quotes already: only the other fields are hashed again.
  const key = `${entry.filePath}@${fields.body}@${fingerprint([data, fields, bylines], (_key, value) => unwatchedImage(value))}`;
  const article: Article = {
    id: entry.id,
    slug: articleSlug(entry.filePath),
    date: calendar(data.date, entry.filePath),
    isoDate: data.date,
    updated: data.updated ? calendar(data.updated, entry.filePath) : null,
    data,
    html: body.html,
    bylines,
    headline: fields.headline,
    dateline: fields.dateline,
    quotes: body.quotes,
    lede: fields.lede,
    fingerprint: key,
  };
  return keyedAs(article, key);
}

function calendar(isoDate: string, filePath: string): CalendarDate {
  const parsed = parseCalendarDate(isoDate);
  if ('error' in parsed) throw new Error(`${filePath}: ${parsed.error}`); // the schema has checked it already
  return parsed;
}

/** Newest first; on the same day, by headline, so the order never depends on the file system. */
export function newestFirst(a: Article, b: Article): number {
  return b.isoDate.localeCompare(a.isoDate) || a.headline.localeCompare(b.headline) || a.slug.localeCompare(b.slug);
}
