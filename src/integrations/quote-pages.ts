// Every direct quote's own page (/YYYY/MM/DD/<slug>/quote-N/), written once `astro build` is done, from the articles'
// JSON twins: a plain template and a file write each, instead of a full Astro render each (several per article).
// A rebuild rewrites only the pages of articles whose twin changed, as recorded in a manifest in the cache folder.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { quotePagePath } from '../lib/paths.ts';
import { shareableQuotes } from '../lib/share/article-cards.ts';
import { quotePageHtml } from '../lib/share/quote-page.ts';
import { twinPermalink, type ArticleTwin } from '../lib/twin.ts';

/** An article's twin in the output: `YYYY/MM/DD/<slug>.json`. */
const twinFile = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\.json$/;

/** How many articles' quote pages are written at once. */
const concurrentArticles = 16;

/** What the previous build wrote: the template's fingerprint, and per twin the hash of its text and its pages. */
export interface QuotePagesManifest {
  template: string;
  twins: Record<string, { hash: string; pages: string[] }>;
}

/** The article twins among a built site's files (output-relative paths with `/`). */
export function findTwins(files: readonly string[]): string[] {
  return files.filter((file) => twinFile.test(file)).sort();
}

/** Writes the quote pages of one article's twin (given as its text) and returns their output-relative paths. */
async function writeQuotePages(dist: string, twinPath: string, twinText: string): Promise<string[]> {
  let twin: ArticleTwin;
  try {
    twin = JSON.parse(twinText) as ArticleTwin;
  } catch (error) {
    throw new Error(`${twinPath}: cannot read this article's JSON twin to write its quote pages: ${(error as Error).message}`);
  }
  const permalink = twinPermalink(twin);
  return Promise.all(
    shareableQuotes(twin).map(async (quote) => {
      const page = `${quotePagePath(permalink, quote.id).slice(1)}index.html`;
      await mkdir(dirname(join(dist, page)), { recursive: true });
      await writeFile(join(dist, page), quotePageHtml(twin, quote));
      return page;
    }),
  );
}

// Two articles that between them take every branch of the template: a named speaker and none, left-to-right and
// right-to-left, a dateline and none. Their pages' hash changes whenever the template, the site settings or the
// share-image switch would change a quote page.
const probes: ArticleTwin[] = [
  {
    headline: 'Probe & <headline>',
    date: '2021-04-07',
    updated: null,
    lang: 'en',
    dateline: { place: 'Islamabad', agency: 'Reuters', dateText: null, text: 'Islamabad, April 7, 2021 (Reuters)' },
    url: 'https://probe.invalid/2021/04/07/probe/',
    quotes: [{ id: 'quote-1', type: 'direct', text: 'We “welcome” it,', speaker: 'A. Speaker', cue: 'said', url: 'https://probe.invalid/2021/04/07/probe/#quote-1' }],
  },
  {
    headline: 'مذاکرات',
    date: '2021-04-07',
    updated: null,
    lang: 'ur',
    dateline: null,
    url: 'https://probe.invalid/2021/04/07/probe-ur/',
    quotes: [{ id: 'quote-1', type: 'direct', text: 'خوش آمدید', speaker: null, cue: null, url: 'https://probe.invalid/2021/04/07/probe-ur/#quote-1' }],
  },
];

/** A fingerprint of the quote-page template as it renders in this build. */
function templateFingerprint(): string {
  const hash = createHash('sha1');
  for (const twin of probes) for (const quote of twin.quotes) hash.update(quotePageHtml(twin, quote));
  return hash.digest('base64url');
}

/**
 * Brings the quote pages of a built site up to date with its twins (see `findTwins`): an article whose twin text is unchanged since the
 * previous build (and whose pages are all still there) is skipped. Returns every quote page of the site and the
 * manifest to keep for the next build.
 */
export async function updateQuotePages(dist: string, twins: readonly string[], previous: QuotePagesManifest | null): Promise<{ pages: string[]; written: number; manifest: QuotePagesManifest }> {
  const template = templateFingerprint();
  const reusable = previous?.template === template ? previous.twins : {};
  const entries: QuotePagesManifest['twins'][string][] = [];
  let written = 0;
  const update = async (i: number): Promise<void> => {
    const twinPath = twins[i] as string;
    const text = await readFile(join(dist, twinPath), 'utf8');
    const hash = createHash('sha1').update(text).digest('base64url');
    const before = reusable[twinPath];
    let entry = before?.hash === hash && before.pages.every((page) => existsSync(join(dist, page))) ? before : undefined;
    if (!entry) {
      entry = { hash, pages: await writeQuotePages(dist, twinPath, text) };
      written += entry.pages.length;
    }
    entries[i] = entry;
  };
  // Several articles at once: each page is a few small file-system calls, and one at a time leaves the disk idle
  // between them (8,225 pages took 10.7 s written one by one, 3.2 s sixteen articles at a time).
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrentArticles }, async () => {
      while (next < twins.length) await update(next++);
    }),
  );
  const manifest: QuotePagesManifest = { template, twins: Object.fromEntries(entries.map((entry, i) => [twins[i], entry])) };
  const pages = entries.flatMap((entry) => entry.pages);
  return { pages, written, manifest };
}
