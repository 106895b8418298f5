import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Paragraph, Root } from 'mdast';
import { cutPrefix, markRange, paragraphText } from './paragraph-text.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;
const html = (tree: Root) =>
  String(unified().use(remarkRehype).use(rehypeStringify).stringify(unified().use(remarkRehype).runSync(tree)));
const firstParagraph = (tree: Root) => tree.children[0] as Paragraph;

describe('paragraphText', () => {
  it('joins the text inside links and emphasis, with offsets', () => {
    const { text, runs } = paragraphText(firstParagraph(parse('He said *very* [much](https://x.org) so.')));
    expect(text).toBe('He said very much so.');
    expect(runs.map((r) => [r.node.value, r.start, r.end])).toEqual([
      ['He said ', 0, 8],
      ['very', 8, 12],
      [' ', 12, 13],
      ['much', 13, 17],
      [' so.', 17, 21],
    ]);
  });
});

describe('cutPrefix', () => {
  it('cuts across nodes and drops the ones it empties', () => {
    const tree = parse('**MOSCOW (AP)** — The minister arrived.');
    cutPrefix(firstParagraph(tree), 'MOSCOW (AP) — '.length);
    expect(html(tree)).toBe('<p>The minister arrived.</p>');
  });
});

describe('markRange', () => {
  it('wraps a range inside one text node', () => {
    const tree = parse('Qureshi said "yes" today.');
    expect(markRange(firstParagraph(tree), 13, 18, { id: 'quote-1' })).toBe(true);
    expect(html(tree)).toBe('<p>Qureshi said <span id="quote-1">"yes"</span> today.</p>');
  });

  it('wraps a range that spans a link and emphasis, keeping them whole', () => {
    const tree = parse('"We discussed the [whole range](https://x.org) of our *bilateral* ties," he said.');
    const text = paragraphText(firstParagraph(tree)).text;
    expect(
      markRange(firstParagraph(tree), 0, text.indexOf(' he said'), { id: 'quote-1', className: ['quote-direct'] }),
    ).toBe(true);
    expect(html(tree)).toBe(
      '<p><span id="quote-1" class="quote-direct">"We discussed the <a href="https://x.org">whole range</a> of our <em>bilateral</em> ties,"</span> he said.</p>',
    );
  });

  it('takes in the whole element when a range ends inside it', () => {
    const tree = parse('He said "it is *very important*" twice.');
    expect(markRange(firstParagraph(tree), 8, 20, { id: 'q' })).toBe(true);
    expect(html(tree)).toBe('<p>He said <span id="q">"it is <em>very important</em></span>" twice.</p>');
  });

  it('refuses an empty range', () => {
    expect(markRange(firstParagraph(parse('Text.')), 2, 2, { id: 'q' })).toBe(false);
  });
});
