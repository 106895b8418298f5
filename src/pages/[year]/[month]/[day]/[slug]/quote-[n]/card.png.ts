// A quote's share card at /YYYY/MM/DD/<slug>/quote-N/card.png (none when DATELINE_SHARE_IMAGES=0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../../../../lib/articles.ts';
import { dayParams, quoteParams } from '../../../../../../lib/paths.ts';
import { quoteCard, shareableQuotes } from '../../../../../../lib/share/article-cards.ts';
import { pngResponse, prefetchCards } from '../../../../../../lib/share/render-card.ts';
import { cacheKey } from '../../../../../../lib/cache-key.ts';
import { site } from '../../../../../../site.config.ts';

export const getStaticPaths = (async () => {
  if (!site.shareImages) return [];
  const paths = (await getArticles()).flatMap((article) =>
    shareableQuotes(article).map((quote) => {
      const svg = quoteCard(article, quote);
      // The card's drawing decides the PNG: an unchanged one stays in the output from the last build.
      return { params: { ...dayParams(article.date), slug: article.slug, ...quoteParams(quote.id) }, props: { svg }, cacheKey: cacheKey(svg) };
    }),
  );
  prefetchCards(paths.map((path) => path.props.svg));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => pngResponse(props.svg);
