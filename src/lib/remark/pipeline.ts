// The markdown pipeline, in order: what runs on every article between the markdown file and its HTML.
import rehypeSanitize from 'rehype-sanitize';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { sanitizeSchema } from '../sanitize-schema.ts';
import { remarkDateline } from './dateline.ts';
import { remarkHeadline } from './headline.ts';
import { rehypeHeadingIds } from './heading-ids.ts';
import { rehypeRawHtml } from './raw-html.ts';
import { remarkLede } from './lede.ts';
import { rehypePhotos, remarkPhotos } from './photos.ts';
import { remarkQuotes } from './quotes.ts';
import { remarkSmartPunctuation } from './smart-punctuation.ts';

/**
 * Astro runs these after remark-gfm. Photographs come first: their paragraphs are no text for the others to read.
 * Smart punctuation comes next, where Astro's own remark-smartypants would run (turned off below). The dateline goes before the lede and the quotes, so that neither sees
 * "ISLAMABAD (Reuters) —" as part of the running text.
 */
export const remarkPlugins: RemarkPlugins = [
  remarkPhotos,
  remarkSmartPunctuation,
  remarkHeadline,
  remarkDateline,
  remarkLede,
  remarkQuotes,
];

/**
 * Astro runs its own rehype-raw only after these, so raw HTML is parsed here first: otherwise sanitize would
 * see it as opaque `raw` nodes and drop it whole (raw HTML left open fails the article instead of silently eating
 * the copy after it). Sanitize runs last of ours: nothing after it may add markup from the article (Astro's later
 * steps only add heading ids and image attributes). Photographs are marked for the page right after it, where no
 * attribute an article wrote can pass for a marker. Heading ids are ours, set after sanitize, so that a heading's
 * text cannot take an id the page uses.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeRawHtml,
  [rehypeSanitize, sanitizeSchema],
  rehypePhotos,
  rehypeHeadingIds,
];

/** The markdown processor of every article: Astro's unified one with our plugins (astro.config.mjs and the render workers). */
export function markdownProcessor() {
  // Astro's remark-smartypants is off: remarkSmartPunctuation gives the same text, without its second parse of every
  // text node that has nothing to change.
  return unified({ remarkPlugins, rehypePlugins, smartypants: false });
}
