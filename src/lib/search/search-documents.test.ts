import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { searchDocumentHtml } from './search-documents.ts';

describe('searchDocumentHtml', () => {
  const article = testArticle({
    dateline: null,
    quotes: [
      {
        id: 'quote-1',
        type: 'direct',
        text: 'we welcome FM Lavrov’s visit',
        speaker: 'Shah Mahmood Qureshi',
        speakerMention: 'Qureshi',
        speakerType: 'person',
        cue: 'tweeted',
      },
      {
        id: 'report-1',
        type: 'reported',
        text: 'the entire gamut of ties was discussed',
        speaker: null,
        speakerMention: null,
        speakerType: null,
        cue: null,
      },
    ],
  });

  it('is a page in the article’s language whose indexed part has the headline, dateline, body and who said what', () => {
    const html = searchDocumentHtml(article);
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    const indexed = html.slice(html.indexOf('<article data-pagefind-body>'), html.indexOf('</article>'));
    expect(indexed).toContain(`<h1>${article.headline}</h1>`);
    expect(indexed).toContain('<p>April 7, 2021</p>');
    expect(indexed).toContain(article.html);
    expect(indexed).toContain('<li>Shah Mahmood Qureshi: “we welcome FM Lavrov’s visit”</li>');
    expect(indexed).toContain('<li>Unattributed: the entire gamut of ties was discussed</li>');
  });

  it('keeps an article’s own language, and names its authors as the byline does', () => {
    const html = searchDocumentHtml(
      testArticle({ data: { lang: 'ur' }, bylines: [{ name: 'Jane Doe', slug: 'jane-doe' }, { name: 'Reuters' }] }),
    );
    expect(html).toMatch(/^<!doctype html><html lang="ur">/);
    expect(html).toContain('By Jane Doe and Reuters</p>');
  });

  it('escapes the stored fields, so that a headline cannot add markup to the document', () => {
    const html = searchDocumentHtml(
      testArticle({ headline: '</h1><script>alert(1)</script>', bylines: [{ name: '<b>x</b>' }], quotes: [] }),
    );
    expect(html).toContain('<h1>&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('By &lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('Who said what');
  });
});
