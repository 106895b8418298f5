// Ends a build with one line of what the output folder holds, by kind, and a warning for each host limit it passes.
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, hostWarnings, summarizeOutput } from '../lib/output-summary.ts';

/**
 * Every file under `dir`, with its path relative to it (with `/`) and its size. Synchronous: the build has just
 * written these files, so a stat is answered from the kernel's cache, and a promise per file (tens of thousands)
 * costs more in round trips to the thread pool than the stat itself.
 */
function outputFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(dir, file).split('\\').join('/'), bytes: statSync(file).size };
    });
}

export default function buildSummary(): AstroIntegration {
  return {
    name: 'dateline:build-summary',
    hooks: {
      // After site-output (listed before this in astro.config.mjs): the twins, quote pages and search index are written
      // and stale files removed, so this is what a host would be given.
      'astro:build:done': async ({ dir, logger }) => {
        const summary = summarizeOutput(outputFiles(fileURLToPath(dir)));
        logger.info(formatSummary(summary));
        for (const warning of hostWarnings(summary)) logger.warn(warning);
      },
    },
  };
}
