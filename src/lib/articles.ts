// The published articles as pages see them: every article of the collection, as one record each, newest first.
import { fileURLToPath } from 'node:url';
import { getCollection } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import { articleOf, newestFirst, type Article, type ArticleEntry } from './article.ts';
import { bodiesFolder, readBody, type StoredFields } from '../build/article-bodies.ts';
import { getAuthors } from './authors.ts';

export type { Article } from './article.ts';

const bodies = bodiesFolder(fileURLToPath(cacheDir));

let cached: Promise<Article[]> | undefined;

/** Every published (non-draft) article, newest first. Computed once per build. */
export function getArticles(): Promise<Article[]> {
  cached ??= Promise.all([getCollection('articles', ({ data }) => !data.draft), getAuthors()]).then(
    ([entries, authors]) =>
      entries
        .map(({ id, filePath, data, rendered }) => {
          const fields = rendered?.metadata?.frontmatter as StoredFields | undefined;
          // The loader fails the build for an article that did not render, so this only guards the types.
          if (!fields || !filePath) throw new Error(`${filePath ?? id}: article was not rendered`);
          const entry: ArticleEntry = { id, filePath, data, fields };
          return articleOf(entry, readBody(bodies, fields.body, filePath), authors);
        })
        .sort(newestFirst),
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
