// Reads the raw wire format (a ` date YYYY-MM-DD` line, a headline, blank-line separated paragraphs) into an article.
import { firstInvalidByte } from '../content/input-checks.ts';
import { parseCalendarDate, type CalendarDate } from '../dates.ts';

/** An article as the raw format carries it: plain text, not yet markdown. */
export interface RawArticle {
  date: CalendarDate;
  headline: string;
  /** Each paragraph on one line: the raw format wraps lines for width, which carries no meaning. */
  paragraphs: string[];
  /** Who wrote it, from a "By Jane Doe" line under the headline (taken out of the paragraphs). */
  byline?: string;
  /** Invisible control characters that were replaced by a space, for the import's report (none: absent). */
  replaced?: ReplacedCharacter[];
}

/** A control character the import replaced by a space: which one, and on which line of the source file. */
export interface ReplacedCharacter {
  code: string;
  line: number;
}

/** The encodings a raw file may be read in: UTF-8 by default, the other two only when the importer is told. */
export type SourceEncoding = 'utf-8' | 'windows-1252' | 'latin1';
export const sourceEncodings: readonly SourceEncoding[] = ['utf-8', 'windows-1252', 'latin1'];

/** Why a file is not a raw article; `message` says it in words for the person who runs the import. */
export interface RawArticleError {
  error: 'not-text' | 'no-date-line' | 'bad-date' | 'no-headline' | 'no-body';
  message: string;
}

// Tolerant of the leading space the wire puts before it, of case and of a colon ("Date: 2021-04-07").
// A value starting with a digit makes it a date line even in the wrong shape, so the error names the date;
// a headline such as "Date palms in bloom" is no date line at all.
const dateLine = /^date\s*:?\s+(\d.*)$/i;

/**
 * Parses the bytes of a raw article file, read as UTF-8 unless `encoding` says otherwise. A UTF-8 byte order mark and
 * CRLF line endings are accepted; invisible control characters, which the build refuses, become spaces.
 */
export function parseRawArticle(bytes: Uint8Array, encoding: SourceEncoding = 'utf-8'): RawArticle | RawArticleError {
  const decoded = decodeText(bytes, encoding);
  if (typeof decoded !== 'string') return decoded;
  const { text, replaced } = replaceControlCharacters(decoded);
  const article = parseText(text);
  return 'error' in article || replaced.length === 0 ? article : { ...article, replaced };
}

function parseText(text: string): RawArticle | RawArticleError {
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
  const byline = bylineLine.exec(paragraphs[0] ?? '')?.[1];
  if (byline) paragraphs.shift();
  if (paragraphs.length === 0) return { error: 'no-body', message: 'no paragraphs after the headline' };
  return { date: calendarDate, headline, paragraphs, ...(byline && { byline }) };
}

// "By Jane Doe", "BY JANE DOE AND SAM LEE", "By Jane Doe, Reuters": capitalised names joined by "and", "&" or commas,
// nothing more. "By Tuesday, officials said…" has lower-case words and stays a paragraph. (No `i` flag: it would let
// \p{Lu} match lower-case letters.)
const bylineLine = /^[Bb][Yy]:?\s+(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+(?:and|AND|&)\s+)\p{Lu}[\p{L}'’.-]*){0,7})$/u;

/**
 * Strict UTF-8 by default: a Windows-1252 or binary file is refused rather than imported as mojibake, and the refusal
 * names the option that reads it. Latin-1 is decoded byte for byte (a WHATWG decoder would read it as Windows-1252).
 */
function decodeText(bytes: Uint8Array, encoding: SourceEncoding): string | RawArticleError {
  let text: string;
  try {
    // The decoder drops a leading byte order mark (ignoreBOM defaults to false).
    text =
      encoding === 'latin1'
        ? Buffer.from(bytes).toString('latin1')
        : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      error: 'not-text',
      message: `not UTF-8 text (byte 0x${byte} on line ${line}): if the file is Windows-1252 or Latin-1, import it with --encoding windows-1252 (or --encoding latin1); otherwise save it as UTF-8`,
    };
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

// C0 controls but tab, line feed and carriage return; DEL; C1 controls (what Latin-1 reads bytes 0x80-0x9F as).
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text with each invisible control character replaced by a space, and which ones were, by line. */
export function replaceControlCharacters(text: string): { text: string; replaced: ReplacedCharacter[] } {
  const replaced: ReplacedCharacter[] = [];
  const lines = text.split('\n').map((line, i) =>
    line.replace(controlCharacters, (c) => {
      replaced.push({ code: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, line: i + 1 });
      return ' ';
    }),
  );
  return { text: lines.join('\n'), replaced };
}
