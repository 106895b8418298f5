// The pages written beside Astro's (quote pages, search documents), rendered from the site's components by Astro's
// container API. Astro's compiler must have compiled this module (component-loader.ts, or a dev route).
import { experimental_AstroContainer } from 'astro/container';
import QuotePage from '@/layouts/QuotePage.astro';
import SearchDocument from '@/layouts/SearchDocument.astro';
import type { Article } from '@/lib/article.ts';
import type { StoredQuote } from '@/lib/remark/frontmatter.ts';

type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

export interface ComponentPages {
  /** The full HTML document of one direct quote's page (`images`: whether share images are built; default: the site's). */
  quotePage(article: Article, quote: StoredQuote, images?: boolean): Promise<string>;
  /** The document Pagefind indexes for an article. */
  searchDocument(article: Article): Promise<string>;
}

/**
 * Renders per container: each render leaves a route in its container that every later render searches (Astro 7.3), so
 * a container renders a few hundred pages, then the next is made (in well under a millisecond), instead of one for all.
 */
const rendersPerContainer = 500;

/** A renderer of both kinds of page; make one and render every page of a build with it. */
export async function createComponentPages(): Promise<ComponentPages> {
  // Swapped without awaiting, so that renders running at once never make more than one new container.
  let container = experimental_AstroContainer.create();
  let renders = 0;
  const render = async (component: Component, props: Record<string, unknown>) => {
    if (++renders > rendersPerContainer) [container, renders] = [experimental_AstroContainer.create(), 1];
    // Whole documents: with the doctype, as a route's page has it.
    return (await container).renderToString(component, { partial: false, props });
  };
  return {
    quotePage: (article, quote, images) =>
      render(QuotePage, images === undefined ? { article, quote } : { article, quote, images }),
    searchDocument: (article) => render(SearchDocument, { article }),
  };
}
