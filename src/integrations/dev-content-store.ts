// `npm run dev` starts from the last build's content store when that is the newer one. Astro keeps the two stores apart
// (the build's in the cache folder, the dev server's in .astro/), so the first dev server after a build rendered every
// article again before it answered. A store made with other settings is still cleared by Astro's own check.
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const modified = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Copies the build's store over the dev server's when it is newer (or the dev server has none); says whether it did. */
export function seedDevStore(buildStore: string, devStore: string): boolean {
  const built = modified(buildStore);
  if (built < 0 || built <= modified(devStore)) return false;
  mkdirSync(dirname(devStore), { recursive: true });
  // Copied aside, then renamed: a dev server stopped mid-copy must not leave half a store for the next one to read.
  const partial = `${devStore}.${process.pid}.tmp`;
  copyFileSync(buildStore, partial);
  renameSync(partial, devStore);
  return true;
}

export default function devContentStore(): AstroIntegration {
  return {
    name: 'dateline:dev-content-store',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'dev') return;
        const buildStore = fileURLToPath(new URL('data-store.json', config.cacheDir));
        if (seedDevStore(buildStore, fileURLToPath(new URL('.astro/data-store.json', config.root)))) {
          logger.info('started from the last build’s content store: only articles changed since are rendered again');
        }
      },
    },
  };
}
