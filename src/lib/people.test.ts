import { describe, expect, it } from 'vitest';
import type { Article } from './articles.ts';
import type { StoredQuote } from './remark/frontmatter.ts';
import {
  collectPeople,
  peopleIndexPages,
  personPages,
  personSlug,
  quoteCounts,
  recentlyQuotedFirst,
  speakerDirectory,
  speakerPaths,
} from './people.ts';

const quote = (
  id: string,
  speaker: string | null,
  type: StoredQuote['type'] = 'direct',
  speakerType: StoredQuote['speakerType'] = 'person',
): StoredQuote => ({
  id,
  type,
  text: 'words',
  speaker,
  speakerMention: speaker,
  speakerType: speaker === null ? null : speakerType,
  cue: 'said',
});
const article = (isoDate: string, slug: string, quotes: StoredQuote[]) =>
  ({ isoDate, slug, quotes }) as unknown as Article;

const articles = [
  article('2021-04-06', 'delhi', [
    quote('quote-1', 'Subrahmanyam Jaishankar'),
    quote('report-1', 'Shah Mahmood Qureshi', 'reported'),
  ]),
  article('2021-04-07', 'islamabad', [
    quote('quote-1', 'Shah Mahmood Qureshi'),
    quote('quote-2', 'Shah Mahmood Qureshi'),
    quote('report-1', 'the Foreign Office', 'reported', 'organisation'),
    quote('report-2', null, 'reported'),
  ]),
  article('2020-12-31', 'moscow', [quote('quote-1', 'The Foreign Office', 'direct', 'organisation')]),
];

describe('collectPeople', () => {
  it('gathers each speaker once, most quoted first, with quotes newest first', () => {
    const people = collectPeople(articles);
    expect(people.map((p) => [p.name, p.slug, p.quotes.length, p.direct, p.latest])).toEqual([
      ['Shah Mahmood Qureshi', 'shah-mahmood-qureshi', 3, 2, '2021-04-07'],
      ['the Foreign Office', 'the-foreign-office', 2, 1, '2021-04-07'],
      ['Subrahmanyam Jaishankar', 'subrahmanyam-jaishankar', 1, 1, '2021-04-06'],
    ]);
    expect(people[0]?.quotes.map((q) => `${q.article.slug}#${q.quote.id}`)).toEqual([
      'islamabad#quote-1',
      'islamabad#quote-2',
      'delhi#report-1',
    ]);
  });

  it('leaves out statements with no known speaker, and descriptions no one was resolved to', () => {
    expect(
      collectPeople([
        article('2021-01-01', 'x', [
          quote('report-1', null, 'reported'),
          quote('quote-1', 'a spokeswoman', 'direct', 'unknown'),
        ]),
      ]),
    ).toEqual([]);
  });

  it('makes one page of a surname and the one full name the site has for it, never of two people who share it', () => {
    const one = collectPeople([
      article('2021-01-01', 'a', [quote('quote-1', 'Qureshi')]),
      article('2021-01-02', 'b', [quote('quote-1', 'Shah Mahmood Qureshi')]),
    ]);
    expect(one.map((p) => [p.name, p.quotes.length])).toEqual([['Shah Mahmood Qureshi', 2]]);
    const two = collectPeople([
      article('2021-01-01', 'a', [quote('quote-1', 'Ruiz')]),
      article('2021-01-02', 'b', [quote('quote-1', 'Ana Ruiz')]),
      article('2021-01-03', 'c', [quote('quote-1', 'Marco Ruiz')]),
    ]);
    expect(two.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Marco Ruiz', 'Ruiz']);
  });

  it("links an article's speakers to the pages they are gathered on", () => {
    const site = [
      article('2021-01-01', 'a', [quote('quote-1', 'Qureshi'), quote('quote-2', 'a spokeswoman', 'direct', 'unknown')]),
      article('2021-01-02', 'b', [quote('quote-1', 'Shah Mahmood Qureshi')]),
    ];
    expect(speakerPaths(site[0]!, speakerDirectory(site), (slug) => `/people/${slug}/`)).toEqual({
      Qureshi: '/people/shah-mahmood-qureshi/',
    });
  });

  it('orders by latest quote on request', () => {
    expect(recentlyQuotedFirst(collectPeople(articles)).map((p) => p.name)).toEqual([
      'Shah Mahmood Qureshi',
      'the Foreign Office',
      'Subrahmanyam Jaishankar',
    ]);
  });
});

describe('personSlug', () => {
  it('is the same for spellings that differ only in case or punctuation', () => {
    expect([personSlug("Conan O'Brien"), personSlug('Conan O’Brien'), personSlug('Conan OBrien')]).toEqual([
      'conan-obrien',
      'conan-obrien',
      'conan-obrien',
    ]);
    expect(personSlug('The Foreign Office')).toBe(personSlug('the Foreign Office'));
  });
});

describe('personPages', () => {
  it("cuts each speaker's quotes into pages of the given size, keeping the counts of all of them", () => {
    const pages = personPages(collectPeople(articles), 2);
    expect(
      pages.map(({ slug, count, direct, page }) => [
        slug,
        page.number,
        page.total,
        count,
        direct,
        page.items.map((q) => q.quote.id),
      ]),
    ).toEqual([
      ['shah-mahmood-qureshi', 1, 2, 3, 2, ['quote-1', 'quote-2']],
      ['shah-mahmood-qureshi', 2, 2, 3, 2, ['report-1']],
      ['the-foreign-office', 1, 1, 2, 1, ['report-1', 'quote-1']],
      ['subrahmanyam-jaishankar', 1, 1, 1, 1, ['quote-1']],
    ]);
  });
});

describe('peopleIndexPages', () => {
  it('pages people by surname or by latest quote, and organisations on their own', () => {
    const people = collectPeople([...articles, article('2021-05-01', 'later', [quote('quote-1', 'Ada Zed Newcomer')])]);
    const slugs = (order: 'name' | 'latest' | 'organisations') =>
      peopleIndexPages(people, order, 2).map((page) => page.items.map((p) => p.slug));
    expect(slugs('name')).toEqual([['subrahmanyam-jaishankar', 'ada-zed-newcomer'], ['shah-mahmood-qureshi']]);
    expect(slugs('latest')).toEqual([['ada-zed-newcomer', 'shah-mahmood-qureshi'], ['subrahmanyam-jaishankar']]);
    expect(slugs('organisations')).toEqual([['the-foreign-office']]);
    expect(peopleIndexPages([], 'name', 2)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
});

describe('quoteCounts', () => {
  it('counts quotations and statements as what they are', () => {
    expect([quoteCounts(3, 9), quoteCounts(1, 1), quoteCounts(0, 2)]).toEqual([
      '3 quotes, 6 statements',
      '1 quote',
      '2 statements',
    ]);
  });
});
