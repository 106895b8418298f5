import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { lostTexts, rehypeRawHtml, textSwallowedByBlock } from './raw-html.ts';

const render = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawHtml).use(rehypeStringify).processSync(markdown));

describe('lostTexts', () => {
  it('finds runs of text that are no longer there', () => {
    expect(lostTexts(['kept', 'gone'], 'kept\nelse\n')).toEqual(['gone']);
  });
});

describe('rehypeRawHtml', () => {
  it('leaves a tree without raw HTML as it is, and parses one with it', () => {
    const tree = (markdown: string) => unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).runSync(unified().use(remarkParse).parse(markdown));
    const rawHtml = unified().use(rehypeRawHtml);
    const plain = tree('Plain *text*.');
    expect(rawHtml.runSync(plain)).toBe(plain);
    const withHtml = tree('Some <b>bold</b> text.');
    const parsed = rawHtml.runSync(withHtml);
    expect(parsed).not.toBe(withHtml);
    expect(JSON.stringify(parsed)).not.toContain('"raw"');
  });

  it('accepts raw HTML that closes what it opens, and scripts whose text sanitize drops on purpose', () => {
    expect(render('Before <b>bold</b> and <!-- note --> after.\n\n<script>alert(1)</script>\n\nLast.')).toContain('Last.');
    expect(() => render('Inline <script>alert(1)</script> text.')).not.toThrow();
    expect(() => render('Inline <template><script>alert(1)</script></template> text.')).not.toThrow();
    expect(() => render('Inline <template><b>hidden</b></template> text.')).toThrow(/would vanish \("hidden"\)/);
  });

  it('fails when an unclosed comment or end tag swallows the copy after it', () => {
    expect(() => render('First.\n\n<script>alert(1)</script\n\nThe rest of the story.')).toThrow(
      /raw HTML swallows the text after it, which would vanish \("The rest of the story\."\): an HTML comment, tag or attribute before it is never closed: close it, or write the HTML as text/,
    );
    // Markdown reads the rest as HTML (the end tag spans two lines), but HTML closes the script: nothing is lost.
    expect(render('<script\n>alert(1)</script\n>\n\nThe rest &amp; more.')).toContain('The rest &#x26; more.');
    expect(() => render('Inline <select><template><style><!--</style><a rel="--></style></template></select>"> tail.\n\nSecond.')).toThrow(
      /raw HTML swallows the text after it, which would vanish \(""> tail\. Second\."\)/,
    );
  });
});

describe('textSwallowedByBlock', () => {
  it('gives the runs of text after a blank line inside an HTML block that never reaches its end marker', () => {
    expect(textSwallowedByBlock('<script>alert(1)</script\n\nThe <em>rest</em> &amp; more.\n\nLast one.')).toEqual(['The', 'rest', '& more.', 'Last one.']);
    expect(textSwallowedByBlock('<!-- note\n\nThe rest.')).toEqual(['The rest.']);
    expect(textSwallowedByBlock('<pre>\ncode\n\nmore code\n</pre>')).toEqual([]);
    expect(textSwallowedByBlock('<div>\n\ntext')).toEqual([]);
  });
});
