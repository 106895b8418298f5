// Tells what a speaker is, a person, an organisation or unknown, from the words the article uses for it: only people
// get a page of their own, and a word that merely opens a sentence ("Trade", "Nobody") is published as no one.

import { NO_ONE, ORGANISATION_WORDS, PERSONAL_TITLES } from './lexicon.ts';
import type { Mention, SpeakerPolicy } from './speakers.ts';

export type SpeakerType = 'person' | 'organisation' | 'unknown';

/** What the whole article says about its words: which it writes in lower case, which it puts after a personal title. */
export interface ArticleVocabulary {
  /** Whether the article writes `word` in lower case somewhere (an ordinary word, not a name). */
  usesLowerCase(word: string): boolean;
  titled: ReadonlySet<string>;
}

const ORGANISATION = new Set(ORGANISATION_WORDS);
const NOBODY = new Set(NO_ONE);
const WORD_CHAR = /[\p{L}\p{M}’'-]/u;
// Titles that only a person carries ("Mr. Ekwall", "Sen. Ruiz"): a single word after one is a surname.
const PERSONAL_TITLE = new RegExp(String.raw`\b(?:${PERSONAL_TITLES.join('|')})\.\s+(\p{Lu}[\p{L}’'-]+)`, 'gu');

export function articleVocabulary(paragraphs: readonly string[]): ArticleVocabulary {
  const text = paragraphs.join('\n');
  const titled = new Set<string>();
  for (const m of text.matchAll(PERSONAL_TITLE)) titled.add(m[1]!);
  // Asked of a few words an article: found by searching the text when asked, not by listing every word up front.
  const usesLowerCase = (word: string): boolean => {
    const lower = word.toLowerCase();
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      if (!WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(at + lower.length))) return true;
    }
    return false;
  };
  return { usesLowerCase, titled };
}

// A name is an organisation's when any of its words says so ("Kenya Red Cross"); a description when its head does:
// "the ministry" is, "a spokeswoman for the ministry" is a person.
function isOrganisation(text: string): boolean {
  const lower = text.toLowerCase();
  if (/^\p{Lu}{2,6}$/u.test(text) || ORGANISATION.has(lower)) return true;
  if (/^\p{Ll}/u.test(text)) {
    const head = lower
      .split(/\s+(?:of|for|at|with|from|in|on)\s+/u)[0]!
      .split(/\s+/u)
      .at(-1)!;
    return ORGANISATION.has(head);
  }
  return lower.split(/\s+/u).some((w) => ORGANISATION.has(w));
}

/**
 * Whether a name-like mention stands for no one: a word of NO_ONE, or a single capitalised word the article also
 * writes in lower case, so that it is an ordinary word opening a sentence ("Trade", "Estimates"), not a surname.
 */
export function namesNoOne(mention: Mention, vocabulary: ArticleVocabulary): boolean {
  if (mention.kind !== 'name') return false;
  const text = mention.text.replace(/[’']s?$/u, '');
  if (NOBODY.has(text.toLowerCase())) return true;
  return !text.includes(' ') && !vocabulary.titled.has(text) && vocabulary.usesLowerCase(text);
}

/**
 * The type of a resolved speaker: an organisation when its name or its description's words say so; a person when a
 * personal pronoun, a name of two words or more, or a title shows it; otherwise unknown (a bare description, or one
 * word the article never gives a full name or title).
 */
export function speakerType(
  name: string,
  mention: Mention | undefined,
  vocabulary: ArticleVocabulary,
  policy: SpeakerPolicy,
): SpeakerType {
  if (isOrganisation(name)) return 'organisation';
  if (mention?.kind === 'pronoun' && /^(?:it|they|we)$/u.test(mention.text)) return 'unknown';
  if (/^\p{Ll}/u.test(name)) return 'unknown';
  const words = name.split(/\s+/u).filter((w) => !policy.titles.has(w.toLowerCase()));
  if (
    words.length >= 2 &&
    words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || /^(?:de|da|del|der|van|von|bin|al|la|le|du|di)$/u.test(w))
  )
    return 'person';
  return vocabulary.titled.has(name) ? 'person' : 'unknown';
}
