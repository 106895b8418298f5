// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/remark/pipeline.ts';
import { site } from './src/lib/site.ts';
import siteOutput from './src/integrations/site-output.ts';
import sitemap from './src/integrations/sitemap.ts';
import contentProblemsPage from './src/integrations/content-problems-page.ts';
import buildLock from './src/integrations/build-lock.ts';
import buildSummary from './src/integrations/build-summary.ts';
import devContentStore from './src/integrations/dev-content-store.ts';
import { cspDirectives } from './src/lib/csp.ts';
import { environment } from './src/environment.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Up to four pages in progress at once: one page's file writes overlap the next page's rendering.
  // Stylesheets are files, never inlined: inlined, the same CSS would be in the head of every page, and a reader's
  // second page could not take it from the browser's cache.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Quote pages are written beside Astro's pages (src/build/), so the sitemap never sees them: they are noindex, and
  // their article is the page to find. The build lock comes first: a second build must stop before it
  // touches anything; the summary of what was written comes last, when all of it is.
  integrations: [buildLock(), devContentStore(), sitemap(), siteOutput(), contentProblemsPage(), buildSummary()],
  // A script is always its own file, never inlined into the page: a Content-Security-Policy will forbid inline scripts.
  // The output folder is kept between builds, not emptied: a page whose cache key is unchanged is then left where it
  // is instead of being copied back from the cache, and src/build/ removes what the build no longer makes.
  // `npm run dev` does not watch the output of a build: a large site's folders would use up the system's file
  // watchers (ENOSPC), after which edits to articles could go unseen.
  vite: {
    build: { emptyOutDir: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    server: { watch: { ignored: ['**/dist/**'] } },
  },
  // Content-Security-Policy in a <meta> on every page: Astro adds script-src and style-src with 'self' and the hash
  // of each inline style (no 'unsafe-inline'). Headers only a server can send are in public/_headers.
  ...(environment.cacheDir && { cacheDir: environment.cacheDir }),
  security: {
    csp: {
      directives: [...cspDirectives],
    },
  },
  // Pages whose getStaticPaths() gives a cacheKey (src/build/cache-key.ts) are rendered again only when it changes:
  // after one article is edited, a 10,000-article site re-renders a handful of pages, not all of them.
  experimental: { incrementalBuild: true },
  // Photographs (src/components/Photo.astro): AVIF at effort 2, several times faster than the default (4) for files a
  // few per cent larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  markdown: {
    // Shiki colours code with inline styles, which the sanitiser strips and the CSP would refuse: no highlighting.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins; ours need the unified pipeline.
    processor: markdownProcessor(),
  },
});
