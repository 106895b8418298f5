// Checks on an article file as bytes and as parsed front matter, each problem worded so an editor can fix it.
import type { z } from 'astro/zod';
import { parseCalendarDate } from '../dates.ts';

/** Decodes strictly: the glob loader's plain utf-8 read would turn each bad byte into U+FFFD without a word. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A problem found on one line of an article file (1-based), worded after "<file>:<line>: ". */
export interface LineProblem {
  line: number;
  message: string;
}

/** Undefined when the bytes are UTF-8; otherwise the line of the first bad byte and how to fix the file. */
export function checkEncoding(bytes: Uint8Array): LineProblem | undefined {
  try {
    strictUtf8.decode(bytes);
    return undefined;
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      line,
      message: `the file is not UTF-8 text (byte 0x${byte} is not valid UTF-8; it was probably saved as Latin-1 or Windows-1252): save it as UTF-8, or import it with npm run import -- --encoding windows-1252`,
    };
  }
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence (walked by sequence, so it stays linear). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || !decodes(bytes.subarray(offset, offset + length), length)) return offset;
    offset += length;
  }
  return offset;
}

function decodes(sequence: Uint8Array, length: number): boolean {
  try {
    return sequence.length === length && strictUtf8.decode(sequence).length > 0;
  } catch {
    return false;
  }
}

/** C0 controls other than tab, line feed and carriage return, and DEL: invisible, and not allowed in XML (feeds, share images). */
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Problems for every line of `text` that holds an invisible control character. */
export function checkControlCharacters(text: string): LineProblem[] {
  if (!controlCharacter.test(text)) return [];
  return text.split('\n').flatMap((line, i) => {
    const column = line.search(controlCharacter);
    if (column < 0) return [];
    const code = line.codePointAt(column)?.toString(16).toUpperCase().padStart(4, '0');
    return [
      { line: i + 1, message: `column ${column + 1} holds the invisible control character U+${code}: delete it` },
    ];
  });
}

/** What a field must hold, in an editor's words, for messages about a wrong value. */
const expected: Record<string, string> = {
  date: 'a calendar date such as 2021-04-07',
  updated: 'a calendar date such as 2021-04-08',
  tags: 'a list such as [politics, asia]',
  draft: 'true or false',
  lang: 'a language tag such as "ur"',
};

/** A problem with one front matter field (or an unknown key), worded after "<file>:<line>: ". */
export interface FieldProblem {
  field: string;
  message: string;
}

/** One problem per schema issue, naming the field and saying how to fix it. */
export function describeSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  data: Record<string, unknown>,
  fields: readonly string[],
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: key,
        message: `unknown field "${key}": remove it or correct its spelling (the fields are ${fields.join(', ')})`,
      }));
    }
    const field = String(issue.path[0] ?? '');
    const value = data[field];
    const problem = (message: string) => [{ field, message }];
    // A rule across fields (a photograph needs its alt text) explains itself.
    if (issue.code === 'custom' && value === undefined) return problem(issue.message);
    if (value === undefined)
      return problem(
        `"${field}" is missing: add a line "${field}: ${field === 'date' ? '2021-04-07' : '…'}" to the front matter (between the two --- lines at the top)`,
      );
    if (issue.code === 'too_small' && typeof value === 'string')
      return problem(`"${field}" is empty: give it text or delete the line`);
    if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      return problem(`"${field}" must be ${expected[field] ?? 'text'}, not ${JSON.stringify(value)}`);
    }
    return problem(`"${field}": ${issue.message}`);
  });
}

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;
const dateField = /^(date|updated):[ \t]*(.*?)[ \t]*(?:#.*)?$/gm;

/** A problem with a date field as written, before YAML has read it. */
export interface RawDateProblem extends FieldProblem {
  field: 'date' | 'updated';
}

/**
 * YAML silently rolls an impossible unquoted date (2021-02-30) over to another day, and reads
 * `2021-04-07T00:00:00Z` as a plain day: the raw text is checked instead.
 */
export function checkRawDates(raw: string): RawDateProblem[] {
  const yaml = (frontMatter.exec(raw)?.[1] ?? '').replaceAll('\r', '');
  return [...yaml.matchAll(dateField)].flatMap(([, name, written = '']) => {
    const field = name as RawDateProblem['field'];
    const value = written.replace(/^(["'])(.*)\1$/, '$2');
    if (/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) {
      return [
        {
          field,
          message: `${field}: "${value}" has a time or time zone: write the day alone, as YYYY-MM-DD (the site's time zone decides the day)`,
        },
      ];
    }
    // Other shapes are refused by the schema, with its own message.
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseCalendarDate(value) : undefined;
    return parsed && 'error' in parsed
      ? [{ field, message: `${field}: ${parsed.error}; write a calendar date YYYY-MM-DD` }]
      : [];
  });
}

const fieldLine = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** The 1-based line of each top-level front matter field in the file, so that a problem with a field can name it. */
export function frontMatterLines(raw: string): Map<string, number> {
  const lines = new Map<string, number>();
  const yaml = frontMatter.exec(raw)?.[1];
  if (yaml === undefined) return lines;
  yaml.split('\n').forEach((line, i) => {
    const name = fieldLine.exec(line)?.[1];
    // Line 1 is the opening ---.
    if (name && !lines.has(name)) lines.set(name, i + 2);
  });
  return lines;
}
