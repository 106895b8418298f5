// A section's RSS 2.0 feed at /section/<slug>/rss.xml: its newest articles with their full text.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '@/lib/articles.ts';
import { feedSize, rssXml } from '@/lib/feeds/feeds.ts';
import { withFeedPhotos } from '@/lib/feeds/feed-photos.ts';
import { sectionGroups } from '@/lib/taxonomy.ts';
import { sectionFeedPath, sectionPath } from '@/lib/paths.ts';
import { site } from '@/lib/site.ts';

export const getStaticPaths = (async () =>
  sectionGroups(await getArticles()).map(({ slug, name, articles }) => ({
    params: { section: slug },
    props: { slug, name, articles: articles.slice(0, feedSize) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { slug, name, articles } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const channel = {
    title: `${name} · ${site.title}`,
    description: `${name}: the latest articles from ${site.title}.`,
    page: sectionPath(slug),
    self: sectionFeedPath(slug),
  };
  return new Response(rssXml(await withFeedPhotos(articles), site, channel), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
