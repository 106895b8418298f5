// The article's machine-readable twin at /YYYY/MM/DD/<slug>.json, for tools and fact-checkers (shape: lib/twin.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../../lib/articles.ts';
import { dayParams } from '../../../../lib/paths.ts';
import { articleTwin } from '../../../../lib/twin.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { ...dayParams(article.date), slug: article.slug }, props: { article }, cacheKey: cacheKey(article) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) =>
  new Response(`${JSON.stringify(articleTwin(article), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
