// Writes an imported article as the markdown file an editor keeps: front matter, `# headline`, plain paragraphs.
import { isoCalendarDate } from '../dates.ts';
import type { RawArticle } from './raw-article.ts';

/** The markdown text of an article, ending in a newline. */
export function articleToMarkdown({ date, headline, paragraphs, byline }: RawArticle): string {
  const body = [`# ${escapeHeadline(headline)}`, ...paragraphs.map(escapeParagraph)];
  // JSON is YAML: the name is quoted whatever it holds (a colon, a quote mark).
  const front = [`date: ${isoCalendarDate(date)}`, ...(byline ? [`byline: ${JSON.stringify(byline)}`] : [])];
  return `---\n${front.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

// Characters that open emphasis, code, links, HTML, autolinks and (GFM) strikethrough anywhere in a line.
// Quotation marks and apostrophes are left alone: smartypants curls them and the quote extractor reads them.
const inlineSyntax = /[\\*_[\]<>~`]/g;
// `&amp;` or `&#169;` would be decoded; a bare `&` ("cooperation & collaboration") is already literal.
const characterReference = /&(?=#?[\p{L}\p{N}]+;)/gu;
// GFM reads `https://…` or `www.…` verbatim, so the backslashes of escapes inside the URL would show.
// With the `:` or `.` escaped, remark-gfm still links the URL, but only after the escapes are resolved.
const urlLiteral = /(?:https?(?=:\/\/)|www(?=\.))/gi;

/** Escapes text so that markdown reads it back as exactly that text, with no markup. */
function escapeInline(text: string): string {
  return text.replace(inlineSyntax, '\\$&').replace(characterReference, '\\&').replace(urlLiteral, '$&\\');
}

/**
 * A paragraph (one line of plain text) escaped inline and at its start, where `#`, `-`, `+` or `1.`
 * would open a heading, a list or a thematic break (`>` and `*` are already escaped inline).
 */
function escapeParagraph(paragraph: string): string {
  return escapeInline(paragraph)
    .replace(/^[#+-]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A headline escaped inline and at its end, where `#`s after a space would be read as a closing sequence. */
function escapeHeadline(headline: string): string {
  return escapeInline(headline).replace(/#(?=#*$)/g, '\\#');
}
