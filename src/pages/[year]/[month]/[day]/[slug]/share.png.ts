// The article's share image at /YYYY/MM/DD/<slug>/share.png (none when DATELINE_SHARE_IMAGES=0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../../../lib/articles.ts';
import { dayParams } from '../../../../../lib/paths.ts';
import { articleCard } from '../../../../../lib/share/article-cards.ts';
import { pngResponse, prefetchCards } from '../../../../../lib/share/render-card.ts';
import { cacheKey } from '../../../../../lib/cache-key.ts';
import { site } from '../../../../../site.config.ts';

export const getStaticPaths = (async () => {
  if (!site.shareImages) return [];
  const paths = (await getArticles()).map((article) => {
    const svg = articleCard(article);
    // The card's drawing decides the PNG: an unchanged one stays in the output from the last build.
    return { params: { ...dayParams(article.date), slug: article.slug }, props: { svg }, cacheKey: cacheKey(svg) };
  });
  prefetchCards(paths.map((path) => path.props.svg));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => pngResponse(props.svg);
