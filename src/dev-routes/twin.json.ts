// `npm run dev` only: an article's JSON twin at /YYYY/MM/DD/<slug>.json. A build writes the twins beside the pages
// instead (src/build/article-files.ts), from the same function of the same article.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '@/lib/articles.ts';
import { dayParams } from '@/lib/paths.ts';
import { twinText } from '@/lib/twin.ts';

export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({
    params: { ...dayParams(article.date), slug: article.slug },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(twinText(props.article), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
