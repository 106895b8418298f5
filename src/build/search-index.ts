// The search index: Pagefind, one bundle per year of articles (/pagefind/YYYY/); the search page merges the years in
// the browser (src/scripts/search.ts). Pagefind has no incremental mode, and indexing a large site takes long and much
// memory: a year is indexed again only when one of its articles was added, removed or changed, which after one edit is
// one year of the site. The documents are rendered from the articles (src/layouts/SearchDocument.astro), not read from
// the built pages, so that the index is written while Astro renders the pages.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Article } from '../lib/article.ts';
import { articlePath, searchBundlePath, searchIndexRoot } from '../lib/paths.ts';
import type { ComponentPages } from './component-pages.ts';
import { fingerprint } from './fingerprint.ts';
import { templateFingerprint } from './probes.ts';

/** The Pagefind that writes the bundles: a new version re-indexes every year. */
const pagefindVersion = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as {
    version: string;
  }
).version;

/** The year of an article's permalink, which names its bundle. */
const searchYear = (article: Article) => articlePath(article).slice(1, 5);

/** What the previous build indexed: per year, the signature of its articles. */
export interface SearchIndexManifest {
  pagefind: string;
  years: Record<string, string>;
}

/**
 * Per year (newest first), a signature of its articles and of the document template (its fingerprint): equal when no
 * article was added, removed or changed and the template is the same.
 */
export function yearSignatures(articles: readonly Article[], template: string): Map<string, string> {
  const byYear = new Map<string, string[]>();
  for (const article of articles) {
    const signed = `${articlePath(article)} ${article.fingerprint}`;
    const ofYear = byYear.get(searchYear(article));
    if (ofYear) ofYear.push(signed);
    else byYear.set(searchYear(article), [signed]);
  }
  return new Map(
    [...byYear]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([year, signed]) => [year, fingerprint([template, signed.sort()])]),
  );
}

/** The years whose bundle must be written again: a new signature, or a bundle gone from the output. */
export function yearsToIndex(
  signatures: ReadonlyMap<string, string>,
  previous: Readonly<Record<string, string>>,
  bundleExists: (year: string) => boolean,
): string[] {
  return [...signatures]
    .filter(([year, signature]) => previous[year] !== signature || !bundleExists(year))
    .map(([year]) => year);
}

/** Pagefind's ready-made search interfaces, written into every bundle: the search page has its own (src/scripts/search.ts). */
const unusedBundleFile = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** The output folder of a year's bundle. */
const bundleFolder = (dist: string, year: string) => join(dist, searchBundlePath(year));

/** Indexes one year's articles into its own bundle, replacing the one there. */
/** How many search documents are rendered and handed to Pagefind at once: enough to keep both busy. */
const documentsInFlight = 8;

async function indexYear(
  dist: string,
  year: string,
  articles: readonly Article[],
  render: ComponentPages,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  // A few documents on their way at once, not a whole year's: each one is held in memory until Pagefind has it.
  const failed: string[] = [];
  let next = 0;
  const addDocuments = async () => {
    for (let article = articles[next++]; article; article = articles[next++]) {
      const { errors } = await index.addHTMLFile({
        url: articlePath(article),
        content: await render.searchDocument(article),
      });
      failed.push(...errors);
    }
  };
  await Promise.all(Array.from({ length: documentsInFlight }, addDocuments));
  if (failed.length > 0) throw new Error(`search index of ${year}: ${failed.join('; ')}`);
  await rm(bundleFolder(dist, year), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleFolder(dist, year) });
  if (written.errors.length > 0) throw new Error(`search index of ${year}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * Brings the search bundles in the output up to date with the published articles, one year after another (Pagefind
 * then holds one year in memory, not the site). Returns the manifest to keep, the years
 * of the site (newest first) and those indexed by this build.
 */
export async function updateSearchIndex(
  dist: string,
  articles: readonly Article[],
  previous: SearchIndexManifest | null,
  render: ComponentPages,
): Promise<{ manifest: SearchIndexManifest; years: string[]; indexed: string[]; pages: number }> {
  const signatures = yearSignatures(articles, await templateFingerprint(render.searchDocument));
  // A new Pagefind writes every year again.
  const before = previous?.pagefind === pagefindVersion ? previous.years : {};
  const indexed = yearsToIndex(signatures, before, (year) =>
    existsSync(join(bundleFolder(dist, year), 'pagefind-entry.json')),
  );
  let indexedPages = 0;
  try {
    for (const year of indexed) {
      const ofYear = articles.filter((article) => searchYear(article) === year);
      await indexYear(dist, year, ofYear, render);
      indexedPages += ofYear.length;
    }
  } finally {
    await pagefind.close();
  }
  // Anything else under /pagefind/ is a year without articles now, or a bundle of an earlier layout.
  const root = join(dist, searchIndexRoot);
  const kept = new Set(signatures.keys());
  for (const entry of await readdir(root).catch(() => []))
    if (!kept.has(entry)) await rm(join(root, entry), { recursive: true, force: true });
  // 430 KB a year that no page loads (also in bundles an earlier build wrote, and this one kept).
  for (const year of kept) {
    const unused = (await readdir(bundleFolder(dist, year)).catch(() => [])).filter((name) =>
      unusedBundleFile.test(name),
    );
    await Promise.all(unused.map((name) => rm(join(bundleFolder(dist, year), name))));
  }
  return {
    manifest: { pagefind: pagefindVersion, years: Object.fromEntries(signatures) },
    years: [...signatures.keys()],
    indexed,
    pages: indexedPages,
  };
}
