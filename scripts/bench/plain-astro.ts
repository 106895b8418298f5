// The benchmark's yardstick: the plainest Astro 7 site of the same articles, built on the same machine. One page per
// article and nothing else: no extraction, archives, feeds, quote pages, share images or search. It renders with the
// unified processor our remark plugins need (src/lib/remark/pipeline.ts), with none of them, on one thread, and rebuilds
// with the same incremental build as ours (a page's cache key is its entry's digest; the output folder is kept).
// Whatever this site takes is a cost no design of ours inside `astro build` can go below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the plain site's project into `root` (inside this project, so that it finds Astro in node_modules). */
export function writePlainAstroProject(root: string, contentDir: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'plain-astro-yardstick', private: true, type: 'module' }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
export default defineConfig({
  site: 'https://example.org',
  build: { format: 'directory' },
  vite: { build: { emptyOutDir: false } },
  experimental: { incrementalBuild: true },
  markdown: { processor: unified() },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(contentDir)} }) }) };
`,
    'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: entry.digest }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.id}</title></head><body><article><Content /></article></body></html>
`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
