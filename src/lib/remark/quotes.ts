// remark plugin: finds who said what, marks each quote in the body with an anchor, and keeps the list as data.
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractQuotes, type QuoteOptions } from '../extract/quotes.ts';
import { frontmatterOf, type StoredQuote } from './frontmatter.ts';
import { markRange, paragraphText } from './paragraph-text.ts';

export function remarkQuotes(options: QuoteOptions = {}) {
  return (tree: Root, file: VFile) => {
    const paragraphs = runningCopy(tree);
    // smartypants has already curled the quotes here; the extractor reads curled and straight marks alike.
    const quotes = extractQuotes(
      paragraphs.map((p) => paragraphText(p).text),
      options,
    );
    const counters = { direct: 0, reported: 0 };
    const stored: StoredQuote[] = [];
    for (const { start, end, paragraph, ...quote } of quotes) {
      const id = quote.type === 'direct' ? `quote-${++counters.direct}` : `report-${++counters.reported}`;
      const target = paragraphs[paragraph];
      if (target) markRange(target, start, end, { id, className: [`quote-${quote.type}`] });
      stored.push({ id, ...quote });
    }
    frontmatterOf(file).quotes = stored;
  };
}

/** Top-level paragraphs and those in blockquotes: the running copy. Lists and tables are not speech. */
function runningCopy(tree: Root): Paragraph[] {
  return tree.children.flatMap((node) => {
    if (node.type === 'paragraph') return [node];
    if (node.type === 'blockquote') return node.children.filter((child) => child.type === 'paragraph');
    return [];
  });
}
