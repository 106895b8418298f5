// Reads who is speaking from the words around a cue, and resolves surnames and pronouns to the fullest
// name the article has used so far.

import { ABBREVIATION_SOURCE, type Sentence } from './sentences.ts';
import {
  CUE_AUXILIARIES,
  DESCRIPTION_LINKS,
  DETERMINERS,
  HONORIFICS,
  LY_NOUNS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  PLACE_LINKS,
  PRONOUNS,
  ROLE_NOUNS,
  SUBORDINATORS,
  TITLE_QUALIFIERS,
  TITLES,
  TITLES_HE,
  TITLES_SHE,
} from './lexicon.ts';

/** The policy lists the speaker reader needs, lower-cased into sets once. */
export interface SpeakerPolicy {
  titles: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  nonNames: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
}

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** Builds the policy sets from the lists in lexicon.ts, with `titles` overridable. */
export function speakerPolicy(titles: readonly string[] = TITLES): SpeakerPolicy {
  return {
    titles: lower(titles),
    qualifiers: lower(TITLE_QUALIFIERS),
    pronouns: lower(PRONOUNS),
    nonNames: lower(NON_NAME_WORDS),
    determiners: lower(DETERMINERS),
    auxiliaries: lower(CUE_AUXILIARIES),
  };
}

