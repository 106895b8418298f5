// The RSS 2.0 feed at /rss.xml: the newest articles with their full text.
import type { APIRoute } from 'astro';
import { getArticles } from '@/lib/articles.ts';
import { feedSize, rssXml } from '@/lib/feeds/feeds.ts';
import { withFeedPhotos } from '@/lib/feeds/feed-photos.ts';

export const GET: APIRoute = async () => {
  const newest = await withFeedPhotos((await getArticles()).slice(0, feedSize));
  return new Response(rssXml(newest), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
