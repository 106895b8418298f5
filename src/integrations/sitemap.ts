// Writes the sitemap after `astro build`, from every page it built (rendered or kept from the last build), the 404
// page aside. In place of @astrojs/sitemap, whose sort builds a collator for every comparison, a cost of every build of
// a large site, rebuilds after one edit included.
import type { AstroIntegration } from 'astro';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapFiles } from '../lib/feeds/sitemap.ts';

/** A status page (`404/`), which no crawler should be sent to. */
const statusPage = /^\d{3}\/?$/;

/** `sitemap-N.xml` at the top of the output: a part of the sitemap, this build's or an earlier one's. */
const sitemapPart = /^sitemap-(\d+)\.xml$/;

export default function sitemap(): AstroIntegration {
  return {
    name: 'dateline:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const listed = pages.filter(({ pathname }) => !statusPage.test(pathname)).map(({ pathname }) => `/${pathname}`);
        const files = sitemapFiles(listed);
        await Promise.all(files.map(({ path, xml }) => writeFile(join(dist, path), xml)));
        // A site that shrank needs fewer parts: an earlier build's extra part would still be crawled.
        const written = new Set(files.map(({ path }) => path.slice(1)));
        const stale = (await readdir(dist)).filter((name) => sitemapPart.test(name) && !written.has(name));
        await Promise.all(stale.map((name) => rm(join(dist, name))));
        logger.info(
          `${listed.length} pages in ${files.length - 1} sitemap file(s)${stale.length > 0 ? `, ${stale.length} old one(s) removed` : ''}`,
        );
      },
    },
  };
}
