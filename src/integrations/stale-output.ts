// The output folder is kept from one build to the next (so that a rebuild writes only what changed): what the build
// no longer makes (a deleted article's pages, a quote that is gone, last build's script bundles) must then go.

/** Output trees the build owns entirely: every file in them is a page, twin, image or bundle of this build, or stale. */
const ownedTrees = /^(?:\d{4}|people|page|_astro)\//;

/**
 * Files of the output that this build did not make: inside the trees the build owns, every file not among the
 * expected ones. `public/` files, feeds, sitemaps and the search index live outside those trees and are never touched.
 */
export function staleOutputFiles(files: readonly string[], expected: ReadonlySet<string>): string[] {
  return files.filter((file) => ownedTrees.test(file) && !expected.has(file));
}
