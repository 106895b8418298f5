// Files one raw article into the articles folder: read, convert, write, without ever overwriting another article.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dayPath } from '../paths.ts';
import { slugify } from '../slug.ts';
import { parseRawArticle, type ReplacedCharacter, type SourceEncoding } from './raw-article.ts';
import { articleToMarkdown } from './to-markdown.ts';

/** What happened to one source file; `destination` is where the article is (or would have been) filed. */
export type ImportOutcome =
  | { status: 'imported' | 'unchanged'; source: string; destination: string; replaced?: ReplacedCharacter[] }
  | { status: 'error'; source: string; reason: string };

/**
 * Imports one raw article file into `outDir/YYYY/MM/DD/<slug>.md`, the same shape as its URL.
 * Importing the same article again is a no-op; a different article with the same day and slug is refused.
 * Every failure is an outcome, never an exception, so one bad file does not stop the others.
 */
export async function importArticleFile(
  source: string,
  outDir: string,
  encoding: SourceEncoding = 'utf-8',
): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    return { status: 'error', source, reason: describeFailure(error) };
  }
  const article = parseRawArticle(bytes, encoding);
  if ('error' in article) return { status: 'error', source, reason: article.message };
  const replaced = article.replaced ? { replaced: article.replaced } : {};
  const { year, month, day } = article.date;
  const destination = join(outDir, dayPath(year, month, day), `${slugify(article.headline)}.md`);
  const markdown = articleToMarkdown(article);
  try {
    await mkdir(dirname(destination), { recursive: true });
    // 'wx' fails if the file exists, so no other import can slip in between a check and the write.
    await writeFile(destination, markdown, { flag: 'wx' });
    return { status: 'imported', source, destination, ...replaced };
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      return { status: 'error', source, reason: `cannot write ${destination}: ${describeFailure(error)}` };
    }
  }
  if (await holdsText(destination, markdown)) return { status: 'unchanged', source, destination, ...replaced };
  return {
    status: 'error',
    source,
    reason:
      `${destination} already holds a different article with the same day and slug; ` +
      'not overwritten (rename or remove one of them)',
  };
}

async function holdsText(path: string, text: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')) === text;
  } catch {
    return false;
  }
}

function describeFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
