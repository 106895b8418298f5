// What `astro build` does not render, written beside it: the articles' twins and quote pages, and the search index,
// made from the articles the content loader stored, while Astro renders the pages (Pagefind works in a process of its
// own, and file writes wait on the disk, beside page rendering that keeps a core busy); then, once the pages are
// written, what earlier builds left that this one no longer makes is removed. The output folder is kept between
// builds (astro.config.mjs), so that unchanged pages stay where they are.
import { mkdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cacheFolder } from './cache-folder.ts';
import { updateArticleFiles, type ArticleFilesManifest } from './article-files.ts';
import { loadComponentPages } from './component-loader.ts';
import { readKeptJson, writeKeptFile } from './kept-files.ts';
import { readPublishedArticles } from './published-articles.ts';
import { updateSearchIndex, type SearchIndexManifest } from './search-index.ts';
import {
  foldersOf,
  isOwned,
  outputFolderIdentity,
  ownedFilesBefore,
  staleOutputFiles,
  type OutputManifest,
} from './stale-output.ts';

/** What one build leaves the next in the cache folder: what it wrote, and what each part of it was made from. */
interface BuildManifest {
  output: OutputManifest;
  articleFiles: ArticleFilesManifest;
  search: SearchIndexManifest;
}

export interface SiteOutputOptions {
  /** The project's folder, whose components render the quote pages and search documents. */
  root: string;
  /** The output folder. */
  dist: string;
  /** Astro's cache folder, where the loader left the published articles and this keeps its manifest. */
  cacheDir: string;
  /** The authors' folder, for the names in bylines. */
  authors: string;
  /** Where a one-line notice goes (a damaged manifest discarded). */
  notice: (message: string) => void;
}

/** A file's path in the output, with `/` on every system. */
const outputPath = (dist: string, file: string) => relative(dist, file).split('\\').join('/');

/**
 * Starts writing the twins, quote pages and search index in the background. `finish` takes every file Astro wrote
 * (absolute paths), waits for that work, removes the stale files, keeps the manifest, and says what was done.
 */
export function startSiteOutput({ root, dist, cacheDir, authors, notice }: SiteOutputOptions): {
  finish(written: Iterable<string>): Promise<string>;
} {
  const started = Date.now();
  const manifestFile = cacheFolder(cacheDir).manifest;
  const work = (async () => {
    const previous = await readKeptJson<BuildManifest>(manifestFile, notice);
    // Until this build has finished the output there is no record of it: a build that fails makes the next one look.
    await rm(manifestFile, { force: true });
    // A first build into a new folder starts here, before Astro has made it.
    await mkdir(dist, { recursive: true });
    const before = ownedFilesBefore(dist, previous?.output ?? null);
    const [articles, render] = await Promise.all([
      readPublishedArticles(cacheDir, authors),
      loadComponentPages(root, cacheDir),
    ]);
    try {
      const [search, articleFiles] = await Promise.all([
        updateSearchIndex(dist, articles, previous?.search ?? null, render),
        updateArticleFiles(dist, articles, previous?.articleFiles ?? null, new Set(before), render),
      ]);
      return { before, search, articleFiles, twins: articles.length };
    } finally {
      await render.close();
    }
  })();
  // Until the build awaits it, a failure must not end the process as an unhandled rejection.
  const settled = work.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  return {
    async finish(written) {
      const finishing = performance.now();
      const outcome = await settled;
      if ('error' in outcome) throw outcome.error;
      const { before, search, articleFiles, twins } = outcome.result;
      const expected = new Set<string>(articleFiles.files);
      for (const file of written) expected.add(outputPath(dist, file));
      // Script and style bundles are written anew by every build: one older than this build is a leftover.
      // A photograph's original that Astro deleted meanwhile (a page uses only its variants) is gone already.
      for (const file of before)
        if (
          file.startsWith('_astro/') &&
          ((await stat(join(dist, file)).catch(() => undefined))?.mtimeMs ?? 0) >= started
        )
          expected.add(file);
      // Listed before this build wrote anything: a file it wrote is never among them.
      const stale = staleOutputFiles(before, expected);
      await Promise.all(stale.map((file) => rm(join(dist, file), { force: true })));
      // A folder still holding anything refuses, and stays.
      for (const folder of foldersOf(stale)) await rmdir(join(dist, folder)).catch(() => undefined);
      const manifest: BuildManifest = {
        output: { folder: outputFolderIdentity(dist), files: [...expected].filter(isOwned) },
        articleFiles: articleFiles.manifest,
        search: search.manifest,
      };
      await writeKeptFile(manifestFile, JSON.stringify(manifest));
      const seconds = ((performance.now() - finishing) / 1000).toFixed(1);
      return `${twins} twins and their quote pages, ${articleFiles.files.length} files (${articleFiles.written} written), search index of ${search.years.length} year(s) (${search.indexed.join(', ') || 'none'} indexed again, ${search.pages} pages), ${stale.length} stale files removed, in ${seconds} s after the pages`;
    },
  };
}
