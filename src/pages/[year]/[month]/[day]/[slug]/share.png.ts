// The article's share image at /YYYY/MM/DD/<slug>/share.png (none when DATELINE_SHARE_IMAGES=0), drawn only for an
// article without a lead photograph: the photograph, cropped, is the link preview of one that has it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '@/lib/articles.ts';
import { dayParams } from '@/lib/paths.ts';
import { articleCard, articleCardText } from '@/lib/share/article-cards.ts';
import { pngResponse } from '@/build/render-card.ts';
import { cacheKey } from '@/build/cache-key.ts';
import { site } from '@/lib/site.ts';

export const getStaticPaths = (async () => {
  if (!site.shareImages) return [];
  // What the card shows decides the PNG (the card's code is in the page's own key): an unchanged one stays in the
  // output from the last build, and its drawing is not even made.
  return (await getArticles())
    .filter((article) => !article.data.image)
    .map((article) => ({
      params: { ...dayParams(article.date), slug: article.slug },
      props: { article },
      cacheKey: cacheKey(articleCardText(article)),
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => pngResponse(articleCard(props.article));
