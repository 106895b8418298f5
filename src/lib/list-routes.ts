// The routes of a list paginated as /<kind>/<slug>/ and /<kind>/<slug>/page/N/ (a section, a tag, an author): Astro
// needs a page file for each URL shape, and each takes its pages from here, keyed by what it shows.
import { cacheKey } from '../build/cache-key.ts';
import { listPageParams } from './paths.ts';
import type { ListPage } from './taxonomy.ts';

/** Page 1 of each list, at the list's own URL; `more` adds props of its own (an author's card), part of the key. */
export function firstPageRoutes<Param extends string, More extends object = object>(
  lists: readonly ListPage[],
  param: Param,
  more: (list: ListPage) => More = () => ({}) as More,
) {
  return lists
    .filter(({ page }) => page.number === 1)
    .map((list) => {
      const props = { list, ...more(list) };
      return { params: { [param]: list.slug } as Record<Param, string>, props, cacheKey: cacheKey(props) };
    });
}

/** Pages 2 and on of each list, at `…/page/N/`. */
export function laterPageRoutes<Param extends string>(lists: readonly ListPage[], param: Param) {
  return lists
    .filter(({ page }) => page.number > 1)
    .map((list) => ({
      params: { [param]: list.slug, ...listPageParams(list.page.number) } as Record<Param | 'page', string>,
      props: { list },
      cacheKey: cacheKey({ list }),
    }));
}
