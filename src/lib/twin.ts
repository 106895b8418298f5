// An article's machine-readable twin (/YYYY/MM/DD/<slug>.json): what tools, fact-checkers and our own quote pages read.
import type { Article } from './articles.ts';
import type { ArticleBody } from './content/article-bodies.ts';
import { publishedPermalink, type PublishedArticle } from './content/published-articles.ts';
import type { ExtractedFields, StoredQuote } from './remark/frontmatter.ts';
import { absoluteUrl, articlePath, type PermalinkParts } from './paths.ts';
import { parseCalendarDate } from './dates.ts';
import { formatDateline } from './format-dateline.ts';
import { site } from '../site.config.ts';
import { sectionOf } from './taxonomy.ts';

export interface TwinQuote extends Pick<StoredQuote, 'id' | 'type' | 'text' | 'speaker' | 'speakerMention' | 'speakerType' | 'cue'> {
  /** The quote's anchor in the article: `<article url>#quote-N`. */
  url: string;
}

export interface ArticleTwin {
  headline: string;
  /** `YYYY-MM-DD`, the article's day in the site time zone. */
  date: string;
  /** `YYYY-MM-DD` of the last correction, or null. */
  updated: string | null;
  /** BCP 47 language of the article (the site's when the article names none). */
  lang: string;
  /** The article's section: its slug (`/section/<slug>/`) and name. */
  section: { slug: string; name: string };
  /** The parsed dateline and how it reads on the page; null when the text has none. */
  dateline: (NonNullable<ExtractedFields['dateline']> & { text: string }) | null;
  /** Absolute permalink of the article page. */
  url: string;
  quotes: TwinQuote[];
}

/** What a twin is made of: an article as pages see it (lib/articles.ts), or as the loader left it (twinSource). */
export type TwinSource = Pick<Article, 'headline' | 'isoDate' | 'date' | 'slug' | 'dateline' | 'quotes'> & { data: Pick<Article['data'], 'updated' | 'lang' | 'section'> };

export function articleTwin(article: TwinSource): ArticleTwin {
  const url = absoluteUrl(articlePath(article));
  return {
    headline: article.headline,
    date: article.isoDate,
    updated: article.data.updated ?? null,
    lang: article.data.lang ?? site.lang,
    section: { slug: article.data.section, name: sectionOf(article.data.section).name },
    dateline: article.dateline ? { ...article.dateline, text: formatDateline(article.dateline, article.date) } : null,
    url,
    quotes: article.quotes.map(({ id, type, text, speaker, speakerMention, speakerType, cue }) => ({ id, type, text, speaker, speakerMention, speakerType, cue, url: `${url}#${id}` })),
  };
}

/** The text of an article's twin file, as the site publishes it (pretty-printed, with a final newline). */
export function twinText(article: TwinSource): string {
  return `${JSON.stringify(articleTwin(article), null, 2)}\n`;
}

/** The twin source of a published article as the loader left it, with its body's quotes. */
export function twinSource(article: PublishedArticle, { quotes }: Pick<ArticleBody, 'quotes'>): TwinSource {
  const { date, slug } = publishedPermalink(article);
  const { headline, dateline } = article.fields;
  return { headline, isoDate: article.data.date, date, slug, dateline, quotes, data: { updated: article.data.updated, lang: article.data.lang, section: article.data.section } };
}

/** The permalink parts (day and slug) a twin was published under, for the path helpers of lib/paths.ts. */
export function twinPermalink(twin: Pick<ArticleTwin, 'date' | 'url'>): PermalinkParts {
  const date = parseCalendarDate(twin.date);
  if ('error' in date) throw new Error(`article twin of ${twin.url}: ${date.error}`);
  const slug = decodeURIComponent(new URL(twin.url).pathname.split('/').at(-2) ?? '');
  return { date, slug };
}

/** How the twin's dateline reads on a page ("Islamabad, April 7, 2021 (Reuters)"); the day alone when it has none. */
export function twinDatelineText(twin: Pick<ArticleTwin, 'date' | 'url' | 'dateline'>): string {
  return twin.dateline?.text ?? formatDateline(null, twinPermalink(twin).date);
}
