// An article's rendered body (its sanitised HTML and its quotes) is kept in a file of its own in the cache folder,
// named by a hash of its content, and only that name goes into Astro's data store. Astro bundles the whole store into
// the build as one JavaScript module: with every body in it, bundling a large site's store would be the build's peak of
// memory and a fixed cost of every rebuild.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { LoaderContext } from 'astro/loaders';
import type { ExtractedFields, StoredQuote } from '../lib/remark/frontmatter.ts';
import type { RenderedArticle } from './parallel-render.ts';
import { cacheFolder } from './cache-folder.ts';

/** What of a rendered article lives outside the data store. */
export interface ArticleBody {
  /** Sanitised body HTML. */
  html: string;
  quotes: StoredQuote[];
}

/** The folder of the bodies, inside Astro's cache folder. */
export function bodiesFolder(cacheDir: string): string {
  return cacheFolder(cacheDir).bodies;
}

const fileOf = (folder: string, key: string) => join(folder, `${key}.json`);

/** Keeps a body and returns its key. A body already kept is not written again. */
export function storeBody(folder: string, body: ArticleBody): string {
  const text = JSON.stringify(body);
  const key = createHash('sha1').update(text).digest('base64url');
  const file = fileOf(folder, key);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    // Written under a name of its own, then renamed: a reader never sees half a body, and two threads writing the
    // same body cannot interleave.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return key;
}

function hasBody(folder: string, key: string): boolean {
  return existsSync(fileOf(folder, key));
}

/** The body kept under `key`; `source` names the article in the error when it cannot be read. */
export function readBody(folder: string, key: string, source: string): ArticleBody {
  const file = fileOf(folder, key);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ArticleBody;
  } catch (error) {
    throw unreadableBody(source, file, error);
  }
}

/** readBody without holding up the thread while the file is read: for work done while Astro renders the pages. */
export async function loadBody(folder: string, key: string, source: string): Promise<ArticleBody> {
  const file = fileOf(folder, key);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ArticleBody;
  } catch (error) {
    throw unreadableBody(source, file, error);
  }
}

function unreadableBody(source: string, file: string, error: unknown): Error {
  return new Error(
    `${source}: its rendered body ${file} cannot be read (${(error as Error).message}). Delete the cache folder and build again.`,
    { cause: error },
  );
}

/** Removes every kept body whose key is not in `keep`; returns how many. */
export function pruneBodies(folder: string, keep: ReadonlySet<string>): number {
  if (!existsSync(folder)) return 0;
  let removed = 0;
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.json') && keep.has(name.slice(0, -'.json'.length))) continue;
    rmSync(join(folder, name), { force: true });
    removed += 1;
  }
  return removed;
}

/** The fields the remark plugins extract, as the data store keeps them: the quotes replaced by the body's key. */
export type StoredFields = Omit<ExtractedFields, 'quotes'> & { body: string };

/** The key of a stored entry's body ('' for an entry not rendered). */
function bodyKey(entry: { rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } }): string {
  return (entry.rendered?.metadata?.frontmatter as Partial<StoredFields> | undefined)?.body ?? '';
}

/**
 * Before a load: takes out of Astro's data store each entry kept from the last build whose body file is gone (the cache
 * folder half deleted), so that the load renders it again.
 */
export function forgetEntriesWithoutBodies(store: LoaderContext['store'], cacheDir: string): void {
  const folder = bodiesFolder(cacheDir);
  for (const entry of store.values()) if (!hasBody(folder, bodyKey(entry))) store.delete(entry.id);
}

/** After a load: removes the kept bodies that no entry of the store names any more. */
export function pruneUnstoredBodies(store: LoaderContext['store'], cacheDir: string): void {
  pruneBodies(bodiesFolder(cacheDir), new Set([...store.values()].map(bodyKey)));
}

/** A rendered article as Astro should store it: its HTML and quotes kept in the bodies folder, their key in their place. */
export function withBodyKept(rendered: RenderedArticle, folder: string): RenderedArticle {
  const { quotes, ...fields } = rendered.metadata['frontmatter'] as ExtractedFields & Record<string, unknown>;
  const body = storeBody(folder, { html: rendered.html, quotes });
  return { html: '', metadata: { ...rendered.metadata, frontmatter: { ...fields, body } } };
}
