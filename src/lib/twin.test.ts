import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { articleTwin } from './twin.ts';

describe('articleTwin', () => {
  it('names the authors as the byline does: each author’s page, none for a wire or a free-text byline', () => {
    const twin = articleTwin(testArticle({ bylines: [{ name: 'Jane Doe', slug: 'jane-doe' }, { name: 'Reuters' }] }));
    expect(twin.authors).toEqual([
      { name: 'Jane Doe', url: 'https://dateline.example/authors/jane-doe/' },
      { name: 'Reuters', url: null },
    ]);
    expect(articleTwin(testArticle({ data: { byline: 'Staff reporter' } })).authors).toEqual([
      { name: 'Staff reporter', url: null },
    ]);
    expect(articleTwin(testArticle()).authors).toEqual([]);
  });

  it('gives each speaker the role the article gave them, or null', () => {
    expect(articleTwin(testArticle()).quotes.map(({ speaker, speakerRole }) => [speaker, speakerRole])).toEqual([
      ['Shah Mahmood Qureshi', 'Foreign Minister'],
      ['the Foreign Office', null],
    ]);
  });

  it('gives each quote its anchor in the article', () => {
    expect(articleTwin(testArticle()).quotes.map(({ id, url }) => [id, url])).toEqual([
      ['quote-1', 'https://dateline.example/2021/04/07/talks/#quote-1'],
      ['report-1', 'https://dateline.example/2021/04/07/talks/#report-1'],
    ]);
  });
});
