// The one place the build reads its environment: each variable a newsroom, a test or the benchmark may set, read
// when asked (a test may set one before it calls).

export const environment = {
  /** `SITE_URL`: the origin the site is served from, over the config's `url` (e.g. for a preview host). */
  get siteUrl(): string | undefined {
    return process.env['SITE_URL'];
  },
  /** `DATELINE_SHARE_IMAGES=0`: build without share images, e.g. for benchmarks (default: the config's `shareImages`). */
  get shareImagesOff(): boolean {
    return process.env['DATELINE_SHARE_IMAGES'] === '0';
  },
  /** `DATELINE_CONTENT`: the articles folder, relative to the project root or absolute (default: 'content/articles'). */
  get contentFolder(): string {
    return process.env['DATELINE_CONTENT'] ?? 'content/articles';
  },
  /**
   * `DATELINE_CACHE_DIR`: Astro's cache folder (default: node_modules/.astro). A test's own build keeps its content
   * store and incremental-build cache apart, so that builds of other content folders meanwhile cannot swap entries.
   */
  get cacheDir(): string | undefined {
    return process.env['DATELINE_CACHE_DIR'];
  },
  /** `DATELINE_OG_CACHE`: where drawn share cards are kept between builds (default: `cards/` in the build's cache folder). */
  get cardCache(): string | undefined {
    return process.env['DATELINE_OG_CACHE'];
  },
  /** `SOURCE_DATE_EPOCH` (seconds), the reproducible-builds convention: the build's "now" (default: the clock). */
  get sourceDateEpoch(): string | undefined {
    return process.env['SOURCE_DATE_EPOCH'];
  },
};

// Astro writes into its own modules the value of every environment variable whose name appears in their text, and `_`
// (which the shell sets to the path of the command it runs) appears in all of them: a build started by `npx astro
// build` after one started by `npm run build` would find every page's code changed, and render every page again.
delete process.env['_'];
