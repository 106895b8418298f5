// Finds reported speech in a paragraph: the clause each cue introduces or closes, and its speaker.

import { contentClauseCue } from './content-clauses.ts';
import { cuesIn, type Cue } from './cues.ts';
import { continuesTitles, isOwnedTitle, isTitle, namedByNoun, writerOpens, type Attribution } from './direct-quotes.ts';
import { inAny, wordCount, type Draft, type ParagraphContext, type Policy } from './quote-context.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Sentence } from './sentences.ts';
import { ARTICLES, AUTHORSHIP_CUES, CLAUSE_WORDS, CONTRACTED, NOUN_MARKERS } from './lexicon.ts';
import { clauseSubject, mentionAtEnd, mentionAtStart, subjectBefore, type Mention } from './speakers.ts';

// The words that show a stance word is a noun ("of talks", "no plans") and that a tail after a cue is a clause of its
// own ("it is"), and how long a closing tail may be.
const NOUN_BEFORE: ReadonlySet<string> = new Set(NOUN_MARKERS);
const CLAUSE_WORD_SET: ReadonlySet<string> = new Set(CLAUSE_WORDS);
const AUTHORSHIP_CUE_SET: ReadonlySet<string> = new Set(AUTHORSHIP_CUES);
const SHORT_TAIL = 8;
// The longest subject read as a source when a cue closes its sentence (`…, a study by the city's planners found.`).
const SOURCE_WORDS = 12;
const TOLD = /^(?:tells?|told|telling)$/u;
// Whom something was told: a pronoun, a name (`the Gazette`, `Fox News`) or a plural (`reporters`), before the statement.
const TOLD_OBJECT =
  /^\s+(?:him|her|them|us|me|you|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|\p{Ll}+s)(?=\s+(?:that\s|\p{L}))/u;
