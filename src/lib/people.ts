// Everyone quoted on the site: the persons and organisations behind the speakers of every article, one page each,
// with their quotes newest first. A description the extractor could not resolve ("a spokeswoman") is no one's page.
import type { Article } from './articles.ts';
import type { StoredQuote } from './remark/frontmatter.ts';
import { slugify } from './slug.ts';
import { paginate, type Page } from './pagination.ts';
import type { PeopleOrder } from './paths.ts';

/** The speakers that get a page: people and organisations. */
export type SpeakerKind = 'person' | 'organisation';

/** Who a speaker's name stands for across the site. */
export interface Speaker {
  /** The fullest name the site has for them ("Shah Mahmood Qureshi", "the Foreign Office"). */
  name: string;
  slug: string;
  kind: SpeakerKind;
}

export interface PersonQuote {
  article: Article;
  quote: StoredQuote;
}

export interface Person extends Speaker {
  /** Direct and reported quotes, newest article first, in text order within an article. */
  quotes: PersonQuote[];
  /** How many of those are direct quotations (the rest are reported statements). */
  direct: number;
  /** `YYYY-MM-DD` of the newest article quoting them. */
  latest: string;
}

/**
 * The URL slug of a speaker's page. Names that slug alike ("O'Neil", "ONeil", "the Foreign Office" and
 * "The Foreign Office") are one page.
 */
export function personSlug(name: string): string {
  return slugify(name, { fallback: 'speaker' });
}

// "the Foreign Office" is an organisation's name; "the ministry" is the article's word for one it did not name.
const isNamed = (organisation: string): boolean => /\p{Lu}/u.test(organisation.replace(/^the\s+/iu, ''));

const surnameOf = (name: string): string => name.split(/\s+/u).at(-1)!.toLowerCase();

/**
 * Who each speaker name of the site stands for. Within an article the extractor has already resolved "Qureshi" and
 * "he" to the fullest name the article used; across articles, a bare surname is the one person of the site with
 * that surname, and stays a speaker of its own when the site has none or several (two Ruizes are never merged).
 */
export function speakerDirectory(articles: readonly Article[]): ReadonlyMap<string, Speaker> {
  const kinds = new Map<string, SpeakerKind>();
  for (const article of articles) {
    for (const { speaker, speakerType } of article.quotes) {
      if (speaker !== null && (speakerType === 'person' || (speakerType === 'organisation' && isNamed(speaker))))
        kinds.set(speaker, speakerType);
    }
  }
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const [name, kind] of kinds) {
    if (kind !== 'person' || !name.includes(' ')) continue;
    const key = surnameOf(name);
    fullNamesBySurname.set(key, new Set([...(fullNamesBySurname.get(key) ?? []), name]));
  }
  const directory = new Map<string, Speaker>();
  for (const [name, kind] of kinds) {
    const candidates = kind === 'person' && !name.includes(' ') ? fullNamesBySurname.get(surnameOf(name)) : undefined;
    const canonical = candidates?.size === 1 ? [...candidates][0]! : name;
    directory.set(name, { name: canonical, slug: personSlug(canonical), kind });
  }
  return directory;
}

// Eight routes list the site's people (their pages, the indexes, the organisations): each asks with the same list of
// articles, and the answer is worked out once for it.
const peopleOf = new WeakMap<readonly Article[], readonly Person[]>();

/** Speakers of the given articles who have a page, most quoted first. */
export function collectPeople(articles: readonly Article[]): readonly Person[] {
  let people = peopleOf.get(articles);
  if (people === undefined) peopleOf.set(articles, (people = peopleIn(articles)));
  return people;
}

function peopleIn(articles: readonly Article[]): Person[] {
  const directory = speakerDirectory(articles);
  const people = new Map<string, Person>();
  const newestFirst = [...articles].sort((a, b) => b.isoDate.localeCompare(a.isoDate));
  for (const article of newestFirst) {
    for (const quote of article.quotes) {
      const speaker = quote.speaker === null ? undefined : directory.get(quote.speaker);
      if (speaker === undefined) continue;
      let person = people.get(speaker.slug);
      if (!person) people.set(speaker.slug, (person = { ...speaker, quotes: [], direct: 0, latest: article.isoDate }));
      person.quotes.push({ article, quote });
      if (quote.type === 'direct') person.direct++;
    }
  }
  return [...people.values()].sort(mostQuotedFirst);
}

/** The path of each speaker of an article who has a page, by the name the article gives them (`directory`: the site's). */
export function speakerPaths(
  article: Pick<Article, 'quotes'>,
  directory: ReadonlyMap<string, Speaker>,
  pathOf: (slug: string) => string,
): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const { speaker } of article.quotes) {
    const found = speaker === null ? undefined : directory.get(speaker);
    if (found !== undefined) paths[speaker!] = pathOf(found.slug);
  }
  return paths;
}

/** Most quotes first; then more direct quotes; then the most recently quoted; then by name, so the order is stable. */
function mostQuotedFirst(a: Person, b: Person): number {
  return (
    b.quotes.length - a.quotes.length ||
    b.direct - a.direct ||
    b.latest.localeCompare(a.latest) ||
    a.name.localeCompare(b.name)
  );
}

/** By surname, as a newsroom's index of people reads ("Lavrov, Sergei" before "Qureshi, Shah Mahmood"). */
function bySurname(a: Person, b: Person): number {
  return (
    surnameOf(a.name).localeCompare(surnameOf(b.name), 'en') ||
    a.name.localeCompare(b.name, 'en') ||
    mostQuotedFirst(a, b)
  );
}

/** Most recently quoted first (ties: most quoted first). */
export function recentlyQuotedFirst(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => b.latest.localeCompare(a.latest) || mostQuotedFirst(a, b));
}

/** One page of a speaker's quotes, newest first: the speaker's name, slug and counts, and the page's quotes. */
export interface PersonPage extends Pick<Person, 'name' | 'slug' | 'kind' | 'direct'> {
  /** All of the speaker's quotes, on every page. */
  count: number;
  page: Page<PersonQuote>;
}

/** Every page of every speaker's quotes, `perPage` quotes a page: a prolific speaker's thousands of quotes stay readable. */
export function personPages(people: readonly Person[], perPage: number): PersonPage[] {
  return people.flatMap(({ name, slug, kind, direct, quotes }) =>
    paginate(quotes, perPage).map((page) => ({ name, slug, kind, direct, count: quotes.length, page })),
  );
}

/**
 * The pages of an index in one order, `perPage` speakers a page: people by surname or most recently quoted first,
 * organisations by name. A newsroom quotes thousands of people.
 */
export function peopleIndexPages(people: readonly Person[], order: PeopleOrder, perPage: number): Page<Person>[] {
  const persons = people.filter((p) => p.kind === (order === 'organisations' ? 'organisation' : 'person'));
  const sorted =
    order === 'latest'
      ? recentlyQuotedFirst(persons)
      : order === 'organisations'
        ? [...persons].sort((a, b) =>
            a.name.replace(/^the\s+/iu, '').localeCompare(b.name.replace(/^the\s+/iu, ''), 'en'),
          )
        : [...persons].sort(bySurname);
  return paginate(sorted, perPage);
}

/** "3 quotes, 6 statements": direct quotations and reported statements, each counted as what it is. */
export function quoteCounts(direct: number, all: number): string {
  const reported = all - direct;
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [direct > 0 && part(direct, 'quote', 'quotes'), reported > 0 && part(reported, 'statement', 'statements')]
    .filter(Boolean)
    .join(', ');
}
