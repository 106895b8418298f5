// Keys for Astro's incremental build: a page is rendered again only when something it shows has changed.
import { createHash } from 'node:crypto';
import { site } from '../lib/site.ts';
import { unwatchedImage } from '../lib/photos.ts';

// Objects that stand in every key for a short name of their own (see `keyedAs`).
const names = new WeakMap<object, string>();

/**
 * Marks `value` as standing for `name` in every cache key; the name must change whenever the value does (an article
 * is named by its fingerprint). A large site puts each article in a dozen keys (its page, its neighbours', its day's…),
 * and spelling out its fields and body in each would be most of the keys' cost.
 */
export function keyedAs<T extends object>(value: T, name: string): T {
  names.set(value, name);
  return value;
}

/**
 * A short digest of what a page is rendered from: its props, plus the site settings, some of which come from the
 * environment (`SITE_URL`, `DATELINE_SHARE_IMAGES`) and so escape the hash Astro keeps of the page's modules.
 * Astro compares keys as they are and stores one per page, hence a digest rather than the props themselves.
 */
export function cacheKey(props: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify([site, props], byName))
    .digest('base64url');
}

function byName(_key: string, value: unknown): unknown {
  return (typeof value === 'object' && value !== null && names.get(value)) || unwatchedImage(value);
}
