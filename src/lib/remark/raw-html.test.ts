import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { firstLostWord, rehypeRawHtml, visibleText } from './raw-html.ts';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRawHtml)
      .use(rehypeStringify)
      .processSync(markdown),
  );

/** The message and line an article fails with. */
const failure = (markdown: string) => {
  try {
    render(markdown);
    return undefined;
  } catch (error) {
    const { reason, line } = error as { reason: string; line?: number };
    return { reason, line };
  }
};

describe('visibleText', () => {
  it('keeps what is not well-formed markup as text, and decodes references as HTML does', () => {
    const words = (html: string) => visibleText(html).replace(/\s+/g, ' ').trim();
    expect(words('<div class="box">Fact &amp; figure <!-- note --></div>')).toBe('Fact & figure');
    expect(words('<div class="factbox"\nThe ministers met.')).toBe('<div class="factbox" The ministers met.');
    expect(words('<a title="open\nThe rest.')).toBe('<a title="open The rest.');
    expect(words('<script>alert(1)</script>AT&T &copy 2021')).toBe('AT&T © 2021');
    expect(visibleText('<p\n  class="x">one\n<!--\n-->two')).toMatch(/^ \n one\n \n two$/);
  });
});

describe('firstLostWord', () => {
  it('finds the first word that is not on the page after the words before it', () => {
    expect(
      firstLostWord(
        [
          { text: 'one two', line: 1 },
          { text: 'three\nfour', line: 3 },
        ],
        'one two three four',
      ),
    ).toBeUndefined();
    expect(
      firstLostWord(
        [
          { text: 'one two', line: 1 },
          { text: 'three\nfour', line: 3 },
        ],
        'one two three',
      ),
    ).toEqual({ word: 'four', context: 'four', line: 4 });
    // Every word is somewhere on the page, but not in its place.
    expect(
      firstLostWord(
        [
          { text: 'talks on trade', line: 1 },
          { text: 'trade talks', line: 3 },
        ],
        'talks on trade',
      ),
    ).toMatchObject({ word: 'trade', line: 3 });
  });
});

describe('rehypeRawHtml', () => {
  it('leaves a tree without raw HTML as it is, and parses one with it', () => {
    const tree = (markdown: string) =>
      unified()
        .use(remarkParse)
        .use(remarkRehype, { allowDangerousHtml: true })
        .runSync(unified().use(remarkParse).parse(markdown));
    const rawHtml = unified().use(rehypeRawHtml);
    const plain = tree('Plain *text*.');
    expect(rawHtml.runSync(plain)).toBe(plain);
    const withHtml = tree('Some <b>bold</b> text.');
    const parsed = rawHtml.runSync(withHtml);
    expect(parsed).not.toBe(withHtml);
    expect(JSON.stringify(parsed)).not.toContain('"raw"');
  });

  it('accepts raw HTML that closes what it opens, and scripts whose text sanitize drops on purpose', () => {
    expect(render('Before <b>bold</b> and <!-- note --> after.\n\n<script>alert(1)</script>\n\nLast.')).toContain(
      'Last.',
    );
    expect(() => render('Inline <script>alert(1)</script> text.')).not.toThrow();
    expect(() => render('Inline <template><script>alert(1)</script></template> text.')).not.toThrow();
    expect(failure('Inline <template><b>hidden</b></template> text.')?.reason).toMatch(
      /\("hidden text\." would not be shown where it is written\)/,
    );
  });

  it('fails when an unclosed comment, end tag or tag swallows the copy after it, naming its line', () => {
    expect(failure('First.\n\n<script>alert(1)</script\n\nThe rest of the story.')).toEqual({
      line: 3,
      reason:
        'raw HTML takes text off the page ("alert(1)</script The rest of the story." would not be shown where it is written): an HTML comment, tag or attribute quote before it is never closed: close it, or write "\\<" to show a "<" as text',
    });
    expect(failure('First.\n\n<!-- note\n\nThe rest.')).toMatchObject({
      line: 3,
      reason: expect.stringContaining('("<!-- note The rest."'),
    });
    // Markdown reads the rest as HTML (the end tag spans two lines), but HTML closes the script: nothing is lost.
    expect(render('<script\n>alert(1)</script\n>\n\nThe rest &amp; more.')).toContain('The rest &#x26; more.');
    expect(
      failure('Inline <select><template><style><!--</style><a rel="--></style></template></select>"> tail.\n\nSecond.')
        ?.reason,
    ).toMatch(/takes text off the page/);
  });

  it('fails a tag left without its ">" even when every word it swallows is also elsewhere in the article', () => {
    const article =
      'The ministers met on Tuesday to talk about trade and energy.\n\n<div class="factbox"\nThe ministers met on Tuesday to talk about energy and trade.\n\nLast paragraph.';
    expect(failure(article)).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/^raw HTML takes text off the page \("<div class="factbox" The ministers met/),
    });
  });

  it('fails a tag without its ">" in running text, which the page would show as it is', () => {
    expect(failure('Intro.\n\nThe text has a <div class="box" inside a sentence.')).toEqual({
      line: 3,
      reason:
        'the text holds an HTML tag that is never closed ("<div class="box" inside a sentence."), which the page would show as it is: end the tag with ">", or write "\\<" to show a "<"',
    });
    expect(() => render('Profits rose by <5% and a <b> c, and `<div class="x"` in code.')).not.toThrow();
  });
});
