// The site-wide share image at /share.png, for pages without one of their own (none when DATELINE_SHARE_IMAGES=0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultImagePath } from '@/lib/paths.ts';
import { siteCard } from '@/lib/share/article-cards.ts';
import { pngResponse } from '@/build/render-card.ts';
import { site } from '@/lib/site.ts';

// A route with a parameter only so that the image can be left out: a static route always produces its file.
export const getStaticPaths = (() =>
  site.shareImages ? [{ params: { image: defaultImagePath.slice(1, -'.png'.length) } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = () => pngResponse(siteCard());
