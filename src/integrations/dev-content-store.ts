// Adapter: `npm run dev` starts from the last build's content store when that is the newer one (src/build/dev-content-store.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { seedDevStore } from '../build/dev-content-store.ts';

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
