// /robots.txt: everything may be crawled; the sitemaps are named with absolute URLs, as the protocol wants.
import type { APIRoute } from 'astro';
import { absoluteUrl, feedPaths } from '@/lib/paths.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(feedPaths.sitemap)}\nSitemap: ${absoluteUrl(feedPaths.newsSitemap)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
