// What the search index reads of each published article: the text of its page's article element (headline,
// dateline, byline, body, who said what), made from the article record instead of read back from the built page, so
// that the index is written while Astro renders the pages.
import type { Article } from '../article.ts';
import { bylineText } from '../bylines.ts';
import { escapeXml } from '../feeds/xml.ts';
import { formatDateline } from '../format-dateline.ts';
import { articlePath } from '../paths.ts';
import { site } from '../site.ts';

/** The year of an article's permalink. */
export const searchYear = (article: Article) => articlePath(article).slice(1, 5);

/** The document Pagefind indexes for an article: a page whose body is the article's own element, as it reads. */
export function searchDocumentHtml(article: Article): string {
  const { html, quotes } = article;
  const lang = article.data.lang ?? site.lang;
  const byline = bylineText(article.bylines);
  const bylineHtml = byline ? ` By ${escapeXml(byline)}` : '';
  const direct = quotes.filter((quote) => quote.type === 'direct');
  const reported = quotes.filter((quote) => quote.type === 'reported');
  const speaker = (name: string | null) => escapeXml(name ?? 'Unattributed');
  const whoSaidWhat =
    quotes.length === 0
      ? ''
      : `<section><h2>Who said what</h2><ol>${direct.map((q) => `<li>${speaker(q.speaker)}: “${escapeXml(q.text)}”</li>`).join('')}</ol><ul>${reported.map((q) => `<li>${speaker(q.speaker)}: ${escapeXml(q.text)}</li>`).join('')}</ul></section>`;
  return `<!doctype html><html lang="${escapeXml(lang)}"><head><title>${escapeXml(article.headline)}</title></head><body><article data-pagefind-body><h1>${escapeXml(article.headline)}</h1><p>${escapeXml(formatDateline(article.dateline, article.date))}${bylineHtml}</p>${html}${whoSaidWhat}</article></body></html>`;
}
