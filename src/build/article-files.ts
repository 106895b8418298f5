// The files of each article that are written beside `astro build`: its JSON twin (/YYYY/MM/DD/<slug>.json) and the
// own page of each quote worth sharing (/YYYY/MM/DD/<slug>/quote-N/), with their one stylesheet. A file write each
// instead of an Astro route each (several per article). A rebuild writes again only the files of articles that changed
// (or of every article, when the templates did), as recorded in a manifest in the cache folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../lib/article.ts';
import { fileWriter } from './file-writer.ts';
import { fingerprint } from './fingerprint.ts';
import { templateFingerprint } from './probes.ts';
import { articleJsonPath, quotePagePath } from '../lib/paths.ts';
import { shareableQuotes } from '../lib/share/article-cards.ts';
import { quotePageStyle, quoteStylesheetPath } from '../lib/share/quote-stylesheet.ts';
import { twinText } from '../lib/twin.ts';
import type { ComponentPages } from './component-pages.ts';

/** How many articles' files are written at once. */
const concurrentArticles = 16;

/** What the previous build wrote: per article (by its twin's path), the fingerprint it was made from, and its files. */
export interface ArticleFilesManifest {
  articles: Record<string, { hash: string; files: string[] }>;
}

/** An article's files: output-relative path (the twin first) and text. */
async function articleFiles(article: Article, render: ComponentPages): Promise<[path: string, text: string][]> {
  const pages = await Promise.all(
    shareableQuotes(article).map(async (quote): Promise<[string, string]> => [
      `${quotePagePath(article, quote.id).slice(1)}index.html`,
      await render.quotePage(article, quote),
    ]),
  );
  return [[articleJsonPath(article).slice(1), twinText(article)], ...pages];
}

/**
 * Brings the twins and quote pages of a built site up to date: an article that is unchanged since the previous build
 * (and the templates too), and whose files are all still in the output (`present`, output-relative paths), is skipped.
 * Returns every file written or kept, how many were written, and the manifest to keep for the next build.
 */
export async function updateArticleFiles(
  dist: string,
  articles: readonly Article[],
  previous: ArticleFilesManifest | null,
  present: ReadonlySet<string>,
  render: ComponentPages,
): Promise<{ files: string[]; written: number; manifest: ArticleFilesManifest }> {
  const reusable = previous?.articles ?? {};
  const template = await templateFingerprint((article) => articleFiles(article, render));
  const entries: [string, ArticleFilesManifest['articles'][string]][] = [];
  let written = 0;
  const writer = fileWriter(dist);
  const update = async (i: number): Promise<void> => {
    const article = articles[i] as Article;
    const twin = articleJsonPath(article).slice(1);
    const hash = fingerprint([template, article.fingerprint]);
    const before = reusable[twin];
    if (before?.hash === hash && before.files.every((file) => present.has(file))) {
      entries[i] = [twin, before];
      return;
    }
    const files = await articleFiles(article, render);
    await writer.write(files);
    written += files.length;
    entries[i] = [twin, { hash, files: files.map(([path]) => path) }];
  };
  // Several articles at once: this thread renders the next articles' files while the writer writes the last ones'.
  let next = 0;
  const lines = Array.from({ length: concurrentArticles }, async () => {
    while (next < articles.length) await update(next++);
  });
  try {
    await Promise.all(lines);
  } finally {
    // The writer closes only when idle: after a failure, the other lines finish first.
    await Promise.allSettled(lines);
    await writer.close();
  }
  const manifest: ArticleFilesManifest = { articles: Object.fromEntries(entries) };
  // The quote pages' one stylesheet, a few hundred bytes: written by every build, it is never missing nor stale.
  const stylesheet = quoteStylesheetPath.slice(1);
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, stylesheet), quotePageStyle);
  return { files: [stylesheet, ...entries.flatMap(([, entry]) => entry.files)], written, manifest };
}
