// Extracts direct quotations and reported speech, with their speakers and cues, from an article's paragraphs.
//
// Pure and synchronous: plain-text paragraphs in, quotes with offsets into those paragraphs out. The word
// lists it relies on are policy, kept as data in lexicon.ts.

import { completesClause, continuesTitles, directDrafts, isQuotation } from './direct-quotes.ts';
import {
  policyFor,
  wordCount,
  type Draft,
  type ParagraphContext,
  type Policy,
  type QuoteOptions,
} from './quote-context.ts';
import { findQuoteSpans, quotesWithSingleMarks, type QuoteSpan } from './quote-marks.ts';
import { labelledLine, reportedIn } from './reported-speech.ts';
import { splitSentences } from './sentences.ts';
import { articleVocabulary, namesNoOne, speakerType, type SpeakerType } from './speaker-types.ts';
import { NameMemory, openingMention, openingName, type Antecedent, type Mention } from './speakers.ts';

export type { QuoteOptions } from './quote-context.ts';
export type { SpeakerType } from './speaker-types.ts';

export interface Quote {
  /** direct: words inside quotation marks; reported: indirect/partial speech ("Qureshi said he would…"). */
  type: 'direct' | 'reported';
  /** direct: the quoted words without the enclosing marks; reported: the reported clause. */
  text: string;
  /**
   * Who said it, as the page shows it: resolved within the article to the fullest name it used (titles stripped), to
   * the person a description or pronoun stands for when the article makes that clear, else the description as
   * written ("a spokeswoman for the ministry"); null when the text does not make the speaker clear.
   */
  speaker: string | null;
  /** The words in the text that name the speaker ("he", "the mayor", "Qureshi"); null for a continued quotation. */
  speakerMention: string | null;
  /** person, organisation or unknown (a description not resolved, a single word); null with no speaker. */
  speakerType: SpeakerType | null;
  /** The role the article gave a person speaking, as it first wrote it ("the harbour board's chairman", "Foreign Minister"); absent when it gave none. */
  speakerRole?: string;
  /** The cue: "said", "tweeted", "told reporters", "according to", ":" (a colon introducing a quotation), …; null when none (continuation paragraph). */
  cue: string | null;
  /** Index into the paragraphs array. */
  paragraph: number;
  /** [start, end) offsets (UTF-16) into paragraphs[paragraph]: for direct, the span INCLUDING its quotation marks; for reported, the reported clause. */
  start: number;
  end: number;
}

