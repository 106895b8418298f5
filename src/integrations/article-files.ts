// The files of each article that are written beside `astro build`, from its JSON twin: the twin itself
// (/YYYY/MM/DD/<slug>.json) and the own page of each quote worth sharing (/YYYY/MM/DD/<slug>/quote-N/), with their
// one stylesheet. A plain template and a file
// write each, instead of an Astro route each (several per article), made from the articles the loader stored. A
// rebuild writes again only the files of articles whose twin changed, as recorded in a manifest in the cache folder.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadBody } from '../lib/content/article-bodies.ts';
import { publishedPermalink, type PublishedArticle } from '../lib/content/published-articles.ts';
import { articleJsonPath, quotePagePath } from '../lib/paths.ts';
import { shareableQuotes } from '../lib/share/article-cards.ts';
import { quotePageHtml, quotePageStyle, quoteStylesheetPath } from '../lib/share/quote-page.ts';
import { twinPermalink, twinSource, twinText, type ArticleTwin } from '../lib/twin.ts';

/** The twins of the published articles, each with its quotes read from the bodies folder (`bodies`). */
export async function publishedTwins(published: readonly PublishedArticle[], bodies: string): Promise<TwinText[]> {
  return Promise.all(
    published.map(async (article) => ({
      path: articleJsonPath(publishedPermalink(article)).slice(1),
      text: twinText(twinSource(article, await loadBody(bodies, article.fields.body, article.filePath))),
    })),
  );
}

/** How many articles' files are written at once. */
const concurrentArticles = 16;

/** An article's twin: its output path (`YYYY/MM/DD/<slug>.json`) and its text. */
export interface TwinText {
  path: string;
  text: string;
}

/** What the previous build wrote: the template's fingerprint, and per twin the hash of its text and its files. */
export interface ArticleFilesManifest {
  template: string;
  twins: Record<string, { hash: string; files: string[] }>;
}

/** Writes one article's twin and its quote pages, and returns their output-relative paths (the twin first). */
async function writeArticleFiles(dist: string, { path, text }: TwinText): Promise<string[]> {
  let twin: ArticleTwin;
  try {
    twin = JSON.parse(text) as ArticleTwin;
  } catch (error) {
    throw new Error(`${path}: cannot read this article's JSON twin to write its quote pages: ${(error as Error).message}`, { cause: error });
  }
  const permalink = twinPermalink(twin);
  await mkdir(dirname(join(dist, path)), { recursive: true });
  await writeFile(join(dist, path), text);
  const pages = await Promise.all(
    shareableQuotes(twin).map(async (quote) => {
      const page = `${quotePagePath(permalink, quote.id).slice(1)}index.html`;
      await mkdir(dirname(join(dist, page)), { recursive: true });
      await writeFile(join(dist, page), quotePageHtml(twin, quote));
      return page;
    }),
  );
  return [path, ...pages];
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
    section: { slug: 'world', name: 'World' },
    dateline: { place: 'Islamabad', agency: 'Reuters', dateText: null, text: 'Islamabad, April 7, 2021 (Reuters)' },
    url: 'https://probe.invalid/2021/04/07/probe/',
    quotes: [{ id: 'quote-1', type: 'direct', text: 'We “welcome” it,', speaker: 'A. Speaker', speakerMention: 'A. Speaker', speakerType: 'person', cue: 'said', url: 'https://probe.invalid/2021/04/07/probe/#quote-1' }],
  },
  {
    headline: 'مذاکرات',
    date: '2021-04-07',
    updated: null,
    lang: 'ur',
    section: { slug: 'news', name: 'News' },
    dateline: null,
    url: 'https://probe.invalid/2021/04/07/probe-ur/',
    quotes: [{ id: 'quote-1', type: 'direct', text: 'خوش آمدید', speaker: null, speakerMention: null, speakerType: null, cue: null, url: 'https://probe.invalid/2021/04/07/probe-ur/#quote-1' }],
  },
];

/** A fingerprint of the quote-page template as it renders in this build. */
function templateFingerprint(): string {
  const hash = createHash('sha1');
  for (const twin of probes) for (const quote of twin.quotes) hash.update(quotePageHtml(twin, quote));
  return hash.digest('base64url');
}

/**
 * Brings the twins and quote pages of a built site up to date: an article whose twin text is unchanged since the
 * previous build, and whose files are all still in the output (`present`, output-relative paths), is skipped.
 * Returns every file written or kept, how many were written, and the manifest to keep for the next build.
 */
export async function updateArticleFiles(dist: string, twins: readonly TwinText[], previous: ArticleFilesManifest | null, present: ReadonlySet<string>): Promise<{ files: string[]; written: number; manifest: ArticleFilesManifest }> {
  const template = templateFingerprint();
  const reusable = previous?.template === template ? previous.twins : {};
  const entries: ArticleFilesManifest['twins'][string][] = [];
  let written = 0;
  const update = async (i: number): Promise<void> => {
    const twin = twins[i] as TwinText;
    const hash = createHash('sha1').update(twin.text).digest('base64url');
    const before = reusable[twin.path];
    let entry = before?.hash === hash && before.files.every((file) => present.has(file)) ? before : undefined;
    if (!entry) {
      entry = { hash, files: await writeArticleFiles(dist, twin) };
      written += entry.files.length;
    }
    entries[i] = entry;
  };
  // Several articles at once: each file is a few small file-system calls, and one at a time leaves the disk idle
  // between them (8,225 quote pages took 10.7 s written one by one, 3.2 s sixteen articles at a time).
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrentArticles }, async () => {
      while (next < twins.length) await update(next++);
    }),
  );
  const manifest: ArticleFilesManifest = { template, twins: Object.fromEntries(entries.map((entry, i) => [twins[i]?.path, entry])) };
  // The quote pages' one stylesheet, a few hundred bytes: written by every build, it is never missing nor stale.
  const stylesheet = quoteStylesheetPath.slice(1);
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, stylesheet), quotePageStyle);
  return { files: [stylesheet, ...entries.flatMap((entry) => entry.files)], written, manifest };
}
