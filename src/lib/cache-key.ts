// Keys for Astro's incremental build: a page is rendered again only when something it shows has changed.
import { createHash } from 'node:crypto';
import { site } from '../site.config.ts';

/**
 * A short digest of what a page is rendered from: its props, plus the site settings, some of which come from the
 * environment (`SITE_URL`, `DATELINE_SHARE_IMAGES`) and so escape the hash Astro keeps of the page's modules.
 * Astro compares keys as they are and stores one per page, hence a digest rather than the props themselves.
 */
export function cacheKey(props: unknown): string {
  return createHash('sha1').update(JSON.stringify([site, props])).digest('base64url');
}
