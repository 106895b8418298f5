// The RSS 2.0 feed at /rss.xml: the newest articles with their full text.
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { feedEntry, feedSize, rssXml } from '../lib/feeds/feeds.ts';

export const GET: APIRoute = async () => {
  const entries = (await getArticles()).slice(0, feedSize).map(feedEntry);
  return new Response(rssXml(entries), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
