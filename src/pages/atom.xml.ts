// The Atom 1.0 feed at /atom.xml: the newest articles with their full text.
import type { APIRoute } from 'astro';
import { getArticles } from '@/lib/articles.ts';
import { atomXml, feedSize } from '@/lib/feeds/feeds.ts';
import { withFeedPhotos } from '@/lib/feeds/feed-photos.ts';

export const GET: APIRoute = async () => {
  const newest = await withFeedPhotos((await getArticles()).slice(0, feedSize));
  return new Response(atomXml(newest), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
