import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { readNext } from './read-next.ts';
import type { Article } from './articles.ts';

const article = (
  slug: string,
  isoDate: string,
  { section = 'news', tags = [] as string[], speakers = [] as string[] } = {},
): Article =>
  testArticle({
    slug,
    isoDate,
    quotes: speakers.map((speaker, i) => ({
      id: `quote-${i + 1}`,
      type: 'direct',
      text: 'Words,',
      speaker,
      speakerMention: speaker,
      speakerType: 'person',
      cue: 'said',
    })),
    data: { section, tags },
  });

const slugs = (list: Article[] | undefined) => list?.map(({ slug }) => slug);

describe('readNext', () => {
  it('suggests those sharing the most (people quoted, then tags, then section; the nearer of equals), newest first, never the article itself', () => {
    const articles = [
      article('newest', '2021-04-10', { section: 'world' }),
      article('same-person', '2021-04-09', { speakers: ['Sergei Lavrov'] }),
      article('same-tag', '2021-04-08', { tags: ['India'] }),
      article('it', '2021-04-07', { section: 'world', tags: ['india'], speakers: ['Sergei Lavrov'] }),
      article('unrelated', '2021-04-06', { section: 'sport' }),
      article('same-section', '2021-04-05', { section: 'world' }),
    ];
    const next = readNext(articles, { count: 3 });
    expect(slugs(next.get(articles[3]!))).toEqual(['same-person', 'same-tag', 'same-section']);
    // Sharing nothing, an article is offered the nearest in time.
    expect(slugs(next.get(articles[4]!))).toEqual(['same-tag', 'it', 'same-section']);
  });

  it('breaks ties by nearness in time, and looks only `window` articles away in each list', () => {
    const articles = Array.from({ length: 30 }, (_, i) =>
      article(`a${i}`, `2021-01-${String(30 - i).padStart(2, '0')}`, { section: 'world' }),
    );
    expect(slugs(readNext(articles, { count: 4 }).get(articles[10]!))).toEqual(['a8', 'a9', 'a11', 'a12']);
    // A window of 1 looks at one neighbour on each side in each list: in the section's, a4 only; in the short list of
    // tag "x", the article five days away.
    const far = [
      ...articles
        .slice(0, 5)
        .map((a, i) => (i === 0 ? article('far', a.isoDate, { section: 'world', tags: ['x'] }) : a)),
      article('it', '2020-12-01', { section: 'world', tags: ['x'] }),
    ];
    expect(slugs(readNext(far, { window: 1 }).get(far[5]!))).toEqual(['far', 'a4']);
  });
});
