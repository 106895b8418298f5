// The one stylesheet of every quote page (src/layouts/QuotePage.astro), written once beside them
// (src/build/article-files.ts): a site has tens of thousands of quote pages, and a copy in each was a quarter of its bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The site's colours (the same file as every other page's), without its comment and indentation. */
const colours = readFileSync(new URL('../../styles/colours.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, ' ')
  .trim();

/** The style of every quote page. */
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
