// Finishes the output after `astro build`: writes the quote pages, then removes what earlier builds left that this
// one no longer makes. The output folder is not emptied before a build (astro.config.mjs), so unchanged pages stay.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTwins, updateQuotePages, type QuotePagesManifest } from './quote-pages.ts';
import { foldersOf, ownedOutputFiles, staleOutputFiles } from './stale-output.ts';

export default function siteOutput(): AstroIntegration {
  let buildStarted = 0;
  let manifestFile = '';
  return {
    name: 'dateline:site-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        manifestFile = join(fileURLToPath(config.cacheDir), 'dateline-quote-pages.json');
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const expected = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) expected.add(outputPath(dist, fileURLToPath(url)));
        const previous = await readFile(manifestFile, 'utf8').then((text) => JSON.parse(text) as QuotePagesManifest, () => null);
        // From the twins this build made (a deleted article's twin is still on disk until it is removed below as stale).
        const quotePages = await updateQuotePages(dist, findTwins([...expected]), previous);
        for (const page of quotePages.pages) expected.add(page);
        await mkdir(dirname(manifestFile), { recursive: true });
        await writeFile(manifestFile, JSON.stringify(quotePages.manifest));
        const files = ownedOutputFiles(dist);
        // Script and style bundles are written anew by every build: one older than this build is a leftover.
        for (const file of files) if (file.startsWith('_astro/') && (await stat(join(dist, file))).mtimeMs >= buildStarted) expected.add(file);
        const stale = staleOutputFiles(files, expected);
        await Promise.all(stale.map((file) => rm(join(dist, file))));
        // A folder the removal emptied goes too (one still holding anything refuses, and stays).
        for (const folder of foldersOf(stale)) await rmdir(join(dist, folder)).catch(() => undefined);
        logger.info(`${quotePages.pages.length} quote pages (${quotePages.written} written), ${stale.length} stale files removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/** A file's path in the output, with `/` on every system. */
function outputPath(dist: string, file: string): string {
  return relative(dist, file).split('\\').join('/');
}
