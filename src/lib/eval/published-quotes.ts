// The quotes an article publishes: its markdown rendered by the site's own processor, read back as the JSON twin
// carries them. The quote evaluation scores these, so that its figures are the site's, not the bare extractor's.
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { frontmatterOf, type StoredQuote } from '../remark/frontmatter.ts';
import { markdownProcessor } from '../remark/pipeline.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The quotes the build stores for an article's markdown (the same plugins in the same order as `astro build`). */
export async function publishedQuotes(markdown: string): Promise<StoredQuote[]> {
  // The settings astro.config.mjs gives the build: no syntax highlighting, GFM on.
  renderer ??= markdownProcessor().createRenderer({ syntaxHighlight: false, gfm: true } as Parameters<
    ReturnType<typeof markdownProcessor>['createRenderer']
  >[0]);
  const frontmatter: Record<string, unknown> = {};
  const result = await (await renderer).render(markdown.replace(/^---\n[\s\S]*?\n---\n/u, ''), { frontmatter });
  return (result.metadata.frontmatter as ReturnType<typeof frontmatterOf>).quotes ?? [];
}
