// What the search index reads of each published article: the text of its page's article element (headline,
// dateline, byline, body, who said what), made from the stored article instead of read back from the built page.
// The content layer knows every article before Astro renders a page, so the index can be written while the pages are.
import { createHash } from 'node:crypto';
import type { ArticleBody } from '../content/article-bodies.ts';
import { publishedPermalink, type PublishedArticle } from '../content/published-articles.ts';
import { escapeXml } from '../feeds/xml.ts';
import { formatDateline } from '../format-dateline.ts';
import { articlePath } from '../paths.ts';
import { site } from '../../site.config.ts';

/** A published article as the search index needs it. */
export interface SearchArticle {
  /** The article's permalink, site-relative: `/YYYY/MM/DD/<slug>/`. */
  path: string;
  /** BCP 47 language of the article (the site's when it names none): Pagefind indexes each language apart. */
  lang: string;
  headline: string;
  /** The dateline as the page reads it ("ISLAMABAD, April 7, 2021 (Reuters)"). */
  dateline: string;
  byline: string | null;
  /** The key of its body and quotes in the bodies folder (article-bodies.ts): a new key whenever either changes. */
  body: string;
}

/** The search articles of the published articles (the site's language where an article names none). */
export function searchArticles(published: readonly PublishedArticle[]): SearchArticle[] {
  return published.map((article) => {
    const permalink = publishedPermalink(article);
    return {
      path: articlePath(permalink),
      lang: article.data.lang ?? site.lang,
      headline: article.fields.headline,
      dateline: formatDateline(article.fields.dateline, permalink.date),
      byline: article.data.byline ?? null,
      body: article.fields.body,
    };
  });
}

/** The year of an article's permalink. */
export const searchYear = (article: Pick<SearchArticle, 'path'>) => article.path.slice(1, 5);

/** The document Pagefind indexes for an article: a page whose body is the article's own element, as it reads. */
export function searchDocumentHtml(article: SearchArticle, { html, quotes }: ArticleBody): string {
  const byline = article.byline ? ` By ${escapeXml(article.byline)}` : '';
  const direct = quotes.filter((quote) => quote.type === 'direct');
  const reported = quotes.filter((quote) => quote.type === 'reported');
  const speaker = (name: string | null) => escapeXml(name ?? 'Unattributed');
  const whoSaidWhat =
    quotes.length === 0
      ? ''
      : `<section><h2>Who said what</h2><ol>${direct.map((q) => `<li>${speaker(q.speaker)}: “${escapeXml(q.text)}”</li>`).join('')}</ol><ul>${reported.map((q) => `<li>${speaker(q.speaker)}: ${escapeXml(q.text)}</li>`).join('')}</ul></section>`;
  return `<!doctype html><html lang="${escapeXml(article.lang)}"><head><title>${escapeXml(article.headline)}</title></head><body><article data-pagefind-body><h1>${escapeXml(article.headline)}</h1><p>${escapeXml(article.dateline)}${byline}</p>${html}${whoSaidWhat}</article></body></html>`;
}

/** A hash of the document template above, as it renders in this build: a new template indexes every year again. */
export const searchTemplateSignature = createHash('sha1')
  .update(
    searchDocumentHtml(
      { path: '/2021/04/07/probe/', lang: 'en', headline: 'Probe & <probe>', dateline: 'ISLAMABAD, April 7, 2021', byline: 'A. Writer', body: '' },
      {
        html: '<p>Text.</p>',
        quotes: [
          { id: 'quote-1', type: 'direct', text: 'Yes', speaker: 'A. Speaker', speakerMention: 'A. Speaker', speakerType: 'person', cue: 'said' },
          { id: 'report-1', type: 'reported', text: 'no', speaker: null, speakerMention: null, speakerType: null, cue: null },
        ],
      },
    ),
  )
  .digest('base64url');

/**
 * Per year (newest first), a signature of its articles' documents made with the given template (its signature): equal
 * when no article was added, removed or changed and the template is the same.
 */
export function yearSignatures(articles: readonly SearchArticle[], template: string): Map<string, string> {
  const byYear = new Map<string, SearchArticle[]>();
  for (const article of articles) {
    const ofYear = byYear.get(searchYear(article));
    if (ofYear) ofYear.push(article);
    else byYear.set(searchYear(article), [article]);
  }
  const signatures = new Map<string, string>();
  for (const [year, list] of [...byYear].sort(([a], [b]) => b.localeCompare(a))) {
    const hash = createHash('sha1').update(template);
    for (const article of [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${JSON.stringify(article)}\n`);
    signatures.set(year, hash.digest('base64url'));
  }
  return signatures;
}
