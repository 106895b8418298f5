// What the content layer leaves in the cache folder for the output written beside Astro's page rendering (the search
// index, the twins and quote pages): every published article's stored entry. The loader writes it once it has checked
// every article, before Astro renders a page; the build reads it back as the same Article records pages see.
import { readFile } from 'node:fs/promises';
import type { DataStore } from 'astro/loaders';
import { cacheFolder } from './cache-folder.ts';
import { articleOf, type Article, type ArticleEntry } from '../lib/article.ts';
import { bodiesFolder, loadBody, type StoredFields } from './article-bodies.ts';
import { authorNames } from '../lib/content/authors-loader.ts';
import { writeKeptFileSync } from './kept-files.ts';

/** An entry of the articles collection's store, as the loader holds it (checked and rendered by then). */
type StoredEntry = Pick<ReturnType<DataStore['values']>[number], 'id' | 'filePath' | 'data' | 'rendered'>;

const file = (cacheDir: string) => cacheFolder(cacheDir).publishedArticles;

/**
 * The published entries among the stored ones (drafts are not). Without their photograph: only astro:assets can
 * read one, and nothing written beside the build shows it.
 */
export function publishedArticles(entries: Iterable<StoredEntry>): ArticleEntry[] {
  const published: ArticleEntry[] = [];
  for (const { id, filePath, data, rendered } of entries) {
    if (data['draft'] === true || !filePath) continue;
    const { image: _photo, ...rest } = data;
    published.push({
      id,
      filePath,
      data: rest as ArticleEntry['data'],
      fields: rendered?.metadata?.frontmatter as StoredFields,
    });
  }
  return published;
}

export function writePublishedArticles(cacheDir: string, articles: readonly ArticleEntry[]): void {
  writeKeptFileSync(file(cacheDir), JSON.stringify(articles));
}

/** The published articles the loader left in `cacheDir`, each with its body, as pages see them (`authors`: the authors' folder). */
export async function readPublishedArticles(cacheDir: string, authors: string): Promise<Article[]> {
  let entries: ArticleEntry[];
  try {
    entries = JSON.parse(await readFile(file(cacheDir), 'utf8')) as ArticleEntry[];
  } catch (error) {
    throw new Error(
      `${file(cacheDir)}: the articles loader's list of published articles cannot be read (${(error as Error).message})`,
      { cause: error },
    );
  }
  const names = authorNames(authors);
  const bodies = bodiesFolder(cacheDir);
  return Promise.all(
    entries.map(async (entry) => articleOf(entry, await loadBody(bodies, entry.fields.body, entry.filePath), names)),
  );
}