const RAISING = /^(?:appears?|appeared|seems?|seemed)$/u;
// A possessive that ends the words before a cue (`the ministry’s`), not a contraction (`It’s`).
const POSSESSIVE_END = /^(.*?([\p{L}-]*))[’']s\s*$/su;
const CONTRACTED_SET: ReadonlySet<string> = new Set(CONTRACTED);
// A name or a personal pronoun just before a verb, with the conjunction that joins it on: its subject.
const SUBJECT_BEFORE = /(?:,?\s+(?:and|but|while|whereas))?(?:\s\p{Lu}[\p{L}’'.-]*|\s(?:he|she|they|who))\s*$/u;
// At most this many words between a cue and a verb inside the statement it opens (`said she really thinks`).
const EMBEDDED_WORDS = 4;
// Only a comma and a conjunction between a clause and the next cue: the cue has no subject of its own.
const JOINED = /^\s*(?:,\s*(?:and|but)?|and|but)\s*$/u;
// Words after `according to X,` that make the source a parenthesis inside its statement, not its end.
const RESUMING_WORDS = 3;
const DASH = /[—–]|\s--?\s/u;
// A relative clause or an indefinite apposition after a source (`…, according to the Harbour Group, which…`, `…, a
// crowdfunding site`): it says more about the source. ("the" may open either that or the statement's subject.)
const SOURCE_GLOSS = /^\s*(?:which|who|whose|where|a|an)\s/iu;
const ARTICLE_SET: ReadonlySet<string> = new Set(ARTICLES);

// A transcript line opens with its speaker's label: "Q: …", "Ana Ruiz: …" (up to four capitalised words).
const LABEL = /^((?:\p{Lu}[\p{L}.’'-]*)(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}):\s+/u;

/** A paragraph that is one line of a transcript or a labelled post, as one statement by its label. */
export function labelledLine(ctx: ParagraphContext): Draft | undefined {
  const label = LABEL.exec(ctx.text);
  if (label === null || ctx.direct.length > 0 || ctx.policy.editorialLabels.has(label[1]!.toLowerCase()))
    return undefined;
  return clause(ctx.text, label[0].length, ctx.text.length, { kind: 'name', text: label[1]! }, null);
}

/**
 * The reported statements of one sentence. Each speech cue not already spent on a quotation gives one
 * clause, after it (`Qureshi said he would…`) or before it (`…, the Foreign Office said.`). A sentence
 * without one may still attribute a stance (`Rubio praised the plan`) or a finding (`In a Gazette poll, …`):
 * its first stance verb, else its poll, gives one clause. Failing all, quoted words inside it (`slammed it
 * as “divisive”`) make it a report, else a content clause (`aides are confident that the bill will pass`).
 */
export function reportedIn(ctx: ParagraphContext, sentence: Sentence, used: readonly Attribution[]): Draft[] {
  const { text, spans, direct, policy } = ctx;
  const usedHere = used.filter((u) => u.cue.start >= sentence.start && u.cue.start < sentence.end);
  const free = (c: Cue): boolean => !inAny(spans, c.start) && !used.some((u) => u.cue.start === c.start);
  // "the warning", "his answers": a speech word after an article or a possessive is a noun, not a cue.
  const speech = cuesIn(ctx.cues, sentence.start, sentence.end).filter(
    (c) => free(c) && !afterArticle(text.slice(sentence.start, c.start)),
  );
  const stance = cuesIn(ctx.stance, sentence.start, sentence.end).filter(free);
  const isVerb = (c: Cue): boolean =>
    !nounContext(text.slice(sentence.start, c.start), policy) && agrees(text.slice(sentence.start, c.start), c, policy);
  // A stance verb joined on after a comma or "and" ("…, calling them", "and calls her") starts a statement
  // of its own; one inside a reported clause ("he said the two countries want…") does not.
  const joined = stance.filter((c) => /(?:,|\band)\s*$/u.test(text.slice(sentence.start, c.start)));
  if (speech.length > 0 || usedHere.length > 0) {
    // So does one coordinated with the speech cue after it ("criticized the plan and said…").
    const coordinated = stance.filter(
      (c) => isVerb(c) && speech.some((s) => s.start > c.end && /\band\s+$/u.test(text.slice(c.end, s.start))),
    );
    // And one that takes a "that" clause ("the poll finds that Ruiz maintains a lead") reports as a speech verb does.
    const reporting = stance.filter((c) => isVerb(c) && /^\s+that\s/u.test(text.slice(c.end, sentence.end)));
    const cues = [...new Set([...speech, ...joined, ...coordinated, ...reporting])].sort((a, b) => a.start - b.start);
    // `"…," he told the group, adding that…`: the participle goes on with the quotation's speaker.
    return clausesOf(ctx, sentence, cues, usedHere.at(-1)?.mention);
  }
  const first = stance.find(isVerb) ?? evidenceCue(ctx, sentence);
  if (first !== undefined) {
    // A later stance verb with a subject of its own right before it (`…, and the union called it…`) starts a statement too.
    const later = stance.filter((c) => c.start > first.start);
    const subjected = later.filter(
      (c) => !joined.includes(c) && isVerb(c) && SUBJECT_BEFORE.test(text.slice(first.end, c.start)),
    );
    const cues = later
      .filter((c) => joined.includes(c) || subjected.includes(c))
      .map((c) => (subjected.includes(c) ? { ...c, subjected: true } : c));
    return clausesOf(ctx, sentence, [first, ...cues]);
  }
  const within = (s: QuoteSpan): boolean => s.start >= sentence.start && s.end <= sentence.end;
  const partial =
    !direct.some(within) &&
    spans.some(
      (s, i) =>
        s.closed &&
        within(s) &&
        !direct.includes(s) &&
        !isScareQuoteOrTitle(text, s) &&
        !continuesTitles(text, spans[i - 1], s),
    );
  const whole = partial ? clause(text, sentence.start, sentence.end, undefined, null) : undefined;
  if (whole !== undefined) return [whole];
  const content = contentClauseCue(text, sentence.start, sentence.end, policy.speakers);
  return content === undefined || inAny(spans, content.start) ? [] : clausesOf(ctx, sentence, [content]);
}

// "In a Gazette poll, …" / "… in most surveys": the poll is the source, named after the cue like "according to".
function evidenceCue(ctx: ParagraphContext, sentence: Sentence): Cue | undefined {
  const m = ctx.policy.evidence.exec(ctx.text.slice(sentence.start, sentence.end));
  if (m === null) return undefined;
  const start = sentence.start + m.index;
  return { text: m[0].slice(0, 2), start, end: start + 2, sourceAfter: true, participle: false };
}

function afterArticle(before: string): boolean {
  const previous = /([\p{L}’'-]+)[^\p{L}]*$/u.exec(before.slice(-40))?.[1]?.toLowerCase();
  return previous !== undefined && ARTICLE_SET.has(previous);
}

// A plain form ("plan", "attack") after a singular word is a noun: `the ferry plan`, `the Marston attack`. After a
// possessive it is a noun too, but one that names its source (`Ruiz's plan to …`), as before.
function agrees(before: string, cue: Cue, policy: Policy): boolean {
  if (!policy.plainStance.has(cue.text)) return true;
  const previous = /([\p{L}\p{N}’'-]+)[^\p{L}\p{N}]*$/u.exec(before.slice(-40))?.[1]?.toLowerCase();
  if (previous === undefined || /s$|men$|\d|ly$|[’'](?:d|ll)$/u.test(previous)) return true;
  return policy.plainVerbSubjects.has(previous.replace(/^.*[’']t$/u, 'n’t'));
}

// Stance words are nouns as often as verbs ("important talks", "the calls"): after a determiner, a
// preposition or an adjective-shaped word, the word is taken for a noun.
function nounContext(before: string, policy: Policy): boolean {
  const previous = /([\p{L}’'-]+)[^\p{L}]*$/u.exec(before.slice(-40))?.[1]?.toLowerCase();
  if (previous === undefined) return true;
  return (
    policy.speakers.determiners.has(previous) ||
    NOUN_BEFORE.has(previous) ||
    /(?:al|ive|ful|ous|ic|ent|ant|ary|level|est)$/u.test(previous)
  );
}

// `Okafor wrote “The Quiet Harbour,” a memoir`: a verb of writing whose object is a title names a work, not a statement.
// (`named “Salt and Stone” as her favourite` still reports what she said.)
function namesTitle(ctx: ParagraphContext, cue: Cue, draft: Draft): boolean {
  if (!AUTHORSHIP_CUE_SET.has(cue.text.toLowerCase())) return false;
  const span = ctx.spans.find((s) => s.start === draft.start);
  return (
    span !== undefined &&
    /^\s*$/u.test(ctx.text.slice(cue.end, span.start)) &&
    isTitle(ctx.text.slice(span.innerStart, span.innerEnd))
  );
}

// "so-called “deal”" marks a word as someone else's without reporting a statement; "The Wire", "HBO’s “Harbour
// Nights”" and "the film “Harbour Lights”" name a work.
function isScareQuoteOrTitle(paragraph: string, span: QuoteSpan): boolean {
  const before = paragraph.slice(0, span.start);
  return (
    /so-called\s*$/iu.test(before) ||
    isOwnedTitle(before) ||
    namedByNoun(before) ||
    isTitle(paragraph.slice(span.innerStart, span.innerEnd))
  );
}

// One clause per cue, each ending where the next cue or quotation begins; a participle ("adding that") or a
// verb joined on (", and outlined") keeps the speaker of the clause or quotation before it.
function clausesOf(ctx: ParagraphContext, sentence: Sentence, all: readonly Cue[], speaker?: Mention): Draft[] {
  const { text, direct } = ctx;
  const cues = all.filter((c, i) => i === 0 || !embedded(text, all[i - 1]!, c));
  const drafts: Draft[] = [];
  let from = sentence.start;
  let subject = speaker;
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    // A clause ends where the next begins: at its cue, or at its subject when the cue has one of its own.
    const opens = next?.subjected === true ? SUBJECT_BEFORE.exec(text.slice(cue.end, next.start)) : null;
    const end = next === undefined ? sentence.end : opens === null ? next.start : cue.end + opens.index;
    const to = Math.min(end, direct.find((s) => s.start >= cue.end)?.start ?? sentence.end);
    // `Okafor railed against it, and outlined a plan`: a verb joined on to the clause before shares its speaker.
    const joined = drafts.length > 0 && JOINED.test(text.slice(drafts.at(-1)!.end, cue.start));
    const draft = cue.sourceAfter
      ? accordingTo(ctx, from, cue, to)
      : (cue.participle || joined) && subject !== undefined
        ? clause(text, cue.end, to, subject, cue)
        : clauseAround(ctx, from, cue, to);
    if (
      draft !== undefined &&
      !direct.some((s) => s.start < draft.end && draft.start < s.end) &&
      !namesTitle(ctx, cue, draft)
    ) {
      drafts.push(draft);
      subject = draft.mention;
      from = Math.max(draft.end, cue.end);
    }
  });
  return drafts;
}

// `Ruiz said Okafor has not replied to her`: a verb a few words into the clause the cue before it opened, with
// nothing between to end that clause, is the reported statement's own verb, not a new statement.
function embedded(paragraph: string, previous: Cue, cue: Cue): boolean {
  if (cue.participle || cue.sourceAfter || previous.sourceAfter || cue.subjected === true) return false;
  const between = paragraph.slice(previous.end, cue.start);
  const words = wordCount(between);
  return words >= 1 && words <= EMBEDDED_WORDS && !/[,;:—–()"“”„«»「」]|\b(?:and|but|or)\b/u.test(between);
}

// Trims a clause to its words: leading "that", commas and colons, and trailing punctuation go.
function clause(
  paragraph: string,
  start: number,
  end: number,
  mention: Mention | undefined,
  cue: Cue | null,
): Draft | undefined {
  const text = paragraph.slice(start, end);
  const lead = /^[\s,:—–-]*(?:that\s+)?/u.exec(text)![0].length;
  // A clause cut where the next statement begins (`…, and outlined`) leaves the conjunction that joined them.
  const trail = /(?:[\s,;:.—–-]+(?:and|but|or|while))?[\s,;:.—–-]*$/u.exec(text)![0].length;
  const s = start + lead;
  const e = Math.max(s, end - trail);
  return wordCount(paragraph.slice(s, e)) < 2
    ? undefined
    : { type: 'reported', start: s, end: e, mention, cue: cue?.text ?? null };
}

// "According to X, CLAUSE" or "CLAUSE, according to X".
function accordingTo(ctx: ParagraphContext, from: number, cue: Cue, to: number): Draft | undefined {
  const after = ctx.text.slice(cue.end, to);
  const mention = mentionAtStart(after, ctx.policy.speakers);
  if (ctx.text.slice(from, cue.start).trim() !== '') {
    // `Among the risks, according to Ana Ruiz, are…`: the source interrupts one statement that goes on after it. So
    // does a source inside a pair of dashes (`Most residents - 63 percent, according to the survey - back it`).
    const dashes = DASH.test(ctx.text.slice(from, cue.start));
    const comma = after.search(dashes ? /,|\s?[—–]|\s--?\s/u : /,/u);
    const resumes =
      comma >= 0 && !SOURCE_GLOSS.test(after.slice(comma + 1)) && wordCount(after.slice(comma + 1)) >= RESUMING_WORDS;
    const interrupts = resumes && !/\.\s*$/u.test(after.slice(0, comma));
    return clause(ctx.text, from, interrupts ? to : cue.start, mention, cue);
  }
  const comma = after.indexOf(',');
  return comma < 0 ? undefined : clause(ctx.text, cue.end + comma + 1, to, mention, cue);
}

// The clause a cue introduces (`Qureshi said he would…`) or, when the cue closes the sentence, the one
// before it (`…, the Foreign Office said.`, `…, said Qureshi.`).
function clauseAround(ctx: ParagraphContext, from: number, cue: Cue, to: number): Draft | undefined {
  const { text, policy } = ctx;
  const before = text.slice(from, cue.start);
  const after = text.slice(cue.end, to);
  // `Turnout is expected to rise`, `The plan appears to stall`: a passive or raising cue reports its subject and
  // the infinitive together, and names no speaker.
  if (/^\s+to\s/u.test(after) && (RAISING.test(cue.text) || /\b(?:is|are|was|were|be|been)\s+$/u.test(before))) {
    return clause(text, from, to, undefined, cue);
  }
  const comma = before.lastIndexOf(',');
  // Between that comma and the cue: the speaker (`, Qureshi said`), or nothing but a closing mark when the
  // speaker follows (`…,” said Ana Silva, an economist…`: then only the name up to its apposition counts).
  const tail = before.slice(comma + 1);
  const inverted = /^[\s"”'’]*$/u.test(tail);
  if (comma >= 0 && cue.subjected !== true && isTail(inverted ? after.split(',')[0]! : after, policy)) {
    const mention = inverted
      ? mentionAtStart(after, policy.speakers)
      : (mentionAtEnd(tail, policy.speakers, true) ?? sourcePhrase(tail, after));
    if (mention !== undefined) return clause(text, from, from + comma, mention, cue);
  }
  // `Instead, Ruiz said, the plan…`: an attribution set off inside the writer's sentence; the statement is all of it.
  if (comma >= 0 && /^\s*,/u.test(after) && writerOpens(before)) {
    const mention = mentionAtEnd(tail, policy.speakers, true);
    if (mention !== undefined) return clause(text, from, to, mention, cue);
  }
  // `told the Gazette the review was late`: the statement starts after whom it was told to.
  const object = TOLD.test(cue.text) ? (TOLD_OBJECT.exec(after)?.[0].length ?? 0) : 0;
  // `Ruiz ended her speech by urging …`: a participle's speaker is the subject of the clause it hangs on.
  const subject = cue.participle
    ? (clauseSubject(before, policy.speakers) ?? subjectBefore(before, policy.speakers))
    : subjectBefore(before, policy.speakers);
  // `Ruiz’s claim that …`, `the ministry’s warning that …`: the statement is the possessor's; `the claim that …` names no one.
  const owner = POSSESSIVE_END.exec(before);
  const possessor = owner === null || CONTRACTED_SET.has(owner[2]!.toLowerCase()) ? undefined : owner[1]!;
  const speaker =
    possessor !== undefined ? mentionAtEnd(possessor, policy.speakers) : cue.nounHead === true ? undefined : subject;
  return clause(text, cue.end + object, to, speaker, cue);
}

// `…, records compiled by the city clerk show.`: a cue that ends its sentence after a longer subject than a
// name still closes the statement before the comma; the source is that subject as written.
function sourcePhrase(tail: string, after: string): Mention | undefined {
  const phrase = tail.trim();
  const opens = /^(?:\p{Lu}|(?:a|an|the|some|many|most|several|two|three|four|five)\s)/u.test(phrase);
  return opens && wordCount(after) === 0 && wordCount(phrase) <= SOURCE_WORDS
    ? { kind: 'description', text: phrase }
    : undefined;
}

// What may follow a cue that closes its sentence: a few words of circumstance ("on Tuesday", "in a
// statement", "reporters"), never a clause of its own (no pronoun, auxiliary, "that" or quotation).
function isTail(after: string, policy: Policy): boolean {
  const all = after.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const clauseWord = (w: string): boolean => {
    const k = w.toLowerCase();
    return (
      k === 'that' || CLAUSE_WORD_SET.has(k) || policy.speakers.pronouns.has(k.replace(/[’'](?:s|re|ll|d|ve|m)$/u, ''))
    );
  };
  return all.length <= SHORT_TAIL && !/["“”„«»「」]|''/u.test(after) && !all.some(clauseWord);
}
