// Builds the site from a content folder of a test's own into a throwaway folder, and says whether the build failed and why.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface SiteBuild {
  /** Whether `astro build` exited with 0. */
  ok: boolean;
  /** Everything the build printed (stdout and stderr), for asserting on its error messages. */
  output: string;
  /** The built site (empty when the build failed). */
  dist: string;
  /** Removes the built site. */
  remove(): void;
}

/**
 * Runs `astro build --force` (a rebuild: see `again`) with `DATELINE_CONTENT=<content>` and a cache of its own. The output folder sits inside the project
 * (under node_modules/.cache): Astro keeps its prerender chunks beside an outDir inside the project, but puts them
 * in one shared ./.astro for any outDir elsewhere, where two builds at once break each other.
 */
export function buildSite(
  content: string,
  env: Record<string, string> = {},
  { again }: { again?: SiteBuild } = {},
): SiteBuild {
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  // `again`: build into that earlier build's output and cache, without --force: a rebuild, as a newsroom runs it.
  const work = again ? dirname(again.dist) : mkdtempSync(join(cache, 'dateline-test-'));
  const dist = join(work, 'dist');
  // A cache folder of its own: the content store and the incremental-build cache are otherwise shared by every build
  // of this checkout, and another build running meanwhile would swap entries with this one.
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', ...(again ? [] : ['--force']), '--outDir', dist],
    {
      env: {
        ...process.env,
        DATELINE_CONTENT: content,
        DATELINE_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    dist,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
