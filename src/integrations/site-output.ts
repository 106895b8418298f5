// The output `astro build` does not render: the search index and the articles' twins and quote pages, written while
// Astro renders the pages, from the articles the loader stored (Pagefind works in a process of its own, and the file
// writes wait on the disk, beside page rendering that keeps one core busy). Once the pages are written, removes what
// earlier builds left that this one no longer makes. The output folder is not emptied before a build
// (astro.config.mjs), so unchanged pages stay.
import type { AstroIntegration } from 'astro';
import { mkdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateArticleFiles, type ArticleFilesManifest } from './article-files.ts';
import { updateSearchIndex, type SearchIndexManifest } from './search-index.ts';
import { authorsFolder } from '../lib/content/folders.ts';
import { readPublishedArticles } from '../lib/content/published-articles.ts';
import { readKeptJson, writeKeptFile } from '../lib/kept-files.ts';
import { foldersOf, isOwned, outputFolderIdentity, ownedFilesBefore, staleOutputFiles, type OutputManifest } from './stale-output.ts';

export default function siteOutput(): AstroIntegration {
  let buildStarted = 0;
  let cacheDir = '';
  let outDir = '';
  let authors = '';
  let besideBuild: ReturnType<typeof startBesideBuild> | undefined;
  return {
    name: 'dateline:site-output',
    hooks: {
      // The dev server renders what it is asked for: it gets the twins and quote pages as routes of their own.
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/[year]/[month]/[day]/[slug].json', entrypoint: './src/dev-routes/twin.json.ts', prerender: true });
        injectRoute({ pattern: '/[year]/[month]/[day]/[slug]/quote-[n]', entrypoint: './src/dev-routes/quote-page.ts', prerender: true });
        injectRoute({ pattern: '/quote-page.css', entrypoint: './src/dev-routes/quote-stylesheet.ts', prerender: true });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        authors = resolve(fileURLToPath(config.root), authorsFolder);
      },
      // The content layer has loaded every article by now: the search index, twins and quote pages need no page.
      'astro:build:start': ({ logger }) => {
        buildStarted = Date.now();
        besideBuild = startBesideBuild(outDir, cacheDir, authors, (message) => logger.warn(message));
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        if (!besideBuild) throw new Error('the search index, twins and quote pages were not started: astro:build:start did not run');
        const { files, outputManifest, articleFiles, search } = await besideBuild.finished();
        const expected = new Set<string>(articleFiles.files);
        for (const urls of assets.values()) for (const url of urls) expected.add(outputPath(dist, fileURLToPath(url)));
        // Script and style bundles are written anew by every build: one older than this build is a leftover.
        for (const file of files) if (file.startsWith('_astro/') && (await stat(join(dist, file))).mtimeMs >= buildStarted) expected.add(file);
        // Listed before this build wrote anything: a file it wrote is never among them.
        const stale = staleOutputFiles(files, expected);
        await remove(dist, stale);
        await outputManifest.write({ folder: outputFolderIdentity(dist), files: [...expected].filter(isOwned) });
        logger.info(
          `${articleFiles.twins} twins and their quote pages, ${articleFiles.files.length} files (${articleFiles.written} written), search index of ${search.years.length} year(s) (${search.indexed.join(', ') || 'none'} indexed again, ${search.pages} pages), ${stale.length} stale files removed, in ${((performance.now() - started) / 1000).toFixed(1)} s after the pages`,
        );
      },
    },
  };
}

/**
 * Starts, in the background, what the build writes beside Astro's pages: the search index, and the twins and quote
 * pages of every published article the loader stored, after listing what the output held before. Each keeps its
 * manifest once it has finished; `finished()` gives the results, or the first error.
 */
function startBesideBuild(dist: string, cacheDir: string, authors: string, notice: (message: string) => void) {
  const manifest = <T>(file: string) => keptManifest<T>(file, notice);
  const work = (async () => {
    const outputManifest = manifest<OutputManifest>(join(cacheDir, 'dateline-output.json'));
    // A first build into a new folder starts here, before Astro has made it.
    await mkdir(dist, { recursive: true });
    const files = ownedFilesBefore(dist, await outputManifest.read());
    // Until this build has finished the output, there is no record of it: a failed build makes the next one look.
    await outputManifest.remove();
    const articles = await readPublishedArticles(cacheDir, authors);
    const searchManifest = manifest<SearchIndexManifest>(join(cacheDir, 'dateline-search-index.json'));
    const articleManifest = manifest<ArticleFilesManifest>(join(cacheDir, 'dateline-article-files.json'));
    const [search, articleFiles] = await Promise.all([
      (async () => {
        const result = await updateSearchIndex(dist, articles, await searchManifest.read());
        await searchManifest.write(result.manifest);
        return result;
      })(),
      (async () => {
        const result = await updateArticleFiles(dist, articles, await articleManifest.read(), new Set(files));
        await articleManifest.write(result.manifest);
        return { ...result, twins: articles.length };
      })(),
    ]);
    return { files, outputManifest, search, articleFiles };
  })();
  // Until the build awaits it, a failure must not end the process as an unhandled rejection.
  const settled = work.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  return {
    finished: async () => {
      const outcome = await settled;
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    },
  };
}

/** Removes files of the output, then the folders that this emptied (one still holding anything refuses, and stays). */
async function remove(dist: string, files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => rm(join(dist, file), { force: true })));
  for (const folder of foldersOf(files)) await rmdir(join(dist, folder)).catch(() => undefined);
}

/** A manifest kept in the cache folder from one build for the next (none yet, or damaged: that part starts afresh). */
function keptManifest<T>(file: string, notice: (message: string) => void) {
  return {
    read: () => readKeptJson<T>(file, notice),
    write: (value: T) => writeKeptFile(file, JSON.stringify(value)),
    remove: () => rm(file, { force: true }),
  };
}

/** A file's path in the output, with `/` on every system. */
function outputPath(dist: string, file: string): string {
  return relative(dist, file).split('\\').join('/');
}
