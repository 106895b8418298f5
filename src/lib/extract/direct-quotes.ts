// Decides which quoted spans are quotations in their own right, and finds each one's cue and speaker.

import { cuesIn, type Cue } from './cues.ts';
import { ADVERBIAL_OPENERS, CONTRACTED, PREPOSITIONS, WORK_NOUNS } from './lexicon.ts';
import { inAny, wordCount, type Draft, type ParagraphContext, type Policy } from './quote-context.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Sentence } from './sentences.ts';
import { clauseSubject, mentionAtEnd, mentionAtStart, nameAtStart, subjectBefore, type Mention } from './speakers.ts';

// A preposition right before a name makes it the object of the clause, not its subject.
const OBJECT_BEFORE = /\b(?:to|for|with|at|on|about|of|from|by|against|into)\s+(?:\p{Lu}\S*\s+){0,2}$/u;
// What opens such a name and participle: `with Ruiz saying`, `the video shows Ruiz telling`.
const ABSOLUTE_BEFORE =
  /\b(?:with|has|had|have|shows?|showed|shown|heard|hears?|features?|featured|sees?|saw|finds?|found)\s+(?:\S+\s+){0,3}$/u;
const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);
// A possessive right before the marks: a name's ("Ruiz’s") or a plural's ("the networks’"), not a contraction ("It’s").
const POSSESSIVE_BEFORE = /(?:(\p{Lu}[\p{L}.-]*)[’']s|\p{L}[sS][’'])$/u;
const CONTRACTED_SET: ReadonlySet<string> = new Set(CONTRACTED);
// A title is short; a longer capitalised run is more likely shouted copy.
const TITLE_WORDS = 8;
// A name in a list of titles that is too short to show title case ("Apollo 13", "Veep").
const LISTED_NAME_WORDS = 3;
// A quotation signed with a dash, as in a collection of voices: “It was worth the wait.” ― Ana Ruiz
const SIGNED = /^\s*([―—–])\s*(?=\p{Lu})/u;

const WORK_NOUN_SET: ReadonlySet<string> = new Set(WORK_NOUNS);

/** "The Long Walk Home", "Salt and Stone: A Harbour Memoir", "Morning Tide with Lin Okafor": every longer word but a preposition capitalised. */
export function isTitle(inner: string): boolean {
  const all = inner.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const long = all.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4 && !PREPOSITION_SET.has(w));
  return all.length <= TITLE_WORDS && long.length > 1 && long.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** `Harbour Radio’s “Morning Tide”`, `the networks’ “Tide”`: quoted words a possessive names, given the text before them. */
export function isOwnedTitle(before: string): boolean {
  // The last words only: an end-anchored pattern is tried at every position of what it is given.
  const owner = POSSESSIVE_BEFORE.exec(before.slice(-60).trimEnd());
  return owner !== null && !CONTRACTED_SET.has(owner[1]?.toLowerCase() ?? '');
}

