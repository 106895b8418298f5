// What the content layer leaves in the cache folder for the work done beside Astro's page rendering (the search index,
// the twins and quote pages: src/integrations/site-output.ts): every published article's fields, as stored. The
// loader writes it once it has checked every article, before Astro renders a page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredFields } from './article-bodies.ts';
import { writeKeptFileSync } from '../kept-files.ts';
import { articleSlug } from './permalink-check.ts';
import { parseCalendarDate } from '../dates.ts';
import type { PermalinkParts } from '../paths.ts';

/** A published article: its file, the front matter the work beside the build reads, and what the plugins extracted. */
export interface PublishedArticle {
  filePath: string;
  data: { date: string; updated?: string | undefined; lang?: string | undefined; byline?: string | undefined; section: string };
  fields: StoredFields;
}

/** A stored entry of the articles collection, as the loader holds it (checked and rendered by then). */
interface StoredEntry {
  filePath?: string | undefined;
  data: Record<string, unknown>;
  rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } | undefined;
}

/** The file in the cache folder. */
const file = (cacheDir: string) => join(cacheDir, 'dateline-published-articles.json');

/** The published articles among the stored entries (drafts are not), with only the fields the work beside the build reads. */
export function publishedArticles(entries: Iterable<StoredEntry>): PublishedArticle[] {
  const published: PublishedArticle[] = [];
  for (const { filePath, data, rendered } of entries) {
    if (data['draft'] === true || !filePath) continue;
    const { date, updated, lang, byline, section } = data as PublishedArticle['data'];
    published.push({ filePath, data: { date, updated, lang, byline, section }, fields: rendered?.metadata?.frontmatter as StoredFields });
  }
  return published;
}

export function writePublishedArticles(cacheDir: string, articles: readonly PublishedArticle[]): void {
  writeKeptFileSync(file(cacheDir), JSON.stringify(articles));
}

export async function readPublishedArticles(cacheDir: string): Promise<PublishedArticle[]> {
  try {
    return JSON.parse(await readFile(file(cacheDir), 'utf8')) as PublishedArticle[];
  } catch (error) {
    throw new Error(`${file(cacheDir)}: the articles loader's list of published articles cannot be read (${(error as Error).message})`, { cause: error });
  }
}

/** A published article's permalink parts: its day and its slug. */
export function publishedPermalink({ filePath, data }: PublishedArticle): PermalinkParts {
  const date = parseCalendarDate(data.date);
  if ('error' in date) throw new Error(`${filePath}: ${date.error}`); // the loader has checked it already
  return { date, slug: articleSlug(filePath) };
}
