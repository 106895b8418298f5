// The quotes an article publishes: its markdown rendered by the site's own processor, read back as the JSON twin
// carries them. The quote evaluation scores these, so that its figures are the site's, not the bare extractor's.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { frontmatterOf, type StoredQuote } from '../remark/frontmatter.ts';
import { markdownProcessor } from '../remark/pipeline.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** An article body as the build renders it: its HTML and the quotes its twin carries. */
export interface PublishedBody {
  html: string;
  quotes: StoredQuote[];
}

/** The quotes the build stores for an article's markdown (the same plugins in the same order as `astro build`). */
export async function publishedQuotes(markdown: string): Promise<StoredQuote[]> {
  return (await renderPublished(markdown)).quotes;
}

/**
 * An article's markdown (front matter and all) rendered by the site's processor. `file` is the article's file, which
 * the photographs in its text are looked for beside (default: none, for text without photographs).
 */
export async function renderPublished(markdown: string, file?: string): Promise<PublishedBody> {
  // The settings astro.config.mjs gives the build: no syntax highlighting, GFM on.
  renderer ??= markdownProcessor().createRenderer({ syntaxHighlight: false, gfm: true } as Parameters<
    ReturnType<typeof markdownProcessor>['createRenderer']
  >[0]);
  const frontmatter: Record<string, unknown> = {};
  const result = await (
    await renderer
  ).render(markdown.replace(/^---\n[\s\S]*?\n---\n/u, ''), {
    frontmatter,
    ...(file && { fileURL: pathToFileURL(resolve(file)) }),
  });
  return { html: result.code, quotes: (result.metadata.frontmatter as ReturnType<typeof frontmatterOf>).quotes ?? [] };
}
