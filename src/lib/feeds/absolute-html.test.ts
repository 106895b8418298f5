import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from './absolute-html.ts';

describe('absolutizeHtml', () => {
  it('resolves relative links, images and fragments against the article URL and keeps absolute ones', () => {
    const html =
      '<p><a href="/2021/04/06/talks/">earlier</a> <span id="quote-1">“Yes,”</span> <a href="#quote-1">q</a> <a href="https://example.org/x">out</a></p><img src="map.png" alt="Map">';
    expect(absolutizeHtml(html, 'https://dateline.example/2021/04/07/visit/')).toBe(
      '<p><a href="https://dateline.example/2021/04/06/talks/">earlier</a> <span id="quote-1">“Yes,”</span> <a href="https://dateline.example/2021/04/07/visit/#quote-1">q</a> <a href="https://example.org/x">out</a></p><img src="https://dateline.example/2021/04/07/visit/map.png" alt="Map">',
    );
  });
});
