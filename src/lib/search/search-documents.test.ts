import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../content/published-articles.ts';
import { searchArticles, searchDocumentHtml, searchTemplateSignature, yearSignatures, type SearchArticle } from './search-documents.ts';

// The seed article as the loader stores it (content/articles/2021/04/07/).
const seedFile = 'content/articles/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood.md';
const seed: PublishedArticle = {
  filePath: seedFile,
  data: { date: '2021-04-07', section: 'news' },
  fields: {
    headline: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
    dateline: null,
    lede: 'Russian Foreign Minister Sergei Lavrov arrived in Pakistan on Tuesday on a two-day visit.',
    body: 'seed-body-key',
  },
};

describe('searchArticles', () => {
  it('gives each published article its permalink, language, dateline and body key', () => {
    expect(searchArticles([seed])).toEqual([
      {
        path: '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood/',
        lang: 'en',
        headline: seed.fields.headline,
        dateline: 'April 7, 2021',
        byline: null,
        body: 'seed-body-key',
      },
    ]);
  });

  it('keeps an article’s own language and byline', () => {
    const urdu = { ...seed, filePath: 'content/articles/2021/04/08/mulaqat.md', data: { date: '2021-04-08', lang: 'ur', byline: 'A. Writer', section: 'news' } };
    expect(searchArticles([urdu]).map(({ path, lang, byline }) => ({ path, lang, byline }))).toEqual([{ path: '/2021/04/08/mulaqat/', lang: 'ur', byline: 'A. Writer' }]);
  });
});

describe('searchDocumentHtml', () => {
  const [article] = searchArticles([seed]) as [SearchArticle];
  const body = {
    html: '<p>Russian Foreign Minister Sergei Lavrov arrived in Pakistan on Tuesday.</p>',
    quotes: [
      { id: 'quote-1', type: 'direct' as const, text: 'we welcome FM Lavrov’s visit', speaker: 'Shah Mahmood Qureshi', speakerMention: 'Qureshi', speakerType: 'person' as const, cue: 'tweeted' },
      { id: 'report-1', type: 'reported' as const, text: 'the entire gamut of ties was discussed', speaker: null, speakerMention: null, speakerType: null, cue: null },
    ],
  };

  it('is a page in the article’s language whose indexed part has the headline, dateline, body and who said what', () => {
    const html = searchDocumentHtml(article, body);
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    const indexed = html.slice(html.indexOf('<article data-pagefind-body>'), html.indexOf('</article>'));
    expect(indexed).toContain(`<h1>${article.headline}</h1>`);
    expect(indexed).toContain('<p>April 7, 2021</p>');
    expect(indexed).toContain(body.html);
    expect(indexed).toContain('<li>Shah Mahmood Qureshi: “we welcome FM Lavrov’s visit”</li>');
    expect(indexed).toContain('<li>Unattributed: the entire gamut of ties was discussed</li>');
  });

  it('escapes the stored fields, so that a headline cannot add markup to the document', () => {
    const html = searchDocumentHtml({ ...article, headline: '</h1><script>alert(1)</script>', byline: '<b>x</b>' }, { html: '', quotes: [] });
    expect(html).toContain('<h1>&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('By &lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('Who said what');
  });
});

describe('yearSignatures', () => {
  const articles = searchArticles([
    seed,
    { ...seed, filePath: 'content/articles/2021/04/08/visit.md', data: { date: '2021-04-08', section: 'news' } },
    { ...seed, filePath: 'content/articles/2022/01/02/new-year.md', data: { date: '2022-01-02', section: 'news' } },
  ]);

  it('signs each year of articles, newest year first, whatever order they come in', () => {
    expect([...yearSignatures(articles, searchTemplateSignature).keys()]).toEqual(['2022', '2021']);
    expect(yearSignatures([...articles].reverse(), searchTemplateSignature)).toEqual(yearSignatures(articles, searchTemplateSignature));
  });

  it('changes only the signature of the year where an article changed, was added or was removed', () => {
    const before = yearSignatures(articles, searchTemplateSignature);
    const edited = yearSignatures(articles.map((article, i) => (i === 0 ? { ...article, body: 'corrected-body-key' } : article)), searchTemplateSignature);
    expect(edited.get('2021')).not.toBe(before.get('2021'));
    expect(edited.get('2022')).toBe(before.get('2022'));
    expect(yearSignatures(articles.slice(1), searchTemplateSignature).get('2021')).not.toBe(before.get('2021'));
    expect(yearSignatures([...articles, { ...articles[2]!, path: '/2022/05/05/more/' }], searchTemplateSignature).get('2022')).not.toBe(before.get('2022'));
  });

  it('changes every year’s signature when the document template changes', () => {
    const before = yearSignatures(articles, searchTemplateSignature);
    const other = yearSignatures(articles, 'another template');
    expect([...other.keys()]).toEqual([...before.keys()]);
    for (const [year, signature] of other) expect(signature).not.toBe(before.get(year));
  });
});
