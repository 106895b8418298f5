// The one place where the site is configured: every page, feed and date reads from here.

export interface SiteConfig {
  /** Site name, shown in the header and in page titles (default: 'Dateline'). */
  title: string;
  /** One-line description for the home page and link previews. */
  description: string;
  /** Absolute origin the site is served from; canonical URLs are built on it (default: 'https://dateline.example'). */
  url: string;
  /** Time zone that decides the calendar day of every article, IANA name (default: 'UTC'). */
  timeZone: string;
  /** BCP 47 language of the site, used for `lang` and date formatting (default: 'en'). */
  lang: string;
}

/** Resolved site configuration. `SITE_URL` in the environment overrides `url` (e.g. for a preview host). */
export const site: SiteConfig = {
  title: 'Dateline',
  description: 'News articles by date: who said what, when and where.',
  url: process.env['SITE_URL'] ?? 'https://dateline.example',
  timeZone: 'UTC',
  lang: 'en',
};
