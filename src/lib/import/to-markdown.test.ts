import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseRawArticle, type RawArticle } from './raw-article.ts';
import { articleToMarkdown } from './to-markdown.ts';

const seedBytes = readFileSync(new URL('fixtures/000_35ccfa153b94c3fc.txt', import.meta.url));
const date = { year: 2021, month: 4, day: 7 };

// Every construct a paragraph of plain text could accidentally open, inline or at its start.
const hostileParagraphs = [
  '# not a heading',
  '## nor this #',
  '- not a list item',
  '+ nor this',
  '* nor this',
  '1. not an ordered list',
  '2021) nor this',
  '3.5 million people, 19-hour visit',
  '-5 degrees at night',
  '> not a block quote',
  '---',
  '***',
  '___',
  '- - -',
  '*emphasis*, _emphasis_, **strong** and snake_case_name',
  '`code` and ``more code``',
  '```',
  '~~~',
  '~~struck~~ and ~one~',
  '[a link](https://example.com) and [a reference][ref] and [ref]',
  '[ref]: https://example.com/definition',
  '![an image](https://example.com/x.png)',
  '<b>raw html</b> and <!-- a comment --> and <div>',
  '<https://example.com/autolink> and <someone@example.com>',
  'www.example.com and https://example.com/gfm-autolink and HTTP://EXAMPLE.COM',
  'https://twitter.com/SMQureshiPTI_status/a_b_c~d*e*, and www.example.com/~x_y_ too',
  'foo_bar@example.com and mailto:a_b@example.com',
  'a footnote[^1] reference',
  '[^1]: and a footnote definition',
  '| a | table? |',
  'back\\slash \\* and a trailing backslash \\',
  '&amp; &#169; &#x41; &copy; & AT&T and cooperation & collaboration',
  "\"Quotes\", 'apostrophes', Lavrov's and it'' stay as written",
  '=== not a setext underline',
];

/** The headline and paragraph texts that remark (with GFM, as Astro runs it) reads back from the body. */
function readBack(markdown: string): string[] {
  expect(markdown.startsWith(frontMatter)).toBe(true);
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown.slice(frontMatter.length));
  const [heading, ...paragraphs] = tree.children;
  expect(heading).toMatchObject({ type: 'heading', depth: 1 });
  for (const paragraph of paragraphs) expect(paragraph.type).toBe('paragraph');
  return tree.children.map((node) => toString(node));
}

const frontMatter = '---\ndate: 2021-04-07\n---\n\n';
const words = (text: string) => text.split(/\s+/).filter(Boolean);
// Every backslash in the output is an escape (a backslash of the text is itself escaped), so one pass undoes them all.
const unescapeMarkdown = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

describe('articleToMarkdown', () => {
  it('writes front matter, the headline as H1 and one block per paragraph', () => {
    expect(articleToMarkdown({ date, headline: 'Talks in Islamabad', paragraphs: ['First.', 'Second.'] }))
      .toMatchInlineSnapshot(`
      "---
      date: 2021-04-07
      ---

      # Talks in Islamabad

      First.

      Second.
      "
    `);
  });

  it('escapes what markdown would read as markup, and nothing else', () => {
    const markdown = articleToMarkdown({
      date,
      headline: 'C# at #1: "Lavrov\'s" *visit* #',
      paragraphs: ['# 1. a_b [c] <d> ~e~ `f` \\g &amp; "h" \'i\'', '2021. And 3.5'],
    });
    expect(markdown.split('\n\n').slice(1)).toEqual([
      '# C# at #1: "Lavrov\'s" \\*visit\\* \\#',
      '\\# 1. a\\_b \\[c\\] \\<d\\> \\~e\\~ \\`f\\` \\\\g \\&amp; "h" \'i\'',
      '2021\\. And 3.5\n',
    ]);
  });

  it('reads back as exactly the headline and the paragraphs, whatever they contain', () => {
    const article: RawArticle = {
      date,
      headline: 'Score: 5 # *Lavrov* in [Islamabad] ##',
      paragraphs: hostileParagraphs,
    };
    expect(readBack(articleToMarkdown(article))).toEqual([article.headline, ...article.paragraphs]);
  });

  it('reads back the seed exactly', () => {
    const seed = parseRawArticle(seedBytes);
    if ('error' in seed) throw new Error(seed.message);
    expect(readBack(articleToMarkdown(seed))).toEqual([seed.headline, ...seed.paragraphs]);
  });

  it.each([
    ['the seed', seedBytes],
    [
      'hostile text',
      new TextEncoder().encode(` date 2021-04-07\n\n# Headline *with* [markup]\n\n${hostileParagraphs.join('\n\n')}\n`),
    ],
  ])('keeps every word of %s, in order', (_, bytes) => {
    const article = parseRawArticle(bytes);
    if ('error' in article) throw new Error(article.message);
    const markdown = articleToMarkdown(article);
    expect(markdown.startsWith(`${frontMatter}# `)).toBe(true);
    const output = words(unescapeMarkdown(markdown.slice(`${frontMatter}# `.length)));
    // The date line's two words are the ones that become front matter.
    expect(output).toEqual(words(new TextDecoder().decode(bytes)).slice(2));
  });

  it('writes the byline, quoted, into the front matter', () => {
    expect(
      articleToMarkdown({
        date: { year: 2021, month: 4, day: 7 },
        headline: 'Talks',
        paragraphs: ['Text.'],
        byline: 'Jane Doe: "JD"',
      }),
    ).toBe('---\ndate: 2021-04-07\nbyline: "Jane Doe: \\"JD\\""\n---\n\n# Talks\n\nText.\n');
  });
});
