// What the remark plugins add to an article's frontmatter: the one shape pages read back.
import type { VFile } from 'vfile';
import type { Dateline } from '../extract/dateline.ts';
import type { Quote } from '../extract/quotes.ts';

/** A quote as stored for pages and the JSON twin: its anchor id, without offsets. */
export interface StoredQuote extends Omit<Quote, 'start' | 'end' | 'paragraph'> {
  /** Anchor of the quote in the article body: `quote-N` for direct quotes, `report-N` for reported speech. */
  id: string;
}

/** Extracted by the remark plugins. Astro stores them as `entry.rendered.metadata.frontmatter`, but the quotes, with the HTML, in a file of their own (src/build/article-bodies.ts). */
export interface ExtractedFields {
  headline: string;
  dateline: Omit<Dateline, 'length'> | null;
  quotes: StoredQuote[];
  /** The lede's first sentences as plain text, for lists and descriptions. */
  lede: string;
}

/** The frontmatter object Astro hands every remark plugin (it keeps what they add). */
export function frontmatterOf(file: VFile): Partial<ExtractedFields> & Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
