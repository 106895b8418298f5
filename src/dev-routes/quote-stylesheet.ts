// `npm run dev` only: the quote pages' one stylesheet at /quote-page.css, which a build writes beside them instead.
import type { APIRoute } from 'astro';
import { quotePageStyle } from '@/lib/share/quote-stylesheet.ts';

export const GET: APIRoute = () =>
  new Response(quotePageStyle, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
