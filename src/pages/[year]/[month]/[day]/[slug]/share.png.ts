// The article's share image at /YYYY/MM/DD/<slug>/share.png (none when DATELINE_SHARE_IMAGES=0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../../../lib/articles.ts';
import { dayParams } from '../../../../../lib/paths.ts';
import { articleCard } from '../../../../../lib/share/article-cards.ts';
import { pngResponse, prefetchCards } from '../../../../../lib/share/render-card.ts';
import { site } from '../../../../../site.config.ts';

export const getStaticPaths = (async () => {
  if (!site.shareImages) return [];
  const paths = (await getArticles()).map((article) => ({ params: { ...dayParams(article.date), slug: article.slug }, props: { svg: articleCard(article) } }));
  prefetchCards(paths.map((path) => path.props.svg));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => pngResponse(props.svg);
