// The article's machine-readable twin at /YYYY/MM/DD/<slug>.json, for tools and fact-checkers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../../lib/articles.ts';
import { absoluteUrl, articlePath, dayParams } from '../../../../lib/paths.ts';
import { formatDateline } from '../../../../lib/format-dateline.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { ...dayParams(article.date), slug: article.slug }, props: { article }, cacheKey: cacheKey(article) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) => {
  const url = absoluteUrl(articlePath(article));
  const twin = {
    headline: article.headline,
    date: article.isoDate,
    updated: article.data.updated ?? null,
    dateline: article.dateline ? { ...article.dateline, text: formatDateline(article.dateline, article.date) } : null,
    url,
    quotes: article.quotes.map(({ id, type, text, speaker, cue }) => ({ id, type, text, speaker, cue, url: `${url}#${id}` })),
  };
  return new Response(`${JSON.stringify(twin, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
