// Everyone quoted on the site: speakers gathered across articles, with their quotes newest first.
import type { Article } from './articles.ts';
import type { StoredQuote } from './remark/frontmatter.ts';
import { slugify } from './slug.ts';
import { paginate, type Page } from './pagination.ts';
import type { PeopleOrder } from './paths.ts';

export interface PersonQuote {
  article: Article;
  quote: StoredQuote;
}

export interface Person {
  /** The speaker's name as the extractor resolved it in their newest article ("Shah Mahmood Qureshi", "the Foreign Office"). */
  name: string;
  slug: string;
  /** Direct and reported quotes, newest article first, in text order within an article. */
  quotes: PersonQuote[];
  /** How many of those are direct quotations. */
  direct: number;
  /** `YYYY-MM-DD` of the newest article quoting them. */
  latest: string;
}

/**
 * The URL slug of a speaker's page. Names that slug alike ("O'Neil", "ONeil", "the Foreign Office" and
 * "The Foreign Office") are one page: the extractor resolves "Qureshi" and "he" within an article, and
 * across articles only spellings this close are taken to be the same speaker.
 */
export function personSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name, { fallback: 'speaker' })));
  return slug;
}

// A site names the same few thousand speakers on tens of thousands of pages: each name is slugged once per build.
const slugs = new Map<string, string>();

/** Speakers of the given articles, most quoted first. */
export function collectPeople(articles: readonly Article[]): Person[] {
  const people = new Map<string, Person>();
  const newestFirst = [...articles].sort((a, b) => b.isoDate.localeCompare(a.isoDate));
  for (const article of newestFirst) {
    for (const quote of article.quotes) {
      if (!quote.speaker) continue;
      const slug = personSlug(quote.speaker);
      let person = people.get(slug);
      if (!person) people.set(slug, (person = { name: quote.speaker, slug, quotes: [], direct: 0, latest: article.isoDate }));
      person.quotes.push({ article, quote });
      if (quote.type === 'direct') person.direct++;
    }
  }
  return [...people.values()].sort(mostQuotedFirst);
}

/** Most quotes first; then more direct quotes; then the most recently quoted; then by name, so the order is stable. */
function mostQuotedFirst(a: Person, b: Person): number {
  return b.quotes.length - a.quotes.length || b.direct - a.direct || b.latest.localeCompare(a.latest) || a.name.localeCompare(b.name);
}

/** Most recently quoted first (ties: most quoted first). */
export function recentlyQuotedFirst(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => b.latest.localeCompare(a.latest) || mostQuotedFirst(a, b));
}

/** One page of a speaker's quotes, newest first: the speaker's name, slug and counts, and the page's quotes. */
export interface PersonPage extends Pick<Person, 'name' | 'slug' | 'direct'> {
  /** All of the speaker's quotes, on every page. */
  count: number;
  page: Page<PersonQuote>;
}

/** Every page of every speaker's quotes, `perPage` quotes a page: a prolific speaker's thousands of quotes stay readable. */
export function personPages(people: readonly Person[], perPage: number): PersonPage[] {
  return people.flatMap(({ name, slug, direct, quotes }) => paginate(quotes, perPage).map((page) => ({ name, slug, direct, count: quotes.length, page })));
}

/** The pages of the people index in one order, `perPage` speakers a page: a newsroom quotes thousands of people. */
export function peopleIndexPages(people: readonly Person[], order: PeopleOrder, perPage: number): Page<Person>[] {
  return paginate(order === 'count' ? people : recentlyQuotedFirst(people), perPage);
}
