// `npm run dev` only: a direct quote's own page at /YYYY/MM/DD/<slug>/quote-N/. A build writes these beside the pages
// instead (src/build/article-files.ts), from the same component of the same article.
import type { APIRoute, GetStaticPaths } from 'astro';
import { createComponentPages } from '@/build/component-pages.ts';
import { getArticles, type Article } from '@/lib/articles.ts';
import { dayParams, quoteParams } from '@/lib/paths.ts';
import type { StoredQuote } from '@/lib/remark/frontmatter.ts';
import { shareableQuotes } from '@/lib/share/article-cards.ts';

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) =>
    shareableQuotes(article).map((quote) => ({
      params: { ...dayParams(article.date), slug: article.slug, ...quoteParams(quote.id) },
      props: { article, quote },
    })),
  )) satisfies GetStaticPaths;

/** One renderer for the dev server's life: a container takes long to make. */
const pages = createComponentPages();

export const GET: APIRoute<{ article: Article; quote: StoredQuote }> = async ({ props }) =>
  new Response(await (await pages).quotePage(props.article, props.quote), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