// A capitalised word, or an initial or abbreviation with its period ("J.", "Jr.", "Sen."), with the
// particles that sit inside names ("bin", "van"). Any other period ends the name: "Okafor. James" is two.
const NAME_WORD = String.raw`(?:${ABBREVIATION_SOURCE}\.|\p{Lu}[\p{L}\p{M}’'\-]*)`;
const PARTICLE = String.raw`(?:${NAME_PARTICLES.map((p) => p.replace('.', '\\.')).join('|')})`;
const NAME_SEQUENCE = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD})*`;
const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);
const NAME_AT_END = new RegExp(String.raw`(${NAME_SEQUENCE})$`, 'u');
const NAME_AT_START = new RegExp(String.raw`^(${NAME_SEQUENCE})`, 'u');
const NAMES = new RegExp(NAME_SEQUENCE, 'gu');
const WHOLE_NAME = new RegExp(String.raw`^${NAME_SEQUENCE}$`, 'u');
const POSSESSIVE = /[’']s?$/u;
// Up to this many words of a role may stand before a name (`White House press secretary Josh Earnest said`), and
// fewer before a description, which is more likely the end of a longer phrase (`a Democratic staffer in the room`).
const ROLE_WORDS = 5;
const DESCRIPTION_ROLE_WORDS = 3;
const MENTION_CHARS = 120;
const WORD = /[\p{L}\p{M}\p{N}’'.-]+/gu;

/** A speaker as written: a pronoun, a name, or a description without a name ("the Foreign Office"). */
export type Mention =
  { kind: 'pronoun'; text: string } | { kind: 'name'; text: string } | { kind: 'description'; text: string };

/** Drops titles and roles from the front of a name and a possessive from its end. */
export function stripTitles(name: string, policy: SpeakerPolicy): string {
  // A sentence's full stop is not part of the name, an initial's or "Jr."'s period is.
  const words = name
    .replace(POSSESSIVE, '')
    .replace(/(?<!^|\s\p{Lu}|\bJr|\bSr)\.$/u, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  // Everything up to the last title word goes: "Army chief General Qamar Javed Bajwa" keeps "Qamar Javed Bajwa".
  let cut = 0;
  words.forEach((w, i) => {
    if (policy.titles.has(w.toLowerCase()) && i < words.length - 1) cut = i + 1;
  });
  let rest = words.slice(cut);
  // "Blaze’s Matt Walsh": the possessor is where the person works, not part of the name.
  while (rest.length > 2 && /[’']s$/u.test(rest[0]!)) rest = rest.slice(1);
  while (
    rest.length > 1 &&
    (policy.nonNames.has(rest[0]!.toLowerCase()) || policy.qualifiers.has(rest[0]!.toLowerCase()))
  ) {
    rest = rest.slice(1);
  }
  return rest.join(' ');
}

/**
 * "Minister of Finance Tomas Weil", "Secretary of Homeland Security Ana Ruiz": after a capitalised title and "of" or
 * "for", the capitalised words are the title's complement and then the name, taken as its last two words (three with
 * an initial or a particle: "Lin J. Okafor"); a single word there is the complement alone ("the Minister of
 * Finance"). After a role in lower case (`a spokesman for Mr. Weil`) a single name is whom the role serves, not the
 * speaker, and a longer one an organisation's, kept as it stands.
 */
function titleComplement(preceding: readonly string[], name: string, policy: SpeakerPolicy): string {
  const link = preceding.at(-1)?.toLowerCase();
  const title = preceding.at(-2) ?? '';
  if ((link !== 'of' && link !== 'for') || !policy.titles.has(title.toLowerCase())) return name;
  const all = name.split(' ');
  if (all.length < 2) return '';
  if (!/^\p{Lu}/u.test(title)) return name;
  const inner = all.slice(-3, -1);
  const keep = all.length > 2 && inner.some((w) => /^\p{Lu}\.$/u.test(w) || PARTICLE_SET.has(w.toLowerCase())) ? 3 : 2;
  return all.slice(-keep).join(' ');
}

// A name is usable when it has at least one word that is not a function word, weekday or title.
function isName(name: string, policy: SpeakerPolicy): boolean {
  return (
    name !== '' &&
    name.split(' ').some((w) => {
      const k = w.toLowerCase();
      return !policy.nonNames.has(k) && !policy.titles.has(k) && !policy.qualifiers.has(k);
    })
  );
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

// Nouns ending in -ly that can close a subject ("the family said"): every other lower-case -ly word before a
// cue is an adverb ("Okafor jokingly said").
const LY_NOUN_SET: ReadonlySet<string> = new Set(LY_NOUNS);

function isAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word) && !LY_NOUN_SET.has(word);
}

/** Removes the auxiliaries and adverbs between a subject and its cue ("Qureshi had also" -> "Qureshi"). */
export function dropAuxiliaries(text: string, policy: SpeakerPolicy): string {
  let rest = text.trimEnd();
  for (;;) {
    let start = rest.length;
    while (start > 0 && !/\s/u.test(rest[start - 1]!)) start--;
    const word = rest.slice(start);
    if (start === rest.length || !(policy.auxiliaries.has(word.toLowerCase()) || isAdverb(word))) return rest;
    rest = rest.slice(0, start).trimEnd();
  }
}

/**
 * The mention that ends `text` (the words just before a cue), if the words there can be a speaker.
 * `whole` demands that the mention is nearly all of `text` (up to `ROLE_WORDS` words of a role before
 * it: "the economist Ana Silva"), as between a closing quote and its cue.
 */
export function mentionAtEnd(text: string, policy: SpeakerPolicy, whole = false): Mention | undefined {
  const rest = dropAuxiliaries(text.replace(/\s*\([^()]*\)[,\s]*$/u, ''), policy).replace(/[,\s]+$/u, '');
  const all = words(rest);
  const last = all.at(-1);
  if (last === undefined) return undefined;
  // `used` is how many words of `text` the mention spans, titles included.
  const fits = (m: Mention, used: number): Mention | undefined =>
    !whole || all.length - used <= (m.kind === 'name' ? ROLE_WORDS : DESCRIPTION_ROLE_WORDS) ? m : undefined;
  if (policy.pronouns.has(last.toLowerCase())) {
    return fits({ kind: 'pronoun', text: last.toLowerCase() }, 1);
  }
  // Matching at the end of a long clause tries every start; a name fits well within its last MENTION_CHARS.
  const name = NAME_AT_END.exec(rest.slice(-MENTION_CHARS))?.[1];
  // "The Finance Ministry" opens with its article capitalised; it is a description like "the Foreign Office".
  const article = name === undefined ? undefined : /^The\s+(.+)$/u.exec(name)?.[1];
  if (article !== undefined && !hasTitle(article, policy)) {
    return fits({ kind: 'description', text: `the ${article}` }, words(name!).length);
  }
  if (name !== undefined) {
    const preceding = words(rest.slice(0, rest.length - name.length));
    const before = preceding.at(-1)?.toLowerCase();
    const stripped = titleComplement(preceding, stripTitles(name, policy), policy);
    // "the Foreign Office": a capitalised description after a determiner stays as written.
    if (before !== undefined && policy.determiners.has(before) && !hasTitle(name, policy)) {
      return fits({ kind: 'description', text: `${before} ${name}` }, words(name).length + 1);
    }
    if (isName(stripped, policy)) return fits({ kind: 'name', text: stripped }, words(name).length);
  }
  // `The former Republican presidential candidate continued, saying`: the clause's own verb closes no description.
  const described = words(rest.split(/[,;:—–()"“”„«»「」]/u).at(-1)!);
  if (described.length > 1 && /^\p{Ll}+ed$/u.test(described.at(-1)!)) described.pop();
  return descriptionAtEnd(described, policy, fits);
}

// "Gov. Ana Ruiz (D-Ohio)": the party and state after a name are no part of it.
function withoutParenthesis(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/u, '').trim();
}

/**
 * The subject of the clause `text` ends, for a cue that follows it: the name or pronoun it opens with when
 * the cue is a second verb ("Qureshi paused and said"), else the words right before the cue ("Qureshi had
 * said"); when an apposition closes there ("Whitcombe, who …, told"), the name before its first comma; else
 * the first mention after an opening phrase ("Earlier, Qureshi …").
 */
export function subjectBefore(text: string, policy: SpeakerPolicy): Mention | undefined {
  // `Ruiz thanked the crew and said`: a second verb shares the subject the clause opened with.
  if (/\sand$/u.test(dropAuxiliaries(text, policy))) {
    const opening = pronounAtStart(words(text), policy) ?? nameAtStart(text.trim(), policy);
    if (opening !== undefined) return opening;
  }
  const setOff = /,\s*$/u.test(dropAuxiliaries(text, policy));
  if (!setOff) {
    const immediate = mentionAtEnd(text, policy);
    if (immediate !== undefined) return immediate;
  }
  const pieces = text.split(',');
  // `In Marston, North Cape, after the vote, Gov. Ana Ruiz (D-Elin), said`: a full name that is the whole of the piece before
  // the cue is its subject, however many commas the phrases before it hold. Not after a relative clause, which that
  // name may end (`Weil, who lives near the capital, Port Elin, said`), nor after a capitalised word, which it
  // may continue as a place (`a fisherman from Marston, North Cape, says`).
  const [previous, closing] = setOff ? pieces.filter((p) => p.trim() !== '').slice(-2) : [];
  if (
    closing !== undefined &&
    WHOLE_NAME.test(withoutParenthesis(closing)) &&
    !/\p{Lu}[\p{L}’'.-]*\s*$/u.test(previous!)
  ) {
    const named = pieces.some((p) => /^\s*(?:who|which|whose|where)\b/u.test(p))
      ? undefined
      : mentionAtEnd(closing, policy, true);
    if (named?.kind === 'name' && named.text.includes(' ')) return named;
  }
  // `after Mr. Trump, asked about …, had said`: a participial phrase set off by commas follows its subject's name.
  if (pieces.length >= 3 && /^\s*\p{Ll}+(?:ed|ing|en)\b/u.test(pieces[1]!)) {
    const named = mentionAtEnd(pieces[0]!, policy);
    if (named?.kind === 'name') return named;
  }
  // `The mayor, Rosa Matos, said`: a name set off after the description that opens the clause is whom it describes.
  const [first, second] = pieces.slice(0, 2).map((piece) => mentionAtEnd(piece, policy, true));
  const opens = first !== undefined && words(pieces[0]!).length <= words(first.text).length + 1;
  if (
    first?.kind === 'description' &&
    opens &&
    second?.kind === 'name' &&
    WHOLE_NAME.test(pieces[1]!.trim()) &&
    pieces.length >= 3
  )
    return second;
  const mention = first ?? second;
  if (mention !== undefined) return mention;
  return mentionAtStart(pieces.slice(1).join(','), policy);
}

function hasTitle(name: string, policy: SpeakerPolicy): boolean {
  return name.split(/\s+/).some((w) => policy.titles.has(w.toLowerCase()));
}

// "the senator", "a spokesman for the mayor", "Okafor’s campaign": up to seven words after a determiner
// or a possessive name, reaching back over "for"/"of" to an earlier determiner, never over punctuation.
function descriptionAtEnd(
  all: readonly string[],
  policy: SpeakerPolicy,
  fits: (m: Mention, used: number) => Mention | undefined,
): Mention | undefined {
  let start: number | undefined;
  for (let i = all.length - 1; i >= Math.max(0, all.length - 7); i--) {
    const w = all[i]!.toLowerCase();
    // A description holds no verb: "a visit has held extensive" is no speaker.
    if (policy.auxiliaries.has(w) || policy.pronouns.has(w)) break;
    const opens = policy.determiners.has(w) || (/^\p{Lu}/u.test(all[i]!) && /[’']s$/u.test(w) && i < all.length - 1);
    if (opens) {
      start = i;
      if (!OF.has(all[i - 1]?.toLowerCase() ?? '') && !PLACE.has(all[i - 1]?.toLowerCase() ?? '')) break;
    }
  }
  if (start !== undefined && PLACE.has(all[start - 1]?.toLowerCase() ?? '')) {
    // `officials in both cities`: a bare noun before the place is the description, `protesters marching through` none.
    const head = all.slice(0, start - 1);
    const plain =
      head.length > 0 &&
      all.length <= 7 &&
      head.every((w) => /^\p{Ll}+$/u.test(w) && !/(?:ing|ed)$/u.test(w) && !policy.auxiliaries.has(w));
    return plain ? fits({ kind: 'description', text: all.join(' ') }, all.length) : undefined;
  }
  return start === undefined
    ? undefined
    : fits({ kind: 'description', text: lowerArticle(all.slice(start).join(' ')) }, all.length - start);
}

const OF: ReadonlySet<string> = new Set(DESCRIPTION_LINKS);
const PLACE: ReadonlySet<string> = new Set(PLACE_LINKS);

// "The email said" and "the email said" are one speaker: lower-case a leading article, not a name.
function lowerArticle(text: string): string {
  return /^(?:The|A|An)\s/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The mention that starts `text` (the words after an inverted cue: `said Sen. Ana Ruiz, R-Ohio`): the
 * words up to the first comma or clause word, read as a mention that ends there.
 */
export function mentionAtStart(text: string, policy: SpeakerPolicy): Mention | undefined {
  const piece = text.replace(/^[\s,:—–-]+/u, '').split(MENTION_END)[0]!;
  const all = words(piece);
  const first = all[0];
  if (first === undefined) return undefined;
  const pronoun = pronounAtStart(all, policy);
  if (pronoun !== undefined) return pronoun;
  // A bare plural needs no article to be a source: "according to election officials".
  const bare =
    all.length <= 3 && /^\p{Ll}/u.test(first) ? { kind: 'description' as const, text: all.join(' ') } : undefined;
  // "Ana Ruiz of the Harbour Trust": a name that opens the mention and is qualified by "of" is the speaker, not the body.
  const named = nameAtStart(piece, policy);
  if (named !== undefined && piece.slice(NAME_AT_START.exec(piece)![1]!.length).startsWith(' of ')) return named;
  return mentionAtEnd(piece, policy) ?? named ?? bare;
}

function pronounAtStart(all: readonly string[], policy: SpeakerPolicy): Mention | undefined {
  const first = all[0]?.toLowerCase();
  return first !== undefined && policy.pronouns.has(first) ? { kind: 'pronoun', text: first } : undefined;
}

// Where a mention after a cue stops: punctuation (a dash too, typed as a spaced hyphen in much wire copy), a
// sentence's period (not an abbreviation's), or a clause word.
const MENTION_END = new RegExp(
  String.raw`[,;:!?(—–]|\s--?\s|(?<!\b${ABBREVIATION_SOURCE})\.(?:\s|$)|\s(?:who|which|that|on|in|at|during|after|before|to|from|about|as|when|while)\s`,
  'u',
);

/** The pronoun or name a clause opens with: the speaker of `Jonah Price, the chief engineer, set out the plan:`. */
export function openingMention(text: string, policy: SpeakerPolicy): Mention | undefined {
  return pronounAtStart(words(text), policy) ?? nameAtStart(text.trim(), policy);
}

/** The pronoun or name that opens the clause of `text` nearest its end, after any opening phrases ("Hours later, Trump …"). */
export function clauseSubject(text: string, policy: SpeakerPolicy): Mention | undefined {
  // From the cue back: the main clause stands right before it, opening phrases ("Hours later,") further away.
  for (const piece of text.split(',').reverse()) {
    // A stray quotation mark may open the clause (`“Trump walked onto the stage, chanting`).
    const mention = openingMention(piece.replace(/^[\s"“”'‘’]+/u, ''), policy);
    if (mention !== undefined) return mention;
  }
  return undefined;
}

/** The name `text` opens with, titles stripped, after words that start no name ("But Trump …" -> "Trump"). */
export function nameAtStart(text: string, policy: SpeakerPolicy): Mention | undefined {
  const name = NAME_AT_START.exec(text)?.[1];
  if (name === undefined) return undefined;
  const stripped = stripTitles(name, policy);
  return isName(stripped, policy) ? { kind: 'name', text: stripped } : undefined;
}

/** A name a sentence opens with, as the antecedent of a pronoun after it; `titled` when a title showed it is a person's. */
export interface Antecedent {
  name: string;
  titled: boolean;
  /** The name opens the pronoun's own sentence ("Sanders exaggerates when he says…"): its subject, almost surely. */
  sameSentence: boolean;
}

/**
 * The name the last sentence before `offset` opens with (`Mr. Comey painted a different picture. “…,” he
 * said.`), skipping sentences that open with a quotation: what a pronoun after it most likely stands for. When that
 * sentence opens with no name (`Elizabeth Warren invoked it. Corporations owe a debt, she said`), the one before it,
 * once; `isWord` tells a capitalised ordinary word ("Corporations") from a name.
 */
export function openingName(
  text: string,
  sentences: readonly Sentence[],
  offset: number,
  policy: SpeakerPolicy,
  isWord: (name: string) => boolean = () => false,
): Antecedent | undefined {
  const candidates = sentences
    .filter((s) => s.start < offset && !/^["“'‘`„«»「『]/u.test(text.charAt(s.start)))
    .slice(-2)
    .reverse();
  for (const sentence of candidates) {
    const lead = text.slice(sentence.start, Math.min(offset, sentence.end));
    // Quoted words give the sentence a speaker of its own; "When Ruiz left, she…" names someone else in a
    // subordinate clause: no antecedent is clear.
    if (/["“”„«»「」]|''/u.test(lead) || SUBORDINATE.test(lead)) return undefined;
    const found = leadingName(lead, policy);
    if (found !== undefined && !isWord(found.name)) return { ...found, sameSentence: offset < sentence.end };
  }
  return undefined;
}

function leadingName(lead: string, policy: SpeakerPolicy): Omit<Antecedent, 'sameSentence'> | undefined {
  // "Her successor, Tomas Weil, …": a name in apposition to a description is a person's, and the sentence's subject.
  const apposed = APPOSED_NAME.exec(lead)?.[1];
  if (apposed !== undefined) {
    const name = stripTitles(apposed, policy);
    if (isName(name, policy)) return { name, titled: true };
  }
  // "Mr. Cruz's success …, which he …": the possessor. "The Gazette's …" opens a description, not a name.
  const raw = NAME_AT_START.exec(lead)?.[1]?.split(/(?<=[’']s)\s/u)[0];
  if (raw === undefined) return undefined;
  const name = stripTitles(raw, policy);
  return isName(name, policy) ? { name, titled: hasTitle(raw, policy) } : undefined;
}

const startsWithAny = (name: string, titles: readonly string[]): boolean =>
  titles.some((t) => name === t || name.startsWith(`${t} `));

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS.map((t) => t.toLowerCase().replace(/\.$/u, '')));
const ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...TITLES.map((t) => t.toLowerCase().replace(/\.$/u, ''))]);
// "the city's mayor, Ana Ruiz" / "team goalkeeper Jo Bo" before a name; ", the city's mayor," / ", a spokeswoman for the
// ministry," after it.
const DESCRIPTION_BEFORE =
  /(?:^|[\s(])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}’'-]*[’']s)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,)$/u;

