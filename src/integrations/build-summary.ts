// Ends a build with one line of what the output folder holds, by kind, and a warning for each host limit it passes.
import type { AstroIntegration } from 'astro';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, hostWarnings, summarizeOutput } from '../lib/output-summary.ts';

/** Every file under `dir`, with its path relative to it (with `/`) and its size. */
async function outputFiles(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files: { path: string; bytes: number }[] = [];
  // A few hundred stats at once: one at a time, 100,000 files take seconds of waiting on the disk.
  for (let i = 0; i < entries.length; i += 256) {
    const batch = entries.slice(i, i + 256).map(async (entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(dir, file).split('\\').join('/'), bytes: (await stat(file)).size };
    });
    files.push(...(await Promise.all(batch)));
  }
  return files;
}

export default function buildSummary(): AstroIntegration {
  return {
    name: 'dateline:build-summary',
    hooks: {
      // After site-output (listed before this in astro.config.mjs): the twins, quote pages and search index are written
      // and stale files removed, so this is what a host would be given.
      'astro:build:done': async ({ dir, logger }) => {
        const summary = summarizeOutput(await outputFiles(fileURLToPath(dir)));
        logger.info(formatSummary(summary));
        for (const warning of hostWarnings(summary)) logger.warn(warning);
      },
    },
  };
}
