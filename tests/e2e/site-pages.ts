// The pages of a built site, by kind, so page-level checks can visit every kind of page without visiting thousands.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Site paths of every HTML file in `dist` (`/`, `/2021/04/`, `/404.html`), sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => `/${relative(dist, join(f.parentPath, f.name))}`.replace(/index\.html$/, ''))
    .sort();
}

const kinds: ReadonlyArray<[string, RegExp]> = [
  ['home', /^\/$/],
  ['archive', /^\/archive\/$/],
  ['year', /^\/\d{4}\/$/],
  ['month', /^\/\d{4}\/\d{2}\/$/],
  ['day', /^\/\d{4}\/\d{2}\/\d{2}\/$/],
  ['article', /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/],
  ['quote', /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/quote-\d+\/$/],
  ['not found', /^\/404\.html$/],
];

/**
 * The kind of page at a site path. A path of no known kind is named by its first segment and depth
 * (`/people/lavrov/` -> `/people/*`), so that a new route is sampled too, never skipped.
 */
export function pageKind(path: string): string {
  return (
    kinds.find(([, pattern]) => pattern.test(path))?.[0] ??
    path.replace(/^(\/[^/]+)(\/.*)?$/, (_, first: string, rest = '') => `${first}${rest.replace(/[^/]+/g, '*')}`)
  );
}

/** Up to `perKind` pages of each kind (default: 2), plus every page whose path matches `always`. */
export function samplePages(dist: string, perKind = 2, always?: RegExp): string[] {
  const seen = new Map<string, number>();
  return builtPages(dist).filter((path) => {
    const kind = pageKind(path);
    const count = seen.get(kind) ?? 0;
    seen.set(kind, count + 1);
    return count < perKind || always?.test(path) === true;
  });
}
