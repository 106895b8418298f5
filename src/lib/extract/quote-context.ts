// The options of the quote extractor, resolved once into the policy its parts share, and the per-paragraph
// state they read.

import { cueFinder, type Cue, type CueFinder } from './cues.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Sentence } from './sentences.ts';
import { speakerPolicy, type Mention, type SpeakerPolicy } from './speakers.ts';
import {
  EDITORIAL_LABELS,
  EVIDENCE_NOUNS,
  MULTI_WORD_CUES,
  NOT_CUES,
  PLAIN_VERB_SUBJECTS,
  SOURCE_AFTER_CUES,
  SPEECH_VERBS,
  STANCE_VERBS,
  TITLES,
} from './lexicon.ts';

export interface QuoteOptions {
  /** Single-word speech verbs, lower-case, each inflection listed (default: `SPEECH_VERBS` from lexicon.ts). */
  speechVerbs?: readonly string[];
  /** Verbs that attribute a stance or a finding and cue reported speech (default: `STANCE_VERBS` from lexicon.ts). */
  stanceVerbs?: readonly string[];
  /** Cues of several words, any case (default: `MULTI_WORD_CUES` from lexicon.ts). */
  multiWordCues?: readonly string[];
  /** Phrases that open with a cue but attribute nothing ("showed up"), lower-case (default: `NOT_CUES` from lexicon.ts). */
  notCues?: readonly string[];
  /** Sources of findings cued by "in" ("in a Gazette poll") (default: `EVIDENCE_NOUNS` from lexicon.ts). */
  evidenceNouns?: readonly string[];
  /** Titles and roles stripped from the front of speaker names (default: `TITLES` from lexicon.ts). */
  titles?: readonly string[];
  /** Emit reported (indirect and partly quoted) speech as well as direct quotes (default: true). */
  reported?: boolean;
  /** A quoted phrase of at most this many words inside a sentence is a scare quote or a title, not a quotation (default: 3). */
  maxScareQuoteWords?: number;
}

/** The options turned into matchers and sets. */
export interface Policy {
  cues: CueFinder;
  stance: CueFinder;
  /** The stance verbs in their plain form ("plan", "attack": those listed with an -s form too), lower-case. */
  plainStance: ReadonlySet<string>;
  /** Words before a plain verb that can be its subject or stand between (plurals without an -s, pronouns, modals). */
  plainVerbSubjects: ReadonlySet<string>;
  /** "in" and up to six words before an evidence noun: "in a new Gazette-Radio One poll". */
  evidence: RegExp;
  speakers: SpeakerPolicy;
  /** Paragraph labels that are the newsroom's notes, not speakers, lower-case ("update", "correction"). */
  editorialLabels: ReadonlySet<string>;
  reported: boolean;
  maxScareQuoteWords: number;
}

// Building the cue patterns costs more than reading an article, so each options object is resolved once.
const policies = new WeakMap<QuoteOptions, Policy>();

export function policyFor(options: QuoteOptions): Policy {
  let policy = policies.get(options);
  if (policy === undefined) {
    policy = {
      cues: cueFinder(
        options.speechVerbs ?? SPEECH_VERBS,
        options.multiWordCues ?? MULTI_WORD_CUES,
        SOURCE_AFTER_CUES,
        options.notCues ?? NOT_CUES,
      ),
      stance: cueFinder(options.stanceVerbs ?? STANCE_VERBS, [], [], options.notCues ?? NOT_CUES),
      plainStance: plainForms(options.stanceVerbs ?? STANCE_VERBS),
      plainVerbSubjects: new Set(PLAIN_VERB_SUBJECTS),
      evidence: new RegExp(
        String.raw`\b[Ii]n\s+(?:[\p{L}\p{N}’'.-]+\s+){0,6}?(?:${(options.evidenceNouns ?? EVIDENCE_NOUNS).join('|')})\b`,
        'u',
      ),
      speakers: speakerPolicy(options.titles ?? TITLES),
      editorialLabels: new Set(EDITORIAL_LABELS.map((l) => l.toLowerCase())),
      reported: options.reported ?? true,
      maxScareQuoteWords: options.maxScareQuoteWords ?? 3,
    };
    policies.set(options, policy);
  }
  return policy;
}

// "plan" is a plain form because "plans" is listed too; "found" and "forecast" are not.
function plainForms(verbs: readonly string[]): ReadonlySet<string> {
  const all = new Set(verbs.map((v) => v.toLowerCase()));
  return new Set(
    [...all].filter(
      (v) => all.has(`${v}s`) || all.has(`${v}es`) || (v.endsWith('y') && all.has(`${v.slice(0, -1)}ies`)),
    ),
  );
}

/** One paragraph as the extractor's parts see it. */
export interface ParagraphContext {
  text: string;
  /** Every quoted span, quotations and scare quotes alike. */
  spans: readonly QuoteSpan[];
  /** The spans that are quotations in their own right. */
  direct: readonly QuoteSpan[];
  sentences: readonly Sentence[];
  /** The speech cues and the stance verbs of the paragraph, found once. */
  cues: readonly Cue[];
  stance: readonly Cue[];
  policy: Policy;
}

/** A unit before its speaker is resolved: resolution runs in text order, since "he" means the last speaker. */
export interface Draft {
  type: 'direct' | 'reported';
  start: number;
  end: number;
  mention: Mention | undefined;
  cue: string | null;
}

/** Words in a text, counting only tokens with a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether `offset` falls inside one of `spans`. */
export function inAny(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
