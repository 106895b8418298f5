// Which card each page shares with: an article's, a quote's, the site's, drawn from the article data.
import type { Article } from '../articles.ts';
import type { StoredQuote } from '../remark/frontmatter.ts';
import { formatCalendarDate } from '../dates.ts';
import { formatDateline } from '../format-dateline.ts';
import { site as defaultSite, type SiteConfig } from '../site.ts';
import { articleCardDrawing, quoteCardDrawing, siteCardDrawing, type CardDrawing } from './card.ts';

type CardSite = Pick<SiteConfig, 'title' | 'url' | 'description'>;

const frame = (site: CardSite) => ({ siteName: site.title, host: new URL(site.url).host });

/** What the article's card shows besides the site: headline and dateline (a cache key of its own, cheaper than the drawing). */
export function articleCardText(article: Article) {
  return {
    headline: article.headline,
    dateline: formatDateline(article.dateline, article.date),
    lang: article.data.lang,
  };
}

/** The article's card: headline, dateline and site. */
export function articleCard(article: Article, site: CardSite = defaultSite): CardDrawing {
  return articleCardDrawing({ ...frame(site), ...articleCardText(article) });
}

/** What a quote's card shows besides the site: the words, the speaker, the article's headline and day. */
export function quoteCardText(article: Article, quote: StoredQuote) {
  return {
    quote: quoteWords(quote),
    speaker: quote.speaker ?? 'Unattributed',
    headline: article.headline,
    date: formatCalendarDate(article.date),
    lang: article.data.lang,
  };
}

/** A quote's card: the words, the speaker, the article's headline and day. */
export function quoteCard(article: Article, quote: StoredQuote, site: CardSite = defaultSite): CardDrawing {
  return quoteCardDrawing({ ...frame(site), ...quoteCardText(article, quote) });
}

/** A quote's words as they stand alone: without the comma or colon that led back into the sentence ("…ties," he said). */
export function quoteWords(quote: Pick<StoredQuote, 'text'>): string {
  return quote.text.trim().replace(/[,;:،؛]$/u, '');
}

/** The site-wide card. */
export function siteCard(site: CardSite = defaultSite): CardDrawing {
  return siteCardDrawing({ ...frame(site), description: site.description });
}

/**
 * The quotations worth a page and a card of their own: direct ones (reported speech is the reporter's words, not the
 * speaker's) whose speaker is named, a person or an organisation (a card saying "Unattributed" or "a spokeswoman" is
 * not one anyone shares), the first `perArticle` in the article's order, which in news is the order of importance.
 */
export function shareableQuotes<Q extends Pick<StoredQuote, 'type' | 'speaker' | 'speakerType'>>(
  article: { quotes: readonly Q[] },
  perArticle = defaultSite.sharedQuotesPerArticle,
): Q[] {
  const named = (quote: Q) =>
    Boolean(quote.speaker) && (quote.speakerType === 'person' || quote.speakerType === 'organisation');
  return article.quotes.filter((quote) => quote.type === 'direct' && named(quote)).slice(0, perArticle);
}
