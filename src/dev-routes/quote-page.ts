// `npm run dev` only: a direct quote's own page at /YYYY/MM/DD/<slug>/quote-N/. A build writes these after
// `astro build` instead (integrations/article-files.ts), with the same template.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { dayParams, quoteParams } from '../lib/paths.ts';
import { shareableQuotes } from '../lib/share/article-cards.ts';
import { quotePageHtml } from '../lib/share/quote-page.ts';
import { articleTwin, type ArticleTwin, type TwinQuote } from '../lib/twin.ts';

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) => {
    const twin = articleTwin(article);
    return shareableQuotes(twin).map((quote) => ({ params: { ...dayParams(article.date), slug: article.slug, ...quoteParams(quote.id) }, props: { twin, quote } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ twin: ArticleTwin; quote: TwinQuote }> = ({ props }) =>
  new Response(quotePageHtml(props.twin, props.quote), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
