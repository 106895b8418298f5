// remark plugin: curly quotes, dashes and ellipses, exactly as remark-smartypants (Astro's `markdown.smartypants`)
// makes them, at about half its cost. Both run retext-smartypants twice: once over all the text for the quotes, then
// over every text node for dashes, ellipses and backticks. Each retext pass parses its text into words and sentences,
// and a text node holds none of "--", "``", "''" or two dots with at most spaces between them far more often than not:
// then its second pass cannot change a character, and is skipped (as is the first, for a text with no straight quote).
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** The quotes, with the other marks off: they change the text's length, and the nodes are cut back out by offset. */
const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
/** Dashes ("--" to an em dash), ellipses ("..." and ". . .") and backticks ("``" and "''" to double quotes). */
const marks = retext().use(retextSmartypants, { quotes: false });

/** Text in which retext-smartypants finds a straight quote to curl. */
const hasStraightQuote = /["']/;
/** Text in which it may find a dash, an ellipsis or a backtick pair to replace (a superset: the pass then decides). */
const hasMarks = /--|``|''|\.\s*\./;

/** The nodes remark-smartypants reads: text, inline code (a stand-in of the same length) and blocks that start afresh. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

export function remarkSmartPunctuation() {
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let all = '';
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!parent) return;
      if (node.type === 'text' || node.type === 'inlineCode') {
        // Inline code is never changed, but stands in the text so that a quote after it is read in place.
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (blocks.has(node.type)) {
        // A space before each block: a quote that opens a paragraph is an opening quote.
        all += ' ';
        nodes.push(node);
      }
    });
    if (hasStraightQuote.test(all)) all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = all.slice(start, start + node.value.length);
        start += node.value.length;
        node.value = hasMarks.test(text) ? marks.processSync(text).toString() : text;
      } else {
        start += node.type === 'inlineCode' ? node.value.length : 1;
      }
    }
  };
}
