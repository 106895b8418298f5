import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { quotePageHtml } from './quote-page.ts';

const site = { title: 'Dateline', url: 'https://dateline.example', lang: 'en', description: 'News by date.' };

function page(overrides: Parameters<typeof testArticle>[0] = {}, images = true): string {
  const article = testArticle(overrides);
  const quote = article.quotes[0];
  if (!quote) throw new Error('fixture has a quote');
  return quotePageHtml(article, quote, { images, site });
}

describe('quotePageHtml', () => {
  it('previews as the quote with its card, is noindex, and leads to the quote in the article', () => {
    const html = page();
    const url = 'https://dateline.example/2021/04/07/talks/quote-1/';
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<meta property="og:image" content="${url}card.png">`);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain('<h1>“We welcome FM Lavrov’s visit”</h1>');
    expect(html).toContain('<a class="in-context" href="/2021/04/07/talks/#quote-1">Read it in the article →</a>');
    expect(html).toContain('Islamabad, April 7, 2021 (Reuters)');
    expect(html).toContain(`href="https://x.com/intent/tweet?url=${encodeURIComponent(url)}&amp;text=`);
  });

  it('announces no image when share images are off', () => {
    expect(page({}, false)).not.toContain('og:image');
  });

  it('takes its style from the one stylesheet of all quote pages, and has no inline style and no script but its structured data', () => {
    const html = page();
    expect(html).toContain(`<link rel="stylesheet" href="/quote-page.css?v=`);
    expect(html).not.toMatch(/<style|style=/);
    expect(html).toContain("style-src 'self'");
    expect(html).toContain("script-src 'self'");
    expect(html.match(/<script(?![^>]*application\/ld\+json)/g)).toBeNull();
  });

  it('escapes hostile text everywhere: markup in the speaker, a script end in the headline', () => {
    const html = page({
      headline: 'Talks </script><script>alert(1)</script>',
      quotes: [
        {
          id: 'quote-1',
          type: 'direct',
          text: '"><img src=x onerror=alert(1)>',
          speaker: '<b onmouseover=alert(1)>X</b>',
          speakerMention: '<b onmouseover=alert(1)>X</b>',
          speakerType: 'person',
          cue: 'said',
        },
      ],
    });
    expect(html).not.toMatch(/<img|<b |<script>alert/);
    expect(html).toContain('&lt;b onmouseover=alert(1)&gt;X&lt;/b&gt;');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('sets the language and direction of an Urdu article', () => {
    expect(page({ data: { lang: 'ur' } })).toContain('<html lang="ur" dir="rtl">');
  });
});
