// Finds speech cues ("said", "told reporters", "according to") in a paragraph.

/** A cue found in a paragraph. */
export interface Cue {
  text: string;
  start: number;
  end: number;
  /** The speaker is named after the cue ("according to X"). */
  sourceAfter: boolean;
  /** A participle ("adding that", "saying"): its speaker is the subject of the clause before it. */
  participle: boolean;
  /** Set by the reported-speech reader on a cue whose subject stands right before it and opens a new statement. */
  subjected?: boolean;
  /** Set on a content clause's cue whose head is a noun ("the claim that"): the words before it name no speaker. */
  nounHead?: boolean;
}

/** Finds the cues of a paragraph, in text order; built once per option set. */
export type CueFinder = (text: string) => Cue[];

/** The cues of `cues` (in text order) that lie within [from, to). */
export function cuesIn(cues: readonly Cue[], from: number, to: number): Cue[] {
  return cues.filter((c) => c.start >= from && c.end <= to);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Builds a finder over `verbs` (matched as written, lower-case, so "State" in "Secretary of State" is no
 * cue) and `phrases` (any case); the longest cue at a position wins. Words join on apostrophes and
 * hyphens, so "called" is not found in "so-called". A cue at the start of one of `notCues` (lower-case, as
 * written) is left out.
 */
export function cueFinder(
  verbs: readonly string[],
  phrases: readonly string[],
  sourceAfter: readonly string[],
  notCues: readonly string[] = [],
): CueFinder {
  const alternatives = [...phrases.map((p) => `(?i:${escape(p).replace(/ /gu, '\\s+')})`), ...verbs.map(escape)];
  alternatives.sort((a, b) => b.length - a.length);
  // `\b` first: a cheap test that rules out most positions before the costlier Unicode look-behind.
  const pattern = new RegExp(
    String.raw`\b(?<![\p{L}\p{N}’'\-])(?:${alternatives.join('|')})(?![\p{L}\p{N}’'\-])`,
    'gu',
  );
  // A cue that opens another phrase (`showed up`, `reported from`) is none; tried only where a cue matched.
  const other =
    notCues.length === 0
      ? undefined
      : new RegExp(
          String.raw`^(?:${notCues.map((p) => escape(p).replace(/ /gu, '\\s+')).join('|')})(?![\p{L}\p{N}])`,
          'u',
        );
  const after = new Set(sourceAfter.map((s) => s.toLowerCase()));
  return (text) =>
    Array.from(text.matchAll(pattern))
      .filter((m) => other === undefined || !other.test(text.slice(m.index, m.index + 60)))
      .map((m) => {
        const cue = m[0].replace(/\s+/gu, ' ');
        return {
          text: cue,
          start: m.index,
          end: m.index + m[0].length,
          sourceAfter: after.has(cue.toLowerCase()),
          participle: /ing(?: that)?$/u.test(cue),
        };
      });
}
