import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { articleTags, articlesBySection, collectTags, listPages, sectionOf } from './taxonomy.ts';

const article = (slug: string, section: string, tags: string[]) => testArticle({ slug, data: { section, tags } });

describe('collectTags', () => {
  it('makes one tag of spellings that slug alike, named as its newest article spells it, most used first', () => {
    const articles = [
      article('a', 'world', ['South Asia', 'Energy']),
      article('b', 'world', ['south asia', 'south-asia']),
      article('c', 'news', ['Budget']),
    ];
    expect(
      collectTags(articles).map(({ name, slug, articles: list }) => [name, slug, list.map((a) => a.slug)]),
    ).toEqual([
      ['South Asia', 'south-asia', ['a', 'b']],
      ['Budget', 'budget', ['c']],
      ['Energy', 'energy', ['a']],
    ]);
    expect(articleTags(articles[1]!)).toEqual([{ name: 'south asia', slug: 'south-asia' }]);
  });
});

describe('sections', () => {
  it('lists every section of the config, in its order, an empty one too', () => {
    const groups = articlesBySection([article('a', 'sport', []), article('b', 'world', []), article('c', 'world', [])]);
    expect(groups.map(({ section, articles }) => [section.slug, articles.length])).toEqual([
      ['world', 2],
      ['politics', 0],
      ['business', 0],
      ['science', 0],
      ['health', 0],
      ['sport', 1],
      ['culture', 0],
      ['news', 0],
    ]);
    expect(() => sectionOf('wrold')).toThrow(/unknown section "wrold"/);
  });
});

describe('listPages', () => {
  it('cuts each group into pages, keeping a first page for an empty group', () => {
    const many = Array.from({ length: 5 }, (_, i) => article(`a${i}`, 'world', []));
    const pages = listPages(
      [
        { slug: 'world', name: 'World', articles: many },
        { slug: 'sport', name: 'Sport', articles: [] },
      ],
      2,
    );
    expect(pages.map(({ slug, page }) => [slug, page.number, page.total, page.items.map((a) => a.slug)])).toEqual([
      ['world', 1, 3, ['a0', 'a1']],
      ['world', 2, 3, ['a2', 'a3']],
      ['world', 3, 3, ['a4']],
      ['sport', 1, 1, []],
    ]);
  });
});
