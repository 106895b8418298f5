import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { sanitizeSchema } from './sanitize-schema.ts';

const clean = (html: string) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('sanitizeSchema', () => {
  it('removes scripts, handlers and javascript: URLs', () => {
    expect(clean('<script>alert(1)</script><p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p>')).toBe(
      '<p>Hi <a>there</a></p>',
    );
    expect(clean('<img src="x" onerror="alert(1)" alt="a">')).toBe('<img src="x" alt="a">');
    expect(clean('<iframe src="https://evil.example"></iframe><object data="x"></object><p>after</p>')).toBe(
      '<p>after</p>',
    );
  });

  it('keeps what news copy needs: emphasis, links, lists, quotes, images with alt, time, figure', () => {
    const html =
      '<p><em>a</em> <strong>b</strong> <a href="https://example.org">c</a></p><ul><li>d</li></ul><blockquote>e</blockquote>' +
      '<figure><img src="/m.png" alt="map"><figcaption>f</figcaption></figure><p><time datetime="2021-04-07">g</time> <cite>h</cite></p>';
    expect(clean(html)).toBe(html);
  });

  it('keeps our quote anchors and footnote ids but drops other ids', () => {
    expect(clean('<span id="quote-2" class="quote-direct">q</span>')).toBe(
      '<span id="quote-2" class="quote-direct">q</span>',
    );
    expect(clean('<li id="user-content-fn-1">n</li>')).toBe('<li id="user-content-fn-1">n</li>');
    expect(clean('<form id="getElementById"><p id="cookie" class="evil">x</p></form>')).toBe('<p>x</p>');
  });

  it('turns a second h1 in the body into plain text', () => {
    expect(clean('<h1>Another headline</h1>')).toBe('Another headline');
  });
});

describe('sanitizeSchema, for every reader and against tracking', () => {
  it('keeps images from this site only: no scheme, no //host, no /\\host', () => {
    expect(clean('<img src="/maps/region.png" alt="a"><img src="map.png" alt="b">')).toBe(
      '<img src="/maps/region.png" alt="a"><img src="map.png" alt="b">',
    );
    for (const src of [
      'https://evil.example/x.png',
      '//evil.example/x.png',
      '/\\evil.example/x.png',
      ' //evil.example/x.png',
      '/\t/evil.example/x.png',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(clean(`<img src="${src}" alt="x">`), src).toBe('<img alt="x">');
    }
    expect(clean('<picture><source srcset="//evil.example/x.png"><img src="x.png" alt="p"></picture>')).toBe(
      '<picture><img src="x.png" alt="p"></picture>',
    );
  });

  it('drops tabindex and accesskey, which would change the page’s keyboard order', () => {
    expect(clean('<p tabindex="1" accesskey="s">x</p>')).toBe('<p>x</p>');
  });
});
