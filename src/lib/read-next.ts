// What to read after an article: up to five others that quote the same people, share its tags or its section, or are
// near it in time. Pure over the articles, and cheap at any size: it never compares every pair of articles.
import type { Article } from './articles.ts';
import { slugify } from './slug.ts';
import { tagSlug } from './taxonomy.ts';

export interface ReadNextOptions {
  /** Articles suggested after each article (default: 5). */
  count?: number;
  /**
   * Neighbours looked at on each side of the article in each of its lists (each person's, tag's and section's
   * articles, newest first) (default: 10). This bounds the work per article whatever the site's size: a section of
   * 5,000 articles offers the 20 nearest in time, not all of them.
   */
  window?: number;
}

/**
 * What an article shares with another, and how much each counts: a person quoted in both counts most; merely being
 * near in time counts least, so that an article that shares nothing still has something to read next.
 */
const weights = { person: 3, tag: 2, section: 1, nearby: 0.5 } as const;

/** The keys an article is listed under, each with its weight. */
function keysOf(article: Article): [string, number][] {
  const keys = new Map<string, number>();
  for (const { speaker } of article.quotes)
    if (speaker) keys.set(`person:${slugify(speaker, { fallback: '' })}`, weights.person);
  for (const tag of article.data.tags) keys.set(`tag:${tagSlug(tag)}`, weights.tag);
  keys.set(`section:${article.data.section}`, weights.section);
  keys.set('nearby', weights.nearby);
  keys.delete('person:');
  return [...keys];
}

/**
 * For each article (in the given order, newest first), the ones to read next, newest first: those sharing the most
 * with it (people quoted, tags, section), the nearest in time breaking ties.
 */
export function readNext(
  articles: readonly Article[],
  { count = 5, window = 10 }: ReadNextOptions = {},
): Map<Article, Article[]> {
  const lists = new Map<string, number[]>();
  const keys = articles.map((article, i) => {
    const own = keysOf(article);
    for (const [key] of own) {
      const list = lists.get(key);
      if (list) list.push(i);
      else lists.set(key, [i]);
    }
    return own;
  });
  // Where each article stands in each of its lists, so that its neighbours there are found without a search.
  const positions = new Map<string, Map<number, number>>();
  for (const [key, list] of lists) positions.set(key, new Map(list.map((index, at) => [index, at])));
  const result = new Map<Article, Article[]>();
  articles.forEach((article, i) => {
    const scores = new Map<number, number>();
    for (const [key, weight] of keys[i]!) {
      const list = lists.get(key)!;
      const at = positions.get(key)!.get(i)!;
      for (let k = Math.max(0, at - window); k <= Math.min(list.length - 1, at + window); k++) {
        const other = list[k]!;
        if (other !== i) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const chosen = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || Math.abs(a - i) - Math.abs(b - i) || a - b)
      .slice(0, count)
      .map(([index]) => index)
      .sort((a, b) => a - b);
    result.set(
      article,
      chosen.map((index) => articles[index]!),
    );
  });
  return result;
}
