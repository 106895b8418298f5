// Finishes the output of `astro build`: writes the search index while Astro renders the pages (Pagefind works in a
// process of its own, on the core that Astro's page rendering leaves idle), then the articles' twins and quote pages,
// then removes what earlier builds left that this one no longer makes. The output folder is not emptied before a
// build (astro.config.mjs), so unchanged pages stay.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTwins, twinsFile, updateArticleFiles, type ArticleFilesManifest } from './article-files.ts';
import { updateSearchIndex, type SearchIndexManifest } from './search-index.ts';
import { bodiesFolder } from '../lib/content/article-bodies.ts';
import { searchArticlesFile, type SearchArticle } from '../lib/search/search-documents.ts';
import { foldersOf, isOwned, outputFolderIdentity, ownedFilesBefore, staleOutputFiles, type OutputManifest } from './stale-output.ts';

export default function siteOutput(): AstroIntegration {
  let buildStarted = 0;
  let cacheDir = '';
  let outDir = '';
  let search: ReturnType<typeof startSearchIndex> | undefined;
  return {
    name: 'dateline:site-output',
    hooks: {
      // The dev server renders what it is asked for: it gets the twins and quote pages as routes of their own.
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/[year]/[month]/[day]/[slug].json', entrypoint: './src/dev-routes/twin.json.ts', prerender: true });
        injectRoute({ pattern: '/[year]/[month]/[day]/[slug]/quote-[n]', entrypoint: './src/dev-routes/quote-page.ts', prerender: true });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      // The content layer has loaded every article by now: the search index needs nothing of the pages.
      'astro:build:start': () => {
        buildStarted = Date.now();
        search = startSearchIndex(outDir, cacheDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const expected = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) expected.add(outputPath(dist, fileURLToPath(url)));
        const outputManifest = manifest<OutputManifest>(join(cacheDir, 'dateline-output.json'));
        const files = ownedFilesBefore(dist, await outputManifest.read());
        // Until this build has finished the output, there is no record of it: a failed build makes the next one look.
        await outputManifest.remove();
        const twins = parseTwins(await readFile(join(dist, twinsFile), 'utf8'));
        await rm(join(dist, twinsFile));
        const articleManifest = manifest<ArticleFilesManifest>(join(cacheDir, 'dateline-article-files.json'));
        const articleFiles = await updateArticleFiles(dist, twins, await articleManifest.read(), new Set(files));
        for (const file of articleFiles.files) expected.add(file);
        await articleManifest.write(articleFiles.manifest);
        if (!search) throw new Error('the search index was not started: astro:build:start did not run');
        const indexed = await search.finished();
        // Script and style bundles are written anew by every build: one older than this build is a leftover.
        for (const file of files) if (file.startsWith('_astro/') && (await stat(join(dist, file))).mtimeMs >= buildStarted) expected.add(file);
        // Listed before the twins and quote pages were written: a file this build wrote is never among them.
        const stale = staleOutputFiles(files, expected);
        await remove(dist, stale);
        await outputManifest.write({ folder: outputFolderIdentity(dist), files: [...expected].filter(isOwned) });
        logger.info(
          `${twins.length} twins and their quote pages, ${articleFiles.files.length} files (${articleFiles.written} written), search index of ${indexed.years.length} year(s) (${indexed.indexed.join(', ') || 'none'} indexed again, ${indexed.pages} pages), ${stale.length} stale files removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

/**
 * Starts writing the search index of the articles the loader left in the cache folder, in the background. The
 * manifest of what it indexed is kept once it has finished; `finished()` gives its result, or its error.
 */
function startSearchIndex(dist: string, cacheDir: string) {
  const searchManifest = manifest<SearchIndexManifest>(join(cacheDir, 'dateline-search-index.json'));
  const work = (async () => {
    const articles = JSON.parse(await readFile(join(cacheDir, searchArticlesFile), 'utf8')) as SearchArticle[];
    const result = await updateSearchIndex(dist, articles, bodiesFolder(cacheDir), await searchManifest.read());
    await searchManifest.write(result.manifest);
    return result;
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

/** A manifest kept in the cache folder from one build for the next (none yet, or unreadable: the build starts afresh). */
function manifest<T>(file: string) {
  return {
    read: () => readFile(file, 'utf8').then((text) => JSON.parse(text) as T, () => null),
    write: async (value: T) => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(value));
    },
    remove: () => rm(file, { force: true }),
  };
}

/** A file's path in the output, with `/` on every system. */
function outputPath(dist: string, file: string): string {
  return relative(dist, file).split('\\').join('/');
}
