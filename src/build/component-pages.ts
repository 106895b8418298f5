// The pages written beside Astro's (quote pages, search documents), rendered from the site's components by one Astro
// container for the whole build. Astro's compiler must have compiled this module (component-loader.ts, or a dev route).
import { experimental_AstroContainer } from 'astro/container';
import QuotePage from '@/layouts/QuotePage.astro';
import SearchDocument from '@/layouts/SearchDocument.astro';
import type { Article } from '@/lib/article.ts';
import type { StoredQuote } from '@/lib/remark/frontmatter.ts';

export interface ComponentPages {
  /** The full HTML document of one direct quote's page (`images`: whether share images are built; default: the site's). */
  quotePage(article: Article, quote: StoredQuote, images?: boolean): Promise<string>;
  /** The document Pagefind indexes for an article. */
  searchDocument(article: Article): Promise<string>;
}

/** A renderer of both kinds of page; make one and render every page with it (a container takes long to make). */
export async function createComponentPages(): Promise<ComponentPages> {
  const container = await experimental_AstroContainer.create();
  // Whole documents: with the doctype, as a route's page has it.
  const page = { partial: false };
  return {
    quotePage: (article, quote, images) =>
      container.renderToString(QuotePage, {
        ...page,
        props: images === undefined ? { article, quote } : { article, quote, images },
      }),
    searchDocument: (article) => container.renderToString(SearchDocument, { ...page, props: { article } }),
  };
}
