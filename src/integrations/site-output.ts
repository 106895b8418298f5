// Adapter: the build's own output beside Astro's pages (src/build/) started with the build and finished after it;
// `npm run dev`, which writes no files, serves the twins and quote pages from routes instead.
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSiteOutput } from '../build/index.ts';
import { authorsFolder } from '../lib/content/folders.ts';

export default function siteOutput(): AstroIntegration {
  let options: Omit<Parameters<typeof startSiteOutput>[0], 'notice'> | undefined;
  let output: ReturnType<typeof startSiteOutput> | undefined;
  return {
    name: 'dateline:site-output',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/[year]/[month]/[day]/[slug].json',
          entrypoint: './src/dev-routes/twin.json.ts',
          prerender: true,
        });
        injectRoute({
          pattern: '/[year]/[month]/[day]/[slug]/quote-[n]',
          entrypoint: './src/dev-routes/quote-page.ts',
          prerender: true,
        });
        injectRoute({
          pattern: '/quote-page.css',
          entrypoint: './src/dev-routes/quote-stylesheet.ts',
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        options = {
          root: fileURLToPath(config.root),
          dist: fileURLToPath(config.outDir),
          cacheDir: fileURLToPath(config.cacheDir),
          authors: resolve(fileURLToPath(config.root), authorsFolder),
        };
      },
      // The content layer has loaded every article by now, and these outputs need no page.
      'astro:build:start': ({ logger }) => {
        if (options) output = startSiteOutput({ ...options, notice: (message) => logger.warn(message) });
      },
      'astro:build:done': async ({ assets, logger }) => {
        if (!output)
          throw new Error('the twins, quote pages and search index were not started: astro:build:start did not run');
        const written = [...assets.values()].flatMap((urls) => urls.map((url) => fileURLToPath(url)));
        logger.info(await output.finish(written));
      },
    },
  };
}
