// Finds a content clause in a sentence without a speech cue: "that" with a subject of its own, or "whether",
// "why" or "how", after a verb, an adjective or a noun ("voters believe that…", "aides are unsure whether…",
// "the claim that…") introduces what someone holds, asks or reports, as a speech verb does.

import type { Cue } from './cues.ts';
import { SUBJECT_OPENERS } from './lexicon.ts';
import type { SpeakerPolicy } from './speakers.ts';

const SUBJECT_OPENER_SET: ReadonlySet<string> = new Set(SUBJECT_OPENERS);
// The conjunction and the word after it; the word before it is read backwards from there, since a pattern
// that opens on any word would be tried at every letter of the sentence.
const CONJUNCTION = /\s(that|whether|why|how)\s+([\p{L}\p{N}’'.-]+)/gu;
const WORD_BEFORE = /([\p{L}’'-]+)\s*$/u;
const POSSESSIVE = /[’']s$/u;

/**
 * The cue of the first content clause in [from, to) of `text`: the word before the conjunction and the
 * conjunction. After "that" the next word must be able to open a subject (a determiner, a pronoun, a
 * capitalised word or a number), else "that" more likely opens a relative clause ("the bill that passed").
 * `nounHead` is set when the word before follows a determiner or a possessive ("the fact that", "Obama's
 * advice that"): then the words before it name no speaker.
 */
export function contentClauseCue(text: string, from: number, to: number, policy: SpeakerPolicy): Cue | undefined {
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(CONJUNCTION)) {
    const [whole, conjunction, next] = m as unknown as [string, string, string];
    if (conjunction === 'that' && !opensSubject(next, policy)) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    const head = WORD_BEFORE.exec(before);
    if (head === null) continue;
    const previous = WORD_BEFORE.exec(before.slice(0, head.index))?.[1];
    const nounHead =
      previous !== undefined && (policy.determiners.has(previous.toLowerCase()) || POSSESSIVE.test(previous));
    const start = from + m.index - (before.length - head.index);
    const end = from + m.index + whole.length - next.length;
    return { text: `${head[1]} ${conjunction}`, start, end, sourceAfter: false, participle: false, nounHead };
  }
  return undefined;
}

function opensSubject(word: string, policy: SpeakerPolicy): boolean {
  const k = word.toLowerCase();
  return (
    /^[\p{Lu}\p{N}]/u.test(word) || policy.determiners.has(k) || policy.pronouns.has(k) || SUBJECT_OPENER_SET.has(k)
  );
}
