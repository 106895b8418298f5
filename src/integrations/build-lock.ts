// Adapter: one `astro build` at a time in a cache folder (src/build/build-lock.ts), the lock taken before anything else.
import type { AstroIntegration } from 'astro';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeBuildLock } from '../build/build-lock.ts';
import { cacheFolder } from '../build/cache-folder.ts';

export default function buildLock(): AstroIntegration {
  return {
    name: 'dateline:build-lock',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const file = cacheFolder(fileURLToPath(config.cacheDir)).lock;
        mkdirSync(dirname(file), { recursive: true });
        const notice = takeBuildLock(file);
        if (notice) logger.warn(notice);
        // On every way out but SIGKILL, which leaves the lock for the next build to find stale.
        process.once('exit', () => rmSync(file, { force: true }));
      },
    },
  };
}
