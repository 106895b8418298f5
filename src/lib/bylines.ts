// An article's byline as pages show it: authors with a page of their own, and wire names as they are printed.
import type { Author } from './authors.ts';

/** One name in a byline: an author (with `slug`, for `/authors/<slug>/`), or a name as it stands ("Reuters"). */
export interface Byline {
  name: string;
  slug?: string;
}

/**
 * The byline of an article: its `authors`, each a reference to an author (resolved to their name) or a wire's name;
 * its free-text `byline` when it has no `authors`. The loader has refused a reference to no author.
 */
export function bylinesOf(
  data: { authors: readonly (string | { id: string })[]; byline?: string | undefined },
  authors: ReadonlyMap<string, Pick<Author, 'name' | 'slug'>>,
): Byline[] {
  if (data.authors.length === 0) return data.byline ? [{ name: data.byline }] : [];
  return data.authors.map((author) => {
    if (typeof author === 'string') return { name: author };
    const found = authors.get(author.id);
    if (!found) throw new Error(`no author "${author.id}" (the articles loader checks every reference)`);
    return { name: found.name, slug: found.slug };
  });
}

/** A byline as one line of text ("Jane Doe, Sam Lee and Reuters"); null when it names no one. */
export function bylineText(bylines: readonly Byline[]): string | null {
  const names = bylines.map(({ name }) => name);
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
