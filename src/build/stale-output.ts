// The output folder is kept from one build to the next (so that a rebuild writes only what changed): what the build
// no longer makes (a deleted article's pages, a quote that is gone, last build's script bundles) must then go.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Output trees the build owns entirely: every file in them is a page, twin, image or bundle of this build, or stale. */
const ownedTrees = /^(?:\d{4}|people|page|_astro)\//;

/**
 * The files in the trees the build owns, as output-relative paths with `/`. A plain walk, one folder at a time: Node's
 * `readdir(…, { recursive: true })` is several times slower over a large site's output.
 */
export function ownedOutputFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (folder || ownedTrees.test(`${path}/`)) walk(path);
      } else if (folder) files.push(path);
    }
  };
  walk('');
  return files;
}

/** What a build left in the trees it owns, and in which output folder (the cache folder keeps it for the next build). */
export interface OutputManifest {
  folder: string;
  files: string[];
}

/** Whether an output file (output-relative, with `/`) is in a tree the build owns. */
export const isOwned = (file: string) => ownedTrees.test(file);

/** Which output folder this is: one removed and made again by the next build is a different one. */
export function outputFolderIdentity(dist: string): string {
  const { ino, birthtimeMs } = statSync(dist);
  return `${ino}:${birthtimeMs}`;
}

/**
 * The files in the trees the build owns, before this build's own writes: as the last build recorded them, when the
 * output folder is still the one it wrote; found by a walk otherwise, which over a large site's folders takes seconds,
 * and many more when the disk's cache is cold. Script and style bundles are listed afresh either
 * way: Astro writes new ones on every build.
 */
export function ownedFilesBefore(dist: string, previous: OutputManifest | null): string[] {
  if (previous?.folder !== outputFolderIdentity(dist)) return ownedOutputFiles(dist);
  let bundles: string[] = [];
  try {
    bundles = readdirSync(join(dist, '_astro')).map((name) => `_astro/${name}`);
  } catch {
    // No bundles yet.
  }
  return [...previous.files.filter((file) => !file.startsWith('_astro/')), ...bundles];
}

/**
 * Files of the output that this build did not make: inside the trees the build owns, every file not among the
 * expected ones. `public/` files, feeds, sitemaps and the search index live outside those trees and are never touched.
 */
export function staleOutputFiles(files: readonly string[], expected: ReadonlySet<string>): string[] {
  return files.filter((file) => isOwned(file) && !expected.has(file));
}

/** The folders of the given files and their parent folders, deepest first: those a removal may have left empty. */
export function foldersOf(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files)
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) folders.add(file.slice(0, at));
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
}
