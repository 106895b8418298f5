// Everything the build keeps for the next one, in one folder inside Astro's cache folder: delete it, and the next
// build starts afresh (Astro's own content store and incremental-build cache sit beside it).
import { join } from 'node:path';

/** Astro's cache folder when neither the config nor DATELINE_CACHE_DIR moves it. */
export const astroDefaultCacheDir = 'node_modules/.astro';

/** The files and folders of the build's cache folder, `<cacheDir>/dateline/`. */
export function cacheFolder(cacheDir: string) {
  const root = join(cacheDir, 'dateline');
  return {
    root,
    /** Each article's rendered body, named by its fingerprint (article-bodies.ts). */
    bodies: join(root, 'bodies'),
    /** The articles the loader published, for the output written beside the pages (published-articles.ts). */
    publishedArticles: join(root, 'published-articles.json'),
    /** What the last build wrote beside the pages, and from what (index.ts). */
    manifest: join(root, 'manifest.json'),
    /** Drawn share cards, named by a hash of what they show (render-card.ts). */
    cards: join(root, 'cards'),
    /** Held by the one build running (build-lock.ts). */
    lock: join(root, 'build.lock'),
  };
}
