// Finishes the output after `astro build`: writes the articles' twins and quote pages and the search index (at the
// same time: one is file writes, the other mostly Pagefind's own process), then removes what earlier builds left that
// this one no longer makes. The output folder is not emptied before a build (astro.config.mjs), so unchanged pages stay.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTwins, twinsFile, updateArticleFiles, type ArticleFilesManifest } from './article-files.ts';
import { isArticlePage, updateSearchIndex, type SearchIndexManifest } from './search-index.ts';
import { foldersOf, isOwned, outputFolderIdentity, ownedFilesBefore, staleOutputFiles, type OutputManifest } from './stale-output.ts';

export default function siteOutput(): AstroIntegration {
  let buildStarted = 0;
  let cacheDir = '';
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
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
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
        const searchManifest = manifest<SearchIndexManifest>(join(cacheDir, 'dateline-search-index.json'));
        const [articleFiles, search] = await Promise.all([
          updateArticleFiles(dist, twins, await articleManifest.read(), new Set(files)),
          // Pagefind indexes the pages on disk: a deleted article's page goes first, or search would still find it.
          remove(dist, staleOutputFiles(files.filter(isArticlePage), expected)).then(async () => updateSearchIndex(dist, expected, await searchManifest.read())),
        ]);
        for (const file of articleFiles.files) expected.add(file);
        await articleManifest.write(articleFiles.manifest);
        await searchManifest.write(search.manifest);
        // Script and style bundles are written anew by every build: one older than this build is a leftover.
        for (const file of files) if (file.startsWith('_astro/') && (await stat(join(dist, file))).mtimeMs >= buildStarted) expected.add(file);
        // Listed before the twins and quote pages were written: a file this build wrote is never among them.
        const stale = staleOutputFiles(files, expected);
        await remove(dist, stale);
        await outputManifest.write({ folder: outputFolderIdentity(dist), files: [...expected].filter(isOwned) });
        logger.info(
          `${twins.length} twins and their quote pages, ${articleFiles.files.length} files (${articleFiles.written} written), search index of ${search.years.length} year(s) (${search.indexed.join(', ') || 'none'} indexed again, ${search.pages} pages), ${stale.length} stale files removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
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
