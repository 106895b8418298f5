// An article's machine-readable twin (/YYYY/MM/DD/<slug>.json): what tools and fact-checkers read of an article.
import type { Article } from './article.ts';
import type { ExtractedFields, StoredQuote } from './remark/frontmatter.ts';
import { absoluteUrl, articlePath, authorPath } from './paths.ts';
import { formatDateline } from './format-dateline.ts';
import { site } from './site.ts';
import { sectionOf } from './taxonomy.ts';

export interface TwinQuote extends Pick<
  StoredQuote,
  'id' | 'type' | 'text' | 'speaker' | 'speakerMention' | 'speakerType' | 'cue'
> {
  /** The role the article gave the speaker, as it wrote it ("foreign minister"), or null. */
  speakerRole: string | null;
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
  /** Who wrote it, as the byline names them: an author's page (absolute), or null for a wire's name or free text. */
  authors: { name: string; url: string | null }[];
  /** The parsed dateline and how it reads on the page; null when the text has none. */
  dateline: (NonNullable<ExtractedFields['dateline']> & { text: string }) | null;
  /** Absolute permalink of the article page. */
  url: string;
  quotes: TwinQuote[];
}

export function articleTwin(article: Article): ArticleTwin {
  const url = absoluteUrl(articlePath(article));
  return {
    headline: article.headline,
    date: article.isoDate,
    updated: article.data.updated ?? null,
    lang: article.data.lang ?? site.lang,
    section: { slug: article.data.section, name: sectionOf(article.data.section).name },
    authors: article.bylines.map(({ name, slug }) => ({ name, url: slug ? absoluteUrl(authorPath(slug)) : null })),
    dateline: article.dateline ? { ...article.dateline, text: formatDateline(article.dateline, article.date) } : null,
    url,
    quotes: article.quotes.map(({ id, type, text, speaker, speakerMention, speakerType, speakerRole, cue }) => ({
      ...{ id, type, text, speaker, speakerMention, speakerType, speakerRole: speakerRole ?? null, cue },
      url: `${url}#${id}`,
    })),
  };
}

/** The text of an article's twin file, as the site publishes it (pretty-printed, with a final newline). */
export function twinText(article: Article): string {
  return `${JSON.stringify(articleTwin(article), null, 2)}\n`;
}