/** `the film “Harbour Lights”`, `his radio show, “Morning Tide,”`: quoted words that name the work or the name a noun before them stands for. */
export function namedByNoun(before: string): boolean {
  return WORK_NOUN_SET.has(/([\p{L}’'-]+)\s*,?$/u.exec(before.slice(-20).trimEnd())?.[1]?.toLowerCase() ?? '');
}

/**
 * Whether a quoted span is a quotation in its own right, rather than a scare quote, a title, or a few
 * quoted words inside a reported clause (`Comey said Clinton was “extremely careless”`).
 */
export function isQuotation(paragraph: string, span: QuoteSpan, cues: readonly Cue[], policy: Policy): boolean {
  const inner = paragraph.slice(span.innerStart, span.innerEnd).trim();
  const words = wordCount(inner);
  if (words === 0) return false;
  const before = paragraph.slice(0, span.start).trimEnd();
  const after = paragraph.slice(span.end);
  const last = before.at(-1);
  const capital = /^[\p{Lu}\d]/u.test(inner.replace(/^[^\p{L}\p{N}]+/u, ''));
  // A nested quotation may close just inside: “… ‘we are closed,’” still ends in its comma.
  const punctuated = /[.,!?…—–\-。，！？][\s'’]*$/u.test(inner) || !span.closed;
  const long = words > policy.maxScareQuoteWords;
  const cueAfter = cuesIn(cues, span.end, span.end + 40)[0];
  // Words running on after the closing mark ("''a sensible step'' towards a new wharf")
  // make the quoted words part of a longer sentence, unless they are the attribution ("…" said Okafor).
  const between = cueAfter === undefined ? undefined : paragraph.slice(span.end, cueAfter.start);
  const attributed =
    between !== undefined && (between.trim() === '' || mentionAtEnd(between, policy.speakers, true) !== undefined);
  if (!punctuated && /^\s+\p{Ll}/u.test(after) && !attributed) return false;
  // “Salt and Stone,” by Ada Mensah: a work and its author. An excerpt followed by its link (“…” http://…), as in a
  // newsletter's list of stories, quotes an article, not a speaker.
  if (/^\s*by\s+(?:the\s+)?\p{Lu}/u.test(after) || /^\s*(?:https?:\/\/|www\.)/u.test(after)) return false;
  if (SIGNED.test(after)) return true;
  // `Harbour Radio’s “Morning Tide”`, `on “Meet the Press,”`, `according to “Salt and Stone,”`: quoted words that a possessive
  // names or a preposition governs are a title or a phrase inside the writer's sentence.
  if (isOwnedTitle(before) || PREPOSITION_SET.has(/[\p{L}’'-]+$/u.exec(before.slice(-20))?.[0].toLowerCase() ?? ''))
    return false;
  // So are quoted words right after a noun for a work, unless an attribution follows (`After the show, “We…,” Ruiz said`).
  if (!attributed && namedByNoun(before)) return false;
  // Right after a cue ("said “We will win.”", "said, “and then…”") quoted words are a quotation, unless a title is
  // the verb's object (`wrote “The Quiet Harbour”`): a quotation is set off by a comma or colon. A cry is still one
  // (`chanting “Ruiz! Ruiz!”`).
  const cueBefore = cuesIn(cues, before.length - 40, before.length).at(-1);
  if (cueBefore !== undefined && /^[\s,:]*$/u.test(before.slice(cueBefore.end))) {
    if (/^\s*$/u.test(before.slice(cueBefore.end)) && isTitle(inner) && !/[!?][\s'’]*$/u.test(inner)) return false;
    return !cueBefore.sourceAfter && (punctuated || long);
  }
  if (last === undefined || /[.!?:;—–(\-"”'’»«」』]/u.test(last)) return punctuated || long;
  // After a comma, a capitalised run of words is a title in a list ("her book, “The Long Walk Home,”").
  return last === ',' && !isTitle(inner) && (long || (capital && punctuated));
}

/**
 * `roles in “Salt and Stone,” “Low Water” and “The Pier”`: capitalised quoted words that follow a title, with only a
 * comma or "and"/"or" between them, are the next title of the list.
 */
export function continuesTitles(paragraph: string, previousTitle: QuoteSpan | undefined, span: QuoteSpan): boolean {
  if (previousTitle === undefined) return false;
  // The comma of a list item may sit inside its closing mark (“Salt and Stone,” “Low Water”); a full stop ends the list.
  const ending = /[,.!?]?[\s'’]*$/u.exec(paragraph.slice(previousTitle.innerStart, previousTitle.innerEnd))![0];
  const separator = (ending + paragraph.slice(previousTitle.end, span.start)).replace(/[^\p{L},.!?]/gu, ' ');
  if (!/^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/u.test(separator)) return false;
  const capitalised = (s: QuoteSpan): boolean =>
    /^[^\p{L}\p{N}]*[\p{Lu}\d]/u.test(paragraph.slice(s.innerStart, s.innerEnd));
  const inner = paragraph.slice(span.innerStart, span.innerEnd);
  // A short name ("Apollo 13", "Veep") or a title; a longer run of words that is no title reads as a sentence said.
  return capitalised(previousTitle) && capitalised(span) && (isTitle(inner) || wordCount(inner) <= LISTED_NAME_WORDS);
}

// Up to this many words may open a sentence before a quotation that continues it ("Yet, “it is…”") when no cue
// introduces it, and up to this many may name the speaker before a cue that opens the sentence (`Ana Ruiz said, “we…”`).
const OPENING_WORDS = 3;
const ATTRIBUTION_WORDS = 6;

/**
 * Whether a quoted span that starts in lower case finishes a sentence someone else began, making it a
 * partial quotation (`Ruiz said the plan, in the end, “was never going to work”`): reported speech, not a
 * quotation of its own. Wire style capitalises a quotation that is a whole sentence, so a lower-case one stands
 * alone only where the sentence opens with a quotation it continues (`“We tried,” she said, “and we failed.”`),
 * after a bracket, or where its attribution is the whole of the sentence before it (`He says “it is over.”`,
 * `…, saying, “it is over.”`). The writer's own words before a set-off attribution (`Instead, Ruiz said, “we…”`,
 * `The truth is, she added, “there is…”`) and a verb that takes the quoted words as its object (`by urging “a
 * harbour for all”`) make them part of the writer's sentence.
 */
export function completesClause(
  paragraph: string,
  span: QuoteSpan,
  sentence: Sentence,
  direct: readonly QuoteSpan[],
  cues: readonly Cue[],
): boolean {
  const inner = paragraph.slice(span.innerStart, span.innerEnd).replace(/^[^\p{L}\p{N}]+/u, '');
  // `her comment that, “We're going to…”`: quoted words a "that" introduces are the content of a reported clause.
  if (/\bthat,?\s*$/u.test(paragraph.slice(sentence.start, span.start))) return true;
  if (!/^\p{Ll}/u.test(inner)) return false;
  const before = paragraph.slice(sentence.start, span.start);
  if (/\(\s*$/u.test(before)) return false;
  const opener = direct.find((s) => s.start >= sentence.start && s.start < span.start);
  if (opener !== undefined && paragraph.slice(sentence.start, opener.start).trim() === '') return false;
  const cue = cuesIn(cues, sentence.start, span.start).at(-1);
  if (cue === undefined) return wordCount(before) > OPENING_WORDS;
  const between = paragraph.slice(cue.end, span.start);
  if (!/^[\s,:—–-]*$/u.test(between)) return true;
  const lead = paragraph.slice(sentence.start, cue.start);
  // `…, saying, “it is over.”`: a participle set off from the quotation hangs on a clause of its own; one without the
  // comma, or a cue that ends in a preposition (`called for`), takes the quoted words as its object.
  if (between.trim() === '' && (cue.participle || OBJECT_CUE.test(cue.text))) return true;
  if (cue.participle) return false;
  return writerOpens(lead) || wordCount(lead) > ATTRIBUTION_WORDS;
}

const OBJECT_CUE = /\s(?:for|on|to|as|of|at|with|about|in)$/u;

const ADVERBIAL_OPENER_SET: ReadonlySet<string> = new Set(ADVERBIAL_OPENERS);

/**
 * `The truth is, Ruiz said,` / `There was, she said,`: a clause of the writer's left open before an attribution set
 * off by commas, which the words after the attribution complete. An adverbial there (`Still, she added,`, `In his
 * speech, Ruiz said,`) is not one: it leaves the rest the whole of what was said.
 */
export function writerOpens(lead: string): boolean {
  const comma = /^(.*\S)\s*,\s*([^,]+)$/su.exec(lead.trimEnd());
  if (comma === null || /["”’'»」]$/u.test(comma[1]!) || wordCount(comma[2]!) > ATTRIBUTION_WORDS) return false;
  const words = comma[1]!.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  return words.length > 1 && !ADVERBIAL_OPENER_SET.has(words[0]!) && words.at(-1) !== 'ago';
}

/** The cue a quotation's attribution spent, and who it names. */
export interface Attribution {
  mention: Mention | undefined;
  cue: Cue;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1)!;
}

/**
 * One draft per quotation of the paragraph, with the cues their attributions spent (which then cue no
 * reported clause). Speakers are mentions still: resolution needs the whole article's order.
 */
export function directDrafts(ctx: ParagraphContext): { drafts: Draft[]; used: Attribution[] } {
  const used: Attribution[] = [];
  const drafts = ctx.direct.map((span): Draft => {
    // After it (`"…," Qureshi said`, `"…," said Qureshi`), else before it in its sentence (`Qureshi said: "…"`),
    // else none: a continuation, resolved by the caller.
    const attribution = attributionAfter(ctx, span) ?? attributionBefore(ctx, span);
    if (attribution !== undefined) used.push(attribution);
    const introduced = attribution === undefined ? colonSubject(ctx, span) : undefined;
    if (introduced !== undefined)
      return { type: 'direct', start: span.start, end: span.end, mention: introduced, cue: ':' };
    return {
      type: 'direct',
      start: span.start,
      end: span.end,
      mention: attribution?.mention,
      cue: attribution?.cue.text ?? null,
    };
  });
  return { drafts, used };
}

// `Mook agreed: “…”`, `Ana Ruiz (D-Ohio): “…”`: with no speech cue, a colon that introduces a quotation gives it
// to the name its sentence opens with (a description there may as well be the object: `The notice read:`). The
// colon is no cue a reported clause could spend, so it is not `used`.
function colonSubject(ctx: ParagraphContext, span: QuoteSpan): Mention | undefined {
  const sentence = sentenceAt(ctx.sentences, span.start);
  const before = ctx.text.slice(sentence.start, span.start);
  if (!/:\s*$/u.test(before) || ctx.direct.some((s) => s.start >= sentence.start && s.end <= span.start))
    return undefined;
  // The name right before the colon (`… - Pew Research: “…”`), unless a preposition makes it an object (`a message
  // to Trump:`); else the one the sentence opens with.
  const head = before.replace(/:\s*$/u, '');
  const last = mentionAtEnd(head, ctx.policy.speakers);
  const object = last !== undefined && OBJECT_BEFORE.test(head.slice(0, head.length - last.text.length));
  const name = last?.kind === 'name' && !object ? last : nameAtStart(before, ctx.policy.speakers);
  // A heading in capitals ("VOTERS SPEAK - …:") is no one's name.
  return name !== undefined && /\p{Ll}/u.test(name.text) ? name : undefined;
}

function attributionBefore(ctx: ParagraphContext, span: QuoteSpan): Attribution | undefined {
  const { text, direct, policy } = ctx;
  const sentence = sentenceAt(ctx.sentences, span.start);
  const previous = direct.filter((s) => s.end <= span.start && s.end > sentence.start).at(-1);
  const from = previous?.end ?? sentence.start;
  const cue = cuesIn(ctx.cues, from, span.start)
    .filter((c) => !inAny(direct, c.start))
    .at(-1);
  if (cue === undefined) return undefined;
  const between = text.slice(cue.end, span.start);
  if (cue.sourceAfter) return { mention: mentionAtStart(between, policy.speakers), cue };
  // `“…,” the paper wrote, adding, “…”`: a participle after a quotation goes on with that quotation's speaker.
  if (cue.participle && previous !== undefined && text.slice(previous.end, cue.start).includes(','))
    return { mention: undefined, cue };
  // `Trump attacked Clinton for her support of military action, saying, “…”`: a participle's speaker is the subject
  // of the clause it hangs on, not the last words before it.
  // `with spokesman Glen Caplin saying, “…”`, `a March 2 email has Podesta saying`: there the name right before the
  // participle is its own subject.
  const clause = text.slice(from, cue.start);
  const own = cue.participle && !/,\s*$/u.test(clause) ? mentionAtEnd(clause, policy.speakers) : undefined;
  const absolute =
    own?.kind === 'name' && ABSOLUTE_BEFORE.test(clause.trimEnd().slice(0, clause.trimEnd().length - own.text.length));
  const mention =
    (absolute ? own : undefined) ??
    (cue.participle ? clauseSubject(clause, policy.speakers) : undefined) ??
    subjectBefore(clause, policy.speakers) ??
    (/^\s*\p{Lu}/u.test(between) ? mentionAtStart(between, policy.speakers) : undefined);
  return { mention, cue };
}

function attributionAfter(ctx: ParagraphContext, span: QuoteSpan): Attribution | undefined {
  const { text, direct, sentences, policy } = ctx;
  if (!span.closed) return undefined;
  const next = direct.find((s) => s.start >= span.end)?.start ?? text.length;
  const sentence = sentenceAt(sentences, Math.min(span.end, text.length - 1));
  // "…?" Smith asked. starts a new sentence by the punctuation but still attributes the question.
  const carries = sentence.start <= span.start || /[?!]$/u.test(text.slice(span.innerStart, span.innerEnd));
  if (!carries) return undefined;
  const limit = Math.min(next, sentenceAt(sentences, Math.min(span.end + 1, text.length - 1)).end);
  const signed = SIGNED.exec(text.slice(span.end, limit));
  if (signed !== null) {
    const start = span.end + signed[0].indexOf(signed[1]!);
    const cue: Cue = { text: signed[1]!, start, end: start + 1, sourceAfter: true, participle: false };
    return { mention: mentionAtStart(text.slice(span.end + signed[0].length, limit), policy.speakers), cue };
  }
  const cue = cuesIn(ctx.cues, span.end, limit)[0];
  // `“…,” adding that …`: a participle after a quotation goes on with its speaker, named before it.
  if (cue === undefined || cue.participle) return undefined;
  const between = text.slice(span.end, cue.start).replace(/^[\s,—–-]+/u, '');
  if (between === '') {
    const mention = mentionAtStart(text.slice(cue.end, limit), policy.speakers);
    return mention === undefined && !cue.sourceAfter ? undefined : { mention, cue };
  }
  if (cue.sourceAfter) return undefined;
  // An apposition may sit between the name and the cue: `'' Lin Okafor, the city manager, said`.
  const mention = mentionAtEnd(between.split(',')[0]!, policy.speakers, true);
  return mention === undefined ? undefined : { mention, cue };
}
