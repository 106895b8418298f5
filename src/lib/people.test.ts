import { describe, expect, it } from 'vitest';
import type { Article } from './articles.ts';
import type { StoredQuote } from './remark/frontmatter.ts';
import { collectPeople, peopleIndexPages, personPages, personSlug, recentlyQuotedFirst } from './people.ts';

const quote = (id: string, speaker: string | null, type: StoredQuote['type'] = 'direct'): StoredQuote => ({ id, type, text: 'words', speaker, cue: 'said' });
const article = (isoDate: string, slug: string, quotes: StoredQuote[]) => ({ isoDate, slug, quotes }) as unknown as Article;

const articles = [
  article('2021-04-06', 'delhi', [quote('quote-1', 'Subrahmanyam Jaishankar'), quote('report-1', 'Shah Mahmood Qureshi', 'reported')]),
  article('2021-04-07', 'islamabad', [
    quote('quote-1', 'Shah Mahmood Qureshi'),
    quote('quote-2', 'Shah Mahmood Qureshi'),
    quote('report-1', 'the Foreign Office', 'reported'),
    quote('report-2', null, 'reported'),
  ]),
  article('2020-12-31', 'moscow', [quote('quote-1', 'The Foreign Office')]),
];

describe('collectPeople', () => {
  it('gathers each speaker once, most quoted first, with quotes newest first', () => {
    const people = collectPeople(articles);
    expect(people.map((p) => [p.name, p.slug, p.quotes.length, p.direct, p.latest])).toEqual([
      ['Shah Mahmood Qureshi', 'shah-mahmood-qureshi', 3, 2, '2021-04-07'],
      ['the Foreign Office', 'the-foreign-office', 2, 1, '2021-04-07'],
      ['Subrahmanyam Jaishankar', 'subrahmanyam-jaishankar', 1, 1, '2021-04-06'],
    ]);
    expect(people[0]?.quotes.map((q) => `${q.article.slug}#${q.quote.id}`)).toEqual(['islamabad#quote-1', 'islamabad#quote-2', 'delhi#report-1']);
  });

  it('leaves out statements with no known speaker', () => {
    expect(collectPeople([article('2021-01-01', 'x', [quote('report-1', null, 'reported')])])).toEqual([]);
  });

  it('orders by latest quote on request', () => {
    expect(recentlyQuotedFirst(collectPeople(articles)).map((p) => p.name)).toEqual(['Shah Mahmood Qureshi', 'the Foreign Office', 'Subrahmanyam Jaishankar']);
  });
});

describe('personSlug', () => {
  it('is the same for spellings that differ only in case or punctuation', () => {
    expect([personSlug("Conan O'Brien"), personSlug('Conan O’Brien'), personSlug('Conan OBrien')]).toEqual(['conan-obrien', 'conan-obrien', 'conan-obrien']);
    expect(personSlug('The Foreign Office')).toBe(personSlug('the Foreign Office'));
  });
});

describe('personPages', () => {
  it('cuts each speaker\'s quotes into pages of the given size, keeping the counts of all of them', () => {
    const pages = personPages(collectPeople(articles), 2);
    expect(pages.map(({ slug, count, direct, page }) => [slug, page.number, page.total, count, direct, page.items.map((q) => q.quote.id)])).toEqual([
      ['shah-mahmood-qureshi', 1, 2, 3, 2, ['quote-1', 'quote-2']],
      ['shah-mahmood-qureshi', 2, 2, 3, 2, ['report-1']],
      ['the-foreign-office', 1, 1, 2, 1, ['report-1', 'quote-1']],
      ['subrahmanyam-jaishankar', 1, 1, 1, 1, ['quote-1']],
    ]);
  });
});

describe('peopleIndexPages', () => {
  it('pages the index in either order', () => {
    const people = collectPeople([...articles, article('2021-05-01', 'later', [quote('quote-1', 'A Newcomer')])]);
    const slugs = (order: 'count' | 'latest') => peopleIndexPages(people, order, 2).map((page) => page.items.map((p) => p.slug));
    expect(slugs('count')).toEqual([['shah-mahmood-qureshi', 'the-foreign-office'], ['a-newcomer', 'subrahmanyam-jaishankar']]);
    expect(slugs('latest')).toEqual([['a-newcomer', 'shah-mahmood-qureshi'], ['the-foreign-office', 'subrahmanyam-jaishankar']]);
    expect(peopleIndexPages([], 'count', 2)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
});
