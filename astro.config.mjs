// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/remark/pipeline.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins; ours need the unified pipeline.
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
});
