// Keys for Astro's incremental build: a page is rendered again only when something it shows has changed.
import { createHash } from 'node:crypto';
import { site } from '../site.config.ts';

/**
 * A short digest of what a page is rendered from: its props, plus the site settings, some of which come from the
 * environment (`SITE_URL`, `DATELINE_SHARE_IMAGES`) and so escape the hash Astro keeps of the page's modules.
 * Astro compares keys as they are and stores one per page, hence a digest rather than the props themselves.
 * An article's body HTML is left out: its file's digest (`Article.digest`) stands for it, and costs nothing to hash
 * where the HTML of an article and its neighbours would be most of the key's cost on a 10,000-article site.
 */
export function cacheKey(props: unknown): string {
  return createHash('sha1').update(JSON.stringify([site, props], withoutBodyHtml)).digest('base64url');
}

function withoutBodyHtml(key: string, value: unknown): unknown {
  return key === 'html' ? undefined : value;
}
