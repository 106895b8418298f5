// The Google News sitemap at /news-sitemap.xml: articles of the two days before this build.
import type { APIRoute } from 'astro';
import { getArticles } from '@/lib/articles.ts';
import { newsSitemapXml, recentArticles } from '@/lib/feeds/news-sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(newsSitemapXml(recentArticles(await getArticles(), new Date())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
