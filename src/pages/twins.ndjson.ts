// Every article's machine-readable twin (shape: lib/twin.ts), one per line: `["YYYY/MM/DD/<slug>.json", "<its text>"]`.
// A file of the build, not of the site: site-output.ts writes each twin to its own /YYYY/MM/DD/<slug>.json from it
// (with the quote pages), only where the text changed, then removes it. One route instead of one per article: at
// 10,000 articles, Astro's own cost of a route was most of a twin's (a quarter of the time spent on routes).
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { articleJsonPath } from '../lib/paths.ts';
import { twinText } from '../lib/twin.ts';

export const GET: APIRoute = async () => {
  const lines = (await getArticles()).map((article) => JSON.stringify([articleJsonPath(article).slice(1), twinText(article)]));
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
