// Splits a paragraph into sentences without splitting inside quotations or after abbreviations.

import type { QuoteSpan } from './quote-marks.ts';
import { ABBREVIATIONS } from './lexicon.ts';

/** A sentence as [start, end) offsets into its paragraph. */
export interface Sentence {
  start: number;
  end: number;
}

// Words that end in a period without ending a sentence ("Sen. Ana Ruiz", "Nov. 19", "U.S. officials").
// An initial ("J.") or a dotted abbreviation ("U.S.") is one too.
export const ABBREVIATION_SOURCE = String.raw`(?:${ABBREVIATIONS.join('|')}|\p{Lu}|(?:\p{L}\.)+\p{L})`;
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])${ABBREVIATION_SOURCE}\.$`, 'u');

// A sentence ends at . ! or ? (perhaps inside a closing mark) before a space and a capital, digit or quotation mark.
const END = /[.!?]["”’'»«」』]*(?=\s+["“‘'`„«»「『(\p{Lu}\d])/gu;

/** The sentences of `paragraph`; a boundary never falls inside one of `spans`. */
export function splitSentences(paragraph: string, spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const end = m.index + m[0].length;
    // A quotation that closes on a full stop ends its sentence too (`“a start.” He left.`); one that closes on
    // ? or ! is often attributed after it (`“Why?” she asked.`).
    const closesOnStop = m[0].startsWith('.') && spans.some((s) => s.end === end);
    const inside = !closesOnStop && spans.some((s) => m.index >= s.start && m.index < s.end - 1);
    if (inside || ABBREVIATION.test(paragraph.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    sentences.push({ start, end });
    start = end + (/^\s+/.exec(paragraph.slice(end))?.[0].length ?? 0);
  }
  if (start < paragraph.length) sentences.push({ start, end: paragraph.length });
  return sentences;
}
