// One quote's own page, /YYYY/MM/DD/<slug>/quote-N/, as a string: shared, it previews as the quote's card; opened, it
// leads to the quote in the article. Written beside the pages (src/build/article-files.ts), not as an Astro route: a
// site has several quotes per article, and a route each would render more pages than the rest of the site.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cspDirectives } from '../csp.ts';
import { escapeXml as escape } from '../feeds/xml.ts';
import { absoluteUrl, articlePath, feedPaths, quotePagePath, quotePath } from '../paths.ts';
import { textDirection } from '../text-direction.ts';
import type { Article } from '../article.ts';
import type { StoredQuote } from '../remark/frontmatter.ts';
import { formatDateline } from '../format-dateline.ts';
import { site as defaultSite } from '../site.ts';
import { quoteWords } from './article-cards.ts';
import { serializeJsonLd } from './json-ld.ts';
import { shareLinks } from './links.ts';
import { quotePreview, quoteTitle, type PreviewOptions } from './meta.ts';

/** The site's colours (the same file as every other page's), without its comment and indentation. */
const colours = readFileSync(new URL('../../styles/colours.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, ' ')
  .trim();

/**
 * The style of every quote page, one stylesheet for all of them (written with them, src/build/article-files.ts): a
 * site has tens of thousands of quote pages, and a copy in each was a quarter of its bytes.
 */
export const quotePageStyle = `${colours}
body { margin: 0; background: var(--bg); color: var(--text); font: 1.125rem/1.6 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; overflow-wrap: break-word; }
.wrap { max-width: 40rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem 1rem; }
.skip-link:focus { left: 0.5rem; }
.sans, h1 { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.site { color: var(--text); font-weight: 800; font-size: 1.35rem; text-decoration: none; }
figure { margin: 1.5rem 0; padding-left: 1rem; border-left: 4px solid var(--accent); }
h1 { font-size: clamp(1.4rem, 4vw, 2rem); line-height: 1.25; margin: 0 0 0.75rem; }
figcaption, .muted { color: var(--muted); }
.in-context { font-weight: 600; }
.share ul { display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; list-style: none; font-size: 0.85rem; }
.share a { color: var(--text); display: inline-block; padding: 0.3rem 0.7rem; border: 1px solid var(--rule); border-radius: 999px; text-decoration: none; }
`;

/** Where the quote pages' stylesheet is published. */
export const quoteStylesheetPath = '/quote-page.css';

/** How quote pages link to it: the query changes with the style, so no browser keeps an old one. */
export const quoteStylesheetHref = `${quoteStylesheetPath}?v=${createHash('sha256').update(quotePageStyle).digest('base64url').slice(0, 10)}`;

/** The page's policy: the site's directives, scripts and styles from the site only (the page has no script). */
const contentSecurityPolicy = [...cspDirectives, "script-src 'self'", "style-src 'self'"].join('; ');

/** The full HTML document of one direct quote's page. */
export function quotePageHtml(article: Article, quote: StoredQuote, options: PreviewOptions = {}): string {
  const site = { ...defaultSite, ...options.site };
  const lang = article.data.lang ?? site.lang;
  const url = absoluteUrl(quotePagePath(article, quote.id));
  const title = quoteTitle(quote);
  const { tags, jsonLd } = quotePreview(article, quote, options);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy}">`,
    `<title>${escape(`${title} · ${site.title}`)}</title>`,
    `<meta name="description" content="${escape(`A quote from “${article.headline}”.`)}">`,
    `<link rel="canonical" href="${escape(url)}">`,
    // Kept out of search indexes and the sitemap: the article is the page to find; this one exists to be shared.
    '<meta name="robots" content="noindex, follow">',
    '<meta name="color-scheme" content="light dark">',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<link rel="alternate" type="application/rss+xml" title="${escape(`${site.title} (RSS)`)}" href="${escape(absoluteUrl(feedPaths.rss))}">`,
    `<link rel="alternate" type="application/atom+xml" title="${escape(`${site.title} (Atom)`)}" href="${escape(absoluteUrl(feedPaths.atom))}">`,
    `<link rel="sitemap" type="application/xml" title="Sitemap" href="${escape(absoluteUrl(feedPaths.sitemap))}">`,
    ...tags.map(({ attribute, key, content }) => `<meta ${attribute}="${escape(key)}" content="${escape(content)}">`),
    `<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>`,
    `<link rel="stylesheet" href="${quoteStylesheetHref}">`,
  ];
  const share = shareLinks({ url, title }).map(
    ({ id, label, href }) => `<li><a class="share-${id}" href="${escape(href)}">${escape(label)}</a></li>`,
  );
  const body = [
    '<a class="skip-link sans" href="#main">Skip to content</a>',
    `<header class="wrap sans"><a class="site" href="/">${escape(site.title)}</a></header>`,
    '<main id="main" class="wrap" tabindex="-1">',
    '<figure>',
    `<h1>“${escape(quoteWords(quote))}”</h1>`,
    `<figcaption class="sans">— <strong>${escape(quote.speaker ?? 'Unattributed')}</strong>, in <a href="${escape(absoluteUrl(articlePath(article)))}">${escape(article.headline)}</a>, ${escape(formatDateline(article.dateline, article.date))}</figcaption>`,
    '</figure>',
    `<p class="sans"><a class="in-context" href="${escape(quotePath(article, quote.id))}">Read it in the article →</a></p>`,
    `<nav class="share sans" aria-label="Share this quote"><ul>${share.join('')}</ul></nav>`,
    '</main>',
  ];
  return `<!DOCTYPE html>\n<html lang="${escape(lang)}" dir="${textDirection(lang)}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
