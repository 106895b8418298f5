// The search index: Pagefind, one bundle per year of articles (/pagefind/YYYY/), written after `astro build` from the
// article pages; the search page merges the years in the browser (src/scripts/search.ts). Pagefind has no incremental
// mode: one index of 10,000 articles took 20-27 s and 1.9 GiB on every build. A year is re-indexed only when one of its
// article pages was added, removed or rewritten, which after one edit is one year of the site.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchBundlePath, searchIndexRoot } from '../lib/paths.ts';

/** An article page in the output, `YYYY/MM/DD/<slug>/index.html`: the only pages indexed (they carry data-pagefind-body). */
const articlePage = /^(\d{4})\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** Whether an output file (output-relative, with `/`) is an article page. */
export const isArticlePage = (file: string) => articlePage.test(file);

/** The Pagefind that writes the bundles: a new version re-indexes every year. */
const pagefindVersion = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as { version: string }).version;

/** What the previous build indexed: per year, the signature of its article pages. */
export interface SearchIndexManifest {
  pagefind: string;
  years: Record<string, string>;
}

/** An article page as the index sees it: its path in the output and what changes when it is rewritten. */
export interface IndexedPage {
  path: string;
  mtimeMs: number;
  size: number;
}

/** Per year, a signature of its article pages (paths, sizes and modification times): equal when none was touched. */
export function yearSignatures(pages: readonly IndexedPage[]): Map<string, string> {
  const byYear = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    const year = articlePage.exec(page.path)?.[1];
    if (year) byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const signatures = new Map<string, string>();
  for (const [year, list] of [...byYear].sort(([a], [b]) => b.localeCompare(a))) {
    const hash = createHash('sha1');
    for (const { path, mtimeMs, size } of list.sort((a, b) => a.path.localeCompare(b.path))) hash.update(`${path}\0${mtimeMs}\0${size}\n`);
    signatures.set(year, hash.digest('base64url'));
  }
  return signatures;
}

/** The years whose bundle must be written again: a new signature, or a bundle gone from the output. */
export function yearsToIndex(signatures: ReadonlyMap<string, string>, previous: Readonly<Record<string, string>>, bundleExists: (year: string) => boolean): string[] {
  return [...signatures].filter(([year, signature]) => previous[year] !== signature || !bundleExists(year)).map(([year]) => year);
}

/** Pagefind's ready-made search interfaces, written into every bundle: the search page has its own (src/scripts/search.ts). */
const unusedBundleFile = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** The output folder of a year's bundle. */
const bundleFolder = (dist: string, year: string) => join(dist, searchBundlePath(year));

/** Indexes one year's article pages into its own bundle, replacing the one there. */
async function indexYear(dist: string, year: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist, glob: `${year}/*/*/*/index.html` });
  if (added.errors.length > 0) throw new Error(`search index of ${year}: ${added.errors.join('; ')}`);
  await rm(bundleFolder(dist, year), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleFolder(dist, year) });
  if (written.errors.length > 0) throw new Error(`search index of ${year}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/**
 * Brings the search bundles up to date with the article pages among the output's files (output-relative paths), one
 * year after another (Pagefind then holds one year in memory, not the site). Pagefind reads a year's folder as it is
 * on disk: article pages the build no longer makes must be gone from it already. Returns the manifest to keep, the
 * years of the site (newest first) and those indexed by this build.
 */
export async function updateSearchIndex(dist: string, outputFiles: Iterable<string>, previous: SearchIndexManifest | null): Promise<{ manifest: SearchIndexManifest; years: string[]; indexed: string[]; pages: number }> {
  const paths = [...outputFiles].filter((file) => articlePage.test(file));
  const pages = await Promise.all(
    paths.map(async (path) => {
      const { mtimeMs, size } = await stat(join(dist, path));
      return { path, mtimeMs, size };
    }),
  );
  const signatures = yearSignatures(pages);
  // A new Pagefind writes every year again.
  const before = previous?.pagefind === pagefindVersion ? previous.years : {};
  const indexed = yearsToIndex(signatures, before, (year) => existsSync(join(bundleFolder(dist, year), 'pagefind-entry.json')));
  let indexedPages = 0;
  try {
    for (const year of indexed) indexedPages += await indexYear(dist, year);
  } finally {
    await pagefind.close();
  }
  // Anything else under /pagefind/ is a year without articles now, or a bundle of an earlier layout.
  const root = join(dist, searchIndexRoot);
  const kept = new Set(signatures.keys());
  for (const entry of await readdir(root).catch(() => [])) if (!kept.has(entry)) await rm(join(root, entry), { recursive: true, force: true });
  // 430 KB a year that no page loads (also in bundles an earlier build wrote, and this one kept).
  for (const year of kept) {
    const unused = (await readdir(bundleFolder(dist, year)).catch(() => [])).filter((name) => unusedBundleFile.test(name));
    await Promise.all(unused.map((name) => rm(join(bundleFolder(dist, year), name))));
  }
  return {
    manifest: { pagefind: pagefindVersion, years: Object.fromEntries(signatures) },
    years: [...signatures.keys()],
    indexed,
    pages: indexedPages,
  };
}
