// Reads the raw wire format (a ` date YYYY-MM-DD` line, a headline, blank-line separated paragraphs) into an article.
import { parseCalendarDate, type CalendarDate } from '../dates.ts';

/** An article as the raw format carries it: plain text, not yet markdown. */
export interface RawArticle {
  date: CalendarDate;
  headline: string;
  /** Each paragraph on one line: the raw format wraps lines for width, which carries no meaning. */
  paragraphs: string[];
}

/** Why a file is not a raw article; `message` says it in words for the person who runs the import. */
export interface RawArticleError {
  error: 'not-text' | 'no-date-line' | 'bad-date' | 'no-headline' | 'no-body';
  message: string;
}

// Tolerant of the leading space the wire puts before it, of case and of a colon ("Date: 2021-04-07").
// A value starting with a digit makes it a date line even in the wrong shape, so the error names the date;
// a headline such as "Date palms in bloom" is no date line at all.
const dateLine = /^date\s*:?\s+(\d.*)$/i;

/** Parses the bytes of a raw article file. A UTF-8 byte order mark and CRLF line endings are accepted. */
export function parseRawArticle(bytes: Uint8Array): RawArticle | RawArticleError {
  const text = decodeText(bytes);
  if (typeof text !== 'string') return text;
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const first = lines.findIndex(Boolean);
  const date = dateLine.exec(lines[first] ?? '');
  if (!date?.[1]) {
    return { error: 'no-date-line', message: 'the first line is not a date line of the form "date YYYY-MM-DD"' };
  }
  const calendarDate = parseCalendarDate(date[1]);
  if ('error' in calendarDate) return { error: 'bad-date', message: `the date line: ${calendarDate.error}` };
  const headlineIndex = lines.findIndex((line, index) => index > first && line);
  const headline = lines[headlineIndex];
  if (headlineIndex < 0 || !headline) return { error: 'no-headline', message: 'no headline after the date line' };
  const paragraphs = blocks(lines.slice(headlineIndex + 1));
  if (paragraphs.length === 0) return { error: 'no-body', message: 'no paragraphs after the headline' };
  return { date: calendarDate, headline, paragraphs };
}

/** Strict UTF-8: a Latin-1 or binary file is refused rather than imported as mojibake. */
function decodeText(bytes: Uint8Array): string | RawArticleError {
  let text: string;
  try {
    // The decoder drops a leading byte order mark (ignoreBOM defaults to false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not-text', message: 'not UTF-8 text' };
  }
  // Valid UTF-8 can still be binary; text files do not contain NUL.
  if (text.includes('\0')) return { error: 'not-text', message: 'not a text file (it contains NUL bytes)' };
  return text;
}

/** Groups trimmed lines into paragraphs at blank lines, joining a paragraph's lines with one space. */
function blocks(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}