const DEFAULT_OPTIONS: QuoteOptions = {};
const OPENING = /^(?:``|''|’’|‘‘|‘’|["“„‟«»「『‘'])/u;
const CLOSING = /(?:''|’’|‘‘|["”»«“」』’'])$/u;

/** The quotes of an article, in text order. */
export function extractQuotes(paragraphs: readonly string[], options: QuoteOptions = DEFAULT_OPTIONS): Quote[] {
  const policy = policyFor(options);
  const names = new NameMemory(policy.speakers);
  const quotes: Quote[] = [];
  let lastDirectSpeaker: Speaker | null = null;
  const vocabulary = articleVocabulary(paragraphs);
  // "Things have changed, she says": a word opening a sentence is no antecedent unless it is a name.
  const isWord = (name: string): boolean => namesNoOne({ kind: 'name', text: name }, vocabulary);
  // Whether the previous paragraph left a quotation open, and whether that quotation is a quoted block.
  let runsFrom = false;
  let inBlock = false;
  // Who the previous paragraph was about, for a pronoun with no antecedent in its own; whom it introduced with a colon.
  let previousSubject: Antecedent | undefined;
  let introduced: Mention | undefined;
  const singles = quotesWithSingleMarks(paragraphs);
  paragraphs.forEach((text, index) => {
    const spans = findQuoteSpans(text, singles);
    const cues = policy.cues(text);
    // A quotation left open runs on only when the next paragraph opens with a mark; otherwise the mark is a stray.
    const runsOn = OPENING.test(paragraphs[index + 1] ?? '');
    const sentences = splitSentences(text, spans);
    const direct: QuoteSpan[] = [];
    let notQuotation: QuoteSpan | undefined;
    for (const span of spans) {
      if (
        !(span.closed || runsOn) ||
        continuesTitles(text, notQuotation, span) ||
        !isQuotation(text, span, cues, policy)
      ) {
        notQuotation = span;
        continue;
      }
      const sentence = sentences.find((s) => span.start >= s.start && span.start < s.end) ?? sentences.at(-1)!;
      if (!completesClause(text, span, sentence, direct, cues)) direct.push(span);
    }
    const stance = policy.reported ? policy.stance(text) : [];
    const ctx: ParagraphContext = { text, spans, direct, sentences, cues, stance, policy };
    names.remember(outside(text, direct));
    const drafts = draftsOf(ctx);
    // A quotation that opens its paragraph unattributed and runs on is a block quoted from a transcript or a
    // document: reported as a whole, paragraph by paragraph until it closes, rather than as one speaker's words.
    const head = drafts[0];
    const opening =
      policy.reported && head?.type === 'direct' && head.cue === null ? openingSpan(text, spans, head) : undefined;
    const block = opening !== undefined && (runsFrom ? inBlock : !opening.closed);
    // Reported text is the statement's words, without the marks.
    if (block) Object.assign(head!, { type: 'reported', start: opening.innerStart, end: opening.innerEnd });
    inBlock = block && !opening.closed;
    // `Jonah Price set out the timetable:` then a paragraph that is his quotation.
    if (introduced !== undefined && !block && opening !== undefined)
      Object.assign(head!, { mention: introduced, cue: ':' });
    runsFrom = direct.at(-1)?.closed === false;
    const speakers = drafts.map((d): Speaker | null => {
      if (d.mention === undefined || namesNoOne(d.mention, vocabulary)) return null;
      const antecedent =
        d.mention.kind === 'pronoun'
          ? (openingName(text, sentences, d.start, policy.speakers, isWord) ?? previousSubject)
          : undefined;
      const name = names.resolve(d.mention, antecedent);
      return name === null
        ? null
        : { name, mention: d.mention.text, type: speakerType(name, d.mention, vocabulary, policy.speakers) };
    });
    // An unattributed quotation continues the quotation before it, in this paragraph or an earlier one,
    // or, when it opens its paragraph, borrows the attribution that follows it ("A." "B," he said.).
    drafts.forEach((d, i) => {
      if (d.type !== 'direct' || d.mention !== undefined) return;
      const previous = drafts.slice(0, i).findLastIndex((p) => p.type === 'direct');
      // Only a quotation right after it lends its attribution: `“A.” “B,” he said.`, not `“A,” sagte Weber. “B,” he said.`
      const next = drafts.findIndex(
        (p, j) =>
          j === i + 1 &&
          p.type === 'direct' &&
          p.mention !== undefined &&
          !/[\p{L}\p{N}]/u.test(text.slice(d.end, p.start)),
      );
      const lent = previous >= 0 ? speakers[previous] : next >= 0 ? speakers[next] : lastDirectSpeaker;
      speakers[i] = lent ? { ...lent, mention: null } : null;
    });
    drafts.forEach((d, i) => {
      const speaker = speakers[i] ?? null;
      quotes.push({
        type: d.type,
        text: textOf(text, d),
        speaker: speaker?.name ?? null,
        speakerMention: speaker?.mention ?? null,
        speakerType: speaker?.type ?? null,
        cue: d.cue,
        paragraph: index,
        start: d.start,
        end: d.end,
      });
      if (d.type === 'direct') lastDirectSpeaker = speaker;
    });
    // A quotation paragraph continues only the quotation of the paragraph right before it: after a paragraph of other
    // copy, an unattributed quotation's speaker is no longer clear (a fact-check's quotations, each under a heading).
    if (!drafts.some((d) => d.type === 'direct')) lastDirectSpeaker = null;
    previousSubject = openingName(text, sentences, text.length, policy.speakers, isWord);
    introduced = introduction(text, spans, sentences, policy);
  });
  // Roles once the whole article is read: a later paragraph may give the role of someone quoted earlier.
  for (const q of quotes) {
    const role = q.speakerType === 'person' && q.speaker !== null ? names.roleOf(q.speaker) : undefined;
    if (role !== undefined) q.speakerRole = role;
  }
  return quotes;
}

interface Speaker {
  name: string;
  mention: string | null;
  type: SpeakerType;
}

// The direct and reported units of one paragraph, in text order, each with the mention of its speaker.
function draftsOf(ctx: ParagraphContext): Draft[] {
  const { drafts, used } = directDrafts(ctx);
  if (!ctx.policy.reported) return drafts;
  const line = labelledLine(ctx);
  if (line !== undefined) return [line];
  for (const sentence of ctx.sentences) drafts.push(...reportedIn(ctx, sentence, used));
  return continuePartialQuotes(
    ctx,
    drafts.sort((a, b) => a.start - b.start),
  );
}

// At most this many words (`, Ana Ruiz said on Tuesday.`) between a reported clause and the quotation continuing it.
const ATTRIBUTION_TAIL = 10;

// `Ruiz said the plan was “a start.” “We will finish it next year.”`: an unattributed quotation right after a
// reported clause that quotes its speaker goes on with that statement, so it joins it rather than standing alone.
function continuePartialQuotes(ctx: ParagraphContext, drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const previous = kept.at(-1);
    const quotes = (r: Draft): boolean => ctx.spans.some((s) => s.closed && s.start >= r.start && s.start < r.end);
    if (
      d.type === 'direct' &&
      d.cue === null &&
      previous?.type === 'reported' &&
      wordCount(ctx.text.slice(previous.end, d.start)) <= ATTRIBUTION_TAIL &&
      quotes(previous)
    ) {
      previous.end = d.end;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

// The speaker a paragraph introduces when it ends with a colon and no quotation: `Jonah Price set out the timetable:`.
function introduction(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly { start: number }[],
  policy: Policy,
): Mention | undefined {
  if (!/:\s*$/u.test(text)) return undefined;
  const last = sentences.at(-1)?.start ?? 0;
  if (spans.some((s) => s.end > last)) return undefined;
  return openingMention(text.slice(last), policy.speakers);
}

// The quoted span a draft starts with when it opens its paragraph.
function openingSpan(paragraph: string, spans: readonly QuoteSpan[], d: Draft): QuoteSpan | undefined {
  return paragraph.slice(0, d.start).trim() === '' ? spans.find((s) => s.start === d.start) : undefined;
}

// A direct quote's text is its span without the marks; a reported one's is its span.
function textOf(paragraph: string, d: Draft): string {
  if (d.type === 'reported') return paragraph.slice(d.start, d.end);
  const open = OPENING.exec(paragraph.slice(d.start, d.start + 2))?.[0].length ?? 0;
  const close = CLOSING.exec(paragraph.slice(Math.max(d.start + open, d.end - 2), d.end))?.[0].length ?? 0;
  return paragraph.slice(d.start + open, d.end - close);
}

// The paragraph with the quotations blanked out, so names quoted by a speaker are not taken for speakers.
function outside(paragraph: string, spans: readonly QuoteSpan[]): string {
  let text = paragraph;
  for (const s of spans) text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  return text;
}
