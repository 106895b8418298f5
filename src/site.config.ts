// The newsroom's settings: what this site sets differently from the defaults (every field, with its default, is
// documented in src/lib/site.ts).
import type { SiteSettings } from './lib/site.ts';

export const settings: SiteSettings = {
  title: 'Dateline',
  description: 'News articles by date: who said what, when and where.',
  url: 'https://dateline.example',
  sections: [
    { slug: 'world', name: 'World', main: true },
    { slug: 'politics', name: 'Politics', main: true },
    { slug: 'business', name: 'Business', main: true },
    { slug: 'science', name: 'Science' },
    { slug: 'health', name: 'Health' },
    { slug: 'sport', name: 'Sport' },
    { slug: 'culture', name: 'Culture' },
    { slug: 'news', name: 'News' },
  ],
};
