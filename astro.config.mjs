// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { rehypePlugins, remarkPlugins } from './src/lib/remark/pipeline.ts';
import { site } from './src/site.config.ts';
import { quotePageUrlPattern } from './src/lib/paths.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !quotePageUrlPattern.test(page) })],
  // A script is always its own file, never inlined into the page: a Content-Security-Policy will forbid inline scripts.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Content-Security-Policy in a <meta> on every page: Astro adds script-src and style-src with 'self' and the hash
  // of each inline style (no 'unsafe-inline'). Headers only a server can send are in public/_headers.
  // A test's own build keeps its content store and incremental-build cache apart (DATELINE_CACHE_DIR), so that
  // builds of other content folders running at the same time cannot swap entries with it (default: node_modules/.astro).
  ...(process.env['DATELINE_CACHE_DIR'] && { cacheDir: process.env['DATELINE_CACHE_DIR'] }),
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"],
    },
  },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-key.ts) are rendered again only when it changes:
  // after one article is edited, a 10,000-article site re-renders a handful of pages, not all of them.
  experimental: { incrementalBuild: true },
  markdown: {
    // Shiki colours code with inline styles, which the sanitiser strips and the CSP would refuse: no highlighting.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins; ours need the unified pipeline.
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
});
