// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/remark/pipeline.ts';
import { site } from './src/site.config.ts';
import siteOutput from './src/integrations/site-output.ts';
import sitemap from './src/integrations/sitemap.ts';
import contentProblemsPage from './src/integrations/content-problems-page.ts';
import buildLock from './src/integrations/build-lock.ts';
import buildSummary from './src/integrations/build-summary.ts';
import devContentStore from './src/integrations/dev-content-store.ts';
import { cspDirectives } from './src/lib/csp.ts';

// Astro writes into its own modules the value of every environment variable whose name appears in their text, and `_`
// (which the shell sets to the path of the command it runs) appears in all of them. A build started by `npx astro build`
// after one started by `npm run build` then found every page's code changed, and rendered every page again.
delete process.env['_'];

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Up to four pages in progress at once: one page's file writes overlap the next page's rendering (rebuild at N=1000:
  // 16.6-17.3 s -> 13.3-13.7 s).
  // Stylesheets are files, never inlined: inlined, the same 4.7 KB of CSS was in the head of every one of a large site's
  // pages (90 MB of 10,000 articles' output), and a reader's second page could not take it from the cache.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Quote pages are written after the build (src/integrations/site-output.ts), so the sitemap never sees them: they are
  // noindex, and their article is the page to find. The build lock comes first: a second build must stop before it
  // touches anything; the summary of what was written comes last, when all of it is.
  integrations: [buildLock(), devContentStore(), sitemap(), siteOutput(), contentProblemsPage(), buildSummary()],
  // A script is always its own file, never inlined into the page: a Content-Security-Policy will forbid inline scripts.
  // The output folder is kept between builds, not emptied: a page whose cache key is unchanged is then left where it
  // is instead of being copied back from the cache, and site-output.ts removes what the build no longer makes.
  // `npm run dev` watches the project for edits, but not the output of a build (`dist/`, 146,270 files at 10,000
  // articles; node_modules and its caches Vite leaves out itself): a watch on each of its folders ran out of the
  // system's file watchers (ENOSPC), after which edits to articles could go unseen.
  vite: {
    build: { emptyOutDir: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    server: { watch: { ignored: ['**/dist/**'] } },
  },
  // Content-Security-Policy in a <meta> on every page: Astro adds script-src and style-src with 'self' and the hash
  // of each inline style (no 'unsafe-inline'). Headers only a server can send are in public/_headers.
  // A test's own build keeps its content store and incremental-build cache apart (DATELINE_CACHE_DIR), so that
  // builds of other content folders running at the same time cannot swap entries with it (default: node_modules/.astro).
  ...(process.env['DATELINE_CACHE_DIR'] && { cacheDir: process.env['DATELINE_CACHE_DIR'] }),
  security: {
    csp: {
      directives: [...cspDirectives],
    },
  },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-key.ts) are rendered again only when it changes:
  // after one article is edited, a 10,000-article site re-renders a handful of pages, not all of them.
  experimental: { incrementalBuild: true },
  // Photographs (src/components/Photo.astro): sharp's AVIF encoder at its default effort (4) took 5-8 s for one
  // 1200-1600 px variant here; at effort 2 under a second, for files a few per cent larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  markdown: {
    // Shiki colours code with inline styles, which the sanitiser strips and the CSP would refuse: no highlighting.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins; ours need the unified pipeline.
    processor: markdownProcessor(),
  },
});
