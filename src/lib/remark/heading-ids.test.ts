import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { rehypeHeadingIds } from './heading-ids.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeHeadingIds).use(rehypeStringify).processSync(html));

describe('rehypeHeadingIds', () => {
  it('keeps heading anchors out of the ids the page uses', () => {
    expect(run('<h2>Main</h2><h3>Quote <em>1</em></h3><h2>Main</h2>')).toBe(
      '<h2 id="user-content-main">Main</h2><h3 id="user-content-quote-1">Quote <em>1</em></h3><h2 id="user-content-main-1">Main</h2>',
    );
  });
});
