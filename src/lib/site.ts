// The site configuration every page, feed and date reads: what the newsroom set in src/site.config.ts over the
// defaults below, with the environment's overrides.
import { settings } from '../site.config.ts';
import { environment } from '../environment.ts';

/** A section of the newsroom: every article belongs to one (front matter `section`). */
export interface Section {
  /** URL and front-matter name, lower-case words joined by `-` ("world"): `/section/world/`. */
  slug: string;
  /** How readers see it, above headlines and in the header ("World"). */
  name: string;
  /** Whether the site header links to it (default: false). */
  main?: boolean;
}

export interface SiteConfig {
  /** Site name, shown in the header and in page titles (default: 'Dateline'). */
  title: string;
  /** One-line description for the home page and link previews (no default: the newsroom's own words). */
  description: string;
  /** Absolute origin the site is served from; canonical URLs are built on it. `SITE_URL` overrides it (default: 'https://dateline.example'). */
  url: string;
  /** Time zone that decides the calendar day of every article, IANA name (default: 'UTC'). */
  timeZone: string;
  /** BCP 47 language of the site, used for `lang` and date formatting (default: 'en'). */
  lang: string;
  /** Whether the build renders a share image per article and quote; `DATELINE_SHARE_IMAGES=0` turns it off, e.g. for benchmarks (default: true). */
  shareImages: boolean;
  /**
   * Quotations per article that get their own share page and card: direct quotations with a named speaker, in the
   * order they appear. Every quotation keeps its anchor in the article either way (default: 2).
   */
  sharedQuotesPerArticle: number;
  /** First column of the calendars: 1 Monday (ISO 8601) or 0 Sunday (default: 1). */
  weekStartsOn: 0 | 1;
  /** Articles on each page of the latest news (`/`, `/page/2/`, …) (default: 20). */
  articlesPerPage: number;
  /** Quotes on each page of a speaker's quotes (`/people/<slug>/`, `/people/<slug>/page/2/`, …) (default: 50). */
  quotesPerPage: number;
  /** Speakers on each page of the people index (`/people/`, `/people/page/2/`, …) (default: 100). */
  peoplePerPage: number;
  /** The sections an article may name, in the order the header lists the main ones (default: one, News). */
  sections: readonly Section[];
  /** Slug of the section of an article that names none (default: 'news'); must be one of `sections`. */
  defaultSection: string;
  /** Articles on each page of a section, a tag or an author (default: 20). */
  listPerPage: number;
}

/** What a newsroom sets in src/site.config.ts: its description, and any other field whose default does not suit it. */
export type SiteSettings = Pick<SiteConfig, 'description'> & Partial<SiteConfig>;

const defaults: Omit<SiteConfig, 'description'> = {
  title: 'Dateline',
  url: 'https://dateline.example',
  timeZone: 'UTC',
  lang: 'en',
  shareImages: true,
  sharedQuotesPerArticle: 2,
  weekStartsOn: 1,
  articlesPerPage: 20,
  quotesPerPage: 50,
  peoplePerPage: 100,
  sections: [{ slug: 'news', name: 'News' }],
  defaultSection: 'news',
  listPerPage: 20,
};

/** The newsroom's settings over the defaults, with the environment's overrides. */
export function resolveSiteConfig(
  settings: SiteSettings,
  environment: { siteUrl?: string | undefined; shareImagesOff?: boolean } = {},
): SiteConfig {
  const resolved = { ...defaults, ...settings };
  return {
    ...resolved,
    url: environment.siteUrl ?? resolved.url,
    shareImages: resolved.shareImages && !environment.shareImagesOff,
  };
}

/** The site configuration of this build. */
export const site: SiteConfig = resolveSiteConfig(settings, environment);