// The role written right before a name: a description and a comma, or one lower-case word.
function roleBefore(lead: string): string | undefined {
  const trimmed = lead.trimEnd();
  return trimmed.endsWith(',') ? DESCRIPTION_BEFORE.exec(trimmed.slice(-60))?.[1] : /([\p{Ll}-]+)$/u.exec(trimmed)?.[1];
}
// Qualifiers written in lower case before a title, which the role shown must keep: "former President Tomas Weil".
const QUALIFIERS_BEFORE = /(?:^|\s)((?:(?:former|then|acting|interim|outgoing|deputy|assistant|ex-)\s*)+)$/u;

const RELATIVE = /\s+(?:who|which|that|whose)\s/u;

/**
 * The role shown beside a name, as the article first wrote it: the apposition without its relative clause ("the
 * board's chairman"), else the title before the name with its qualifiers ("former President", "Minister of Finance"),
 * else the role word before it with the capitalised words that qualify it ("Opposition leader"). `lead` is the text
 * before the title; `after`, the apposition already cut at its relative clause.
 */
function shownRole(
  lead: string,
  title: string,
  before: string | undefined,
  after: string | undefined,
  policy: SpeakerPolicy,
): string | undefined {
  const sentence = lead.split(/[.!?;:]\s+/u).at(-1)!;
  const qualifiers = (rest: string): string => QUALIFIERS_BEFORE.exec(rest.trimEnd())?.[1]?.trim() ?? '';
  const titleWords = title.split(/\s+/u).filter((w) => w !== '');
  while (
    titleWords.length > 0 &&
    (policy.nonNames.has(titleWords[0]!.toLowerCase()) || /^\p{Lu}\.$/u.test(titleWords[0]!))
  )
    titleWords.shift();
  let role = after;
  // After the name a title of common words is a common noun ("Ana Ruiz, foreign minister"); one with a proper name
  // ("White House Press Secretary") or an abbreviation ("Sen.") stays as written.
  const generic = titleWords.every(
    (w) => !w.endsWith('.') && (ROLES.has(w.toLowerCase()) || policy.qualifiers.has(w.toLowerCase())),
  );
  if (role === undefined && titleWords.length > 0)
    role = `${qualifiers(sentence)} ${generic ? titleWords.join(' ').toLowerCase() : titleWords.join(' ')}`;
  if (role === undefined && before !== undefined) {
    if (/,\s*$/u.test(sentence)) role = before.replace(/,$/u, '');
    else {
      const qualified = /((?:\p{Lu}[\p{L}’'-]*\.?\s+)*)[\p{Ll}-]+\s*$/u.exec(sentence);
      const words = (qualified?.[1] ?? '').split(/\s+/u).filter((w) => w !== '');
      while (words.length > 0 && policy.nonNames.has(words[0]!.toLowerCase())) words.shift();
      role = `${qualifiers(sentence.slice(0, qualified?.index ?? sentence.length))} ${[...words, before].join(' ')}`;
    }
  }
  role = role?.trim();
  return role !== undefined && role !== '' && ROLES.has(roleHead(role)) && !HONORIFIC_SET.has(roleHead(role))
    ? lowerArticle(role)
    : undefined;
}

const ROLE_AFTER = /^,\s+((?:the|a|an|its|his|her|their|\p{Lu}[\p{L}’'-]*[’']s)\s+[^,;:.()"“”]{1,60}?)(?:,|\.|;|$)/u;

/** The head noun of a role or description: "mayor" of "the city's mayor", "spokeswoman" of "a spokeswoman for the ministry". */
function roleHead(role: string): string {
  const core = role.replace(/,$/u, '').split(/\s+(?:of|for|at|with|from|in|on)\s+/u)[0]!;
  return (core.trim().split(/\s+/u).at(-1) ?? '').toLowerCase().replace(/\.$/u, '');
}

const APPOSED_NAME = new RegExp(
  String.raw`^(?:The|A|An|His|Her|Their|Its|\p{Lu}[\p{L}’'-]*[’']s)\s+[\p{Ll}\s’'-]{2,40},\s+(${NAME_SEQUENCE}),`,
  'u',
);

const SUBORDINATE = new RegExp(String.raw`^(?:${SUBORDINATORS.join('|')})\s`, 'u');

/**
 * The names an article has used, in order, to resolve a bare surname ("Qureshi") or "Mr. Marsh"
 * to the fullest earlier form ("Shah Mahmood Qureshi"), and a pronoun to the person its paragraph last
 * opened a sentence with, else to the last speaker.
 */
export class NameMemory {
  readonly #policy: SpeakerPolicy;
  readonly #fullNames: string[] = [];
  // Role heads ("mayor", "goalkeeper") and the names the article gave them.
  readonly #roles = new Map<string, { name: string; role: string }[]>();
  // Everyone resolved as a speaker so far: a sentence opening with one of them is about a person.
  readonly #speakers = new Set<string>();
  // People resolved as speakers, in order, and the pronoun each was given (by a title, or "she said").
  readonly #persons: string[] = [];
  readonly #genders = new Map<string, 'he' | 'she'>();
  #lastSpeaker: string | null = null;
  // The role the article first gave each person, as written, to show beside the name.
  readonly #shownRoles = new Map<string, string>();

  constructor(policy: SpeakerPolicy) {
    this.#policy = policy;
  }

  /**
   * Records every multi-word name in `text` (quoted words excluded by the caller), and the role the text gives a name:
   * its title ("Mayor Ana Ruiz"), a role word before it ("team goalkeeper Jo Bo") or an apposition ("Ana Ruiz, the
   * city's mayor,", "the mayor, Ana Ruiz,").
   */
  remember(text: string): void {
    this.#rememberPronouns(text);
    for (const m of text.matchAll(NAMES)) {
      // Only "of" or "for" before a name can make it a title's complement: the words are read for those alone.
      const preceding = /\b(?:of|for)\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))
        ? words(text.slice(Math.max(0, m.index - 40), m.index))
        : [];
      const stripped = stripTitles(m[0], this.#policy);
      const name = titleComplement(preceding, stripped, this.#policy);
      if (!isName(name, this.#policy)) continue;
      if (name.includes(' ')) this.#fullNames.push(name);
      // "the Observer" is a publication, not a person with a role.
      if (/\bthe\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      const titleWords = words(m[0].slice(0, m[0].length - name.length)).map((w) =>
        w.toLowerCase().replace(/\.$/u, ''),
      );
      // Only the last title word is the role, and not after "Vice": "Vice President Joe Biden" is no president.
      // "Minister of Finance Tomas Weil": the role is the title before the complement.
      const complemented = name !== stripped ? preceding.at(-2)?.toLowerCase() : undefined;
      const title =
        complemented ??
        (titleWords.length > 0 && !/^(?:vice|deputy|assistant|lieutenant)$/u.test(titleWords.at(-2) ?? '')
          ? titleWords.at(-1)
          : undefined);
      const before = roleBefore(text.slice(Math.max(0, m.index - 80), m.index));
      const next = m.index + m[0].length;
      const after = text.charAt(next) === ',' ? ROLE_AFTER.exec(text.slice(next, next + 100))?.[1] : undefined;
      const titled =
        `${complemented === undefined ? '' : `${preceding.at(-2)} ${preceding.at(-1)} `}${m[0].slice(0, m[0].length - name.length)}`.trim();
      // Taken with the fullest name known now: "President Bush" is George W. Bush here, whoever "Bush" is later.
      const holder = this.#fullNameOf(name);
      const gender = startsWithAny(m[0], TITLES_HE) ? 'he' : startsWithAny(m[0], TITLES_SHE) ? 'she' : undefined;
      if (gender !== undefined) this.#genders.set(holder, gender);
      for (const role of [title, before, after]) {
        const head = role === undefined ? undefined : roleHead(role);
        if (head !== undefined && ROLES.has(head))
          this.#roles.set(head, [...(this.#roles.get(head) ?? []), { name: holder, role: role! }]);
      }
      // The role shown beside the name, the first the article gave (shownRole).
      const apposed = after?.split(RELATIVE)[0];
      const candidate =
        titled !== '' || [before, apposed].some((role) => role !== undefined && ROLES.has(roleHead(role)));
      if (!candidate || this.#shownRoles.has(holder)) continue;
      const lead = text.slice(Math.max(0, m.index - 80), m.index);
      const shown = shownRole(
        complemented === undefined ? lead : lead.replace(/\S+\s+\S+\s*$/u, ''),
        titled,
        before,
        apposed,
        this.#policy,
      );
      if (shown !== undefined) this.#shownRoles.set(holder, shown);
    }
  }

  /** The role the article gave `name` ("the board's chairman", "Foreign Minister"), as it first wrote it. */
  roleOf(name: string): string | undefined {
    return this.#shownRoles.get(name);
  }

  /**
   * The speaker a mention stands for, and updates who "he" or "they" would be next. A personal pronoun goes
   * to `antecedent` when a title or an earlier quotation shows it is a person (so not "Florida delegate …").
   */
  resolve(mention: Mention, antecedent?: Antecedent): string | null {
    if (mention.kind === 'pronoun') {
      const personal = mention.text !== 'it' && mention.text !== 'they';
      if (!personal) return this.#lastSpeaker;
      const gendered = mention.text === 'he' || mention.text === 'she' ? mention.text : undefined;
      const fits = (name: string): boolean =>
        gendered === undefined || (this.#genders.get(name) ?? gendered) === gendered;
      const candidate = antecedent === undefined ? undefined : this.#fullNameOf(antecedent.name);
      const known = candidate !== undefined && this.#genders.get(candidate) === gendered;
      const person =
        candidate !== undefined &&
        (antecedent!.titled || antecedent!.sameSentence || known || this.#speakers.has(candidate)) &&
        fits(candidate);
      // Else the last person quoted whom the pronoun fits: "she" is not the man quoted last. None fits: no one is clear.
      const resolved = person ? candidate : this.#persons.findLast(fits);
      if (resolved === undefined) return this.#persons.length === 0 ? this.#lastSpeaker : null;
      if (gendered !== undefined) this.#genders.set(resolved, gendered);
      return this.resolve({ kind: 'name', text: resolved });
    }
    if (mention.kind === 'description') {
      const named = this.#roleHolder(mention.text);
      if (named !== undefined) return this.resolve({ kind: 'name', text: named });
      this.#lastSpeaker = mention.text;
      return mention.text;
    }
    const full = this.#fullNameOf(mention.text);
    this.#speakers.add(full);
    this.#persons.push(full);
    this.#lastSpeaker = full;
    return full;
  }

  // `Davis made it clear that she…`: a sentence that opens with a person's name, names no one else, and goes on with
  // "he" or "she" gives that person the pronoun (a title, read in remember, has already said more surely). Only a full
  // name, or a surname of one, is taken for a person's: "Throughout the day, he…" opens with no one.
  #rememberPronouns(text: string): void {
    for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
      if (!/\b(?:he|she)\b/iu.test(sentence)) continue;
      const opening = NAME_AT_START.exec(sentence)?.[1];
      if (opening === undefined) continue;
      const full = this.#fullNameOf(stripTitles(opening, this.#policy));
      if (!full.includes(' ') || !isName(full, this.#policy)) continue;
      const others = [...sentence.slice(opening.length).matchAll(NAMES)].some((m) =>
        isName(stripTitles(m[0], this.#policy), this.#policy),
      );
      const he = /\bhe\b/iu.test(sentence);
      const she = /\bshe\b/iu.test(sentence);
      if (!others && he !== she && !this.#genders.has(full)) this.#genders.set(full, he ? 'he' : 'she');
    }
  }

  // "the mayor": the one person the article gave that role, if it gave it to exactly one. An indefinite description
  // ("a spokesman") fits only a role that has all its words ("a Coca-Cola spokesman" is not Ana Ruiz, the campaign's
  // spokesman).
  #roleHolder(description: string): string | undefined {
    const head = roleHead(description);
    const indefinite = /^(?:a|an)\s/iu.test(description);
    const wanted = description.toLowerCase().split(/\s+/u).slice(1);
    const holders = new Set(
      (this.#roles.get(head) ?? [])
        .filter(({ role }) => !indefinite || wanted.every((w) => role.toLowerCase().split(/\s+/u).includes(w)))
        .map(({ name }) => name),
    );
    return holders.size === 1 ? [...holders][0] : undefined;
  }

  #fullNameOf(surname: string): string {
    if (surname.includes(' ')) return surname;
    for (let i = this.#fullNames.length - 1; i >= 0; i--) {
      const full = this.#fullNames[i]!;
      if (full.endsWith(` ${surname}`)) return full;
    }
    // A first name alone ("Donald") is the one person the article gave it to, if only one.
    const given = new Set(this.#fullNames.filter((full) => full.startsWith(`${surname} `)));
    return given.size === 1 ? [...given][0]! : surname;
  }
}
