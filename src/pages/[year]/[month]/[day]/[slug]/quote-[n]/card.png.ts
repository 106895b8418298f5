// A quote's share card at /YYYY/MM/DD/<slug>/quote-N/card.png (none when DATELINE_SHARE_IMAGES=0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '@/lib/articles.ts';
import type { StoredQuote } from '@/lib/remark/frontmatter.ts';
import { dayParams, quoteParams } from '@/lib/paths.ts';
import { quoteCard, quoteCardText, shareableQuotes } from '@/lib/share/article-cards.ts';
import { pngResponse } from '@/build/render-card.ts';
import { cacheKey } from '@/build/cache-key.ts';
import { site } from '@/lib/site.ts';

export const getStaticPaths = (async () => {
  if (!site.shareImages) return [];
  // What the card shows decides the PNG (the card's code is in the page's own key): an unchanged one stays in the
  // output from the last build, and its drawing is not even made.
  return (await getArticles()).flatMap((article) =>
    shareableQuotes(article).map((quote) => ({
      params: { ...dayParams(article.date), slug: article.slug, ...quoteParams(quote.id) },
      props: { article, quote },
      cacheKey: cacheKey(quoteCardText(article, quote)),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; quote: StoredQuote }> = ({ props }) =>
  pngResponse(quoteCard(props.article, props.quote));
