// Scores extracted quotes against human-annotated ones, by the fixed rules of shared/quotes-eval/README.md.

/** One annotated attribution of the dev set (only the fields the scoring reads). */
export interface GoldQuote {
  quote: string;
  fragments?: readonly string[];
  speaker: string | null;
  type: 'direct' | 'mixed' | 'indirect';
  speakerIsPronoun: boolean;
}

/** One predicted quote: a direct quotation (also when `type` is missing) or reported speech. */
export interface PredictedQuote {
  type?: 'direct' | 'reported';
  text: string;
  speaker: string | null;
}

/** A unit to match: one direct fragment or one reported statement, tokenised. */
export interface Unit {
  text: string;
  tokens: readonly string[];
  /** The annotated speaker (gold) or the extractor's (prediction). */
  speaker: string | null;
  /** Gold only: whether speaker accuracy counts this unit (a named, non-pronoun speaker). */
  scoredSpeaker: boolean;
}

/** Rule 1: the form in which quotes and names are compared. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/''|``/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^["' ]+/u, '')
    .replace(/["'.,;:!?… ]+$/u, '')
    .toLowerCase();
}

/** Rule 2: the tokens of a text (normalised first). */
export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .map((t) => t.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((t) => t !== '');
}

/** Rule 3: the length of the longest common subsequence of two token lists. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = x === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function unit(text: string, speaker: string | null, scoredSpeaker: boolean): Unit {
  return { text, tokens: tokens(text), speaker, scoredSpeaker };
}

/** Rule 4: the gold units of an article, direct (one per fragment) and reported (one per statement). */
export function goldUnits(quotes: readonly GoldQuote[]): { direct: Unit[]; reported: Unit[] } {
  const direct: Unit[] = [];
  const reported: Unit[] = [];
  for (const q of quotes) {
    const scored = q.speaker !== null && !q.speakerIsPronoun;
    if (q.type === 'direct') for (const piece of q.fragments ?? [q.quote]) direct.push(unit(piece, q.speaker, scored));
    else reported.push(unit(q.quote, q.speaker, scored));
  }
  return { direct: direct.filter((u) => u.tokens.length > 0), reported: reported.filter((u) => u.tokens.length > 0) };
}

/** Rule 4: the predicted units of an article, by type. */
export function predictedUnits(quotes: readonly PredictedQuote[]): { direct: Unit[]; reported: Unit[] } {
  const units = (type: 'direct' | 'reported'): Unit[] =>
    quotes
      .filter((q) => (q.type ?? 'direct') === type)
      .map((q) => unit(q.text, q.speaker, false))
      .filter((u) => u.tokens.length > 0);
  return { direct: units('direct'), reported: units('reported') };
}

/** A kept (gold unit, prediction) pair, by index. */
export interface Match {
  gold: number;
  prediction: number;
}

/** Overlap threshold as a fraction `numerator / 10` of the gold tokens: lenient 3, strict 8. */
export type Level = 3 | 8;

/** Rule 5: greedy one-to-one matching of gold units and predictions at a level. */
export function match(gold: readonly Unit[], predictions: readonly Unit[], level: Level): Match[] {
  const pairs: { gold: number; prediction: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    predictions.forEach((p, pi) => {
      const o = overlap(g.tokens, p.tokens);
      if (o > 0 && 10 * o >= level * g.tokens.length) pairs.push({ gold: gi, prediction: pi, overlap: o });
    });
  });
  // Ratios compared by cross-multiplication, so no floating point decides a tie.
  const gl = (i: number): number => gold[i]!.tokens.length;
  const pl = (i: number): number => predictions[i]!.tokens.length;
  pairs.sort(
    (a, b) =>
      b.overlap * gl(a.gold) - a.overlap * gl(b.gold) ||
      b.overlap * pl(a.prediction) - a.overlap * pl(b.prediction) ||
      a.gold - b.gold ||
      a.prediction - b.prediction,
  );
  const goldTaken = new Set<number>();
  const predictionTaken = new Set<number>();
  const kept: Match[] = [];
  for (const p of pairs) {
    if (goldTaken.has(p.gold) || predictionTaken.has(p.prediction)) continue;
    goldTaken.add(p.gold);
    predictionTaken.add(p.prediction);
    kept.push({ gold: p.gold, prediction: p.prediction });
  }
  return kept;
}

/** Rule 6: a name as parts, each a token list (`Sen. Ted Cruz (R-Tex.)` is one part: sen ted cruz). */
export function nameParts(name: string): string[][] {
  return normalize(name)
    .replace(/\([^()]*\)/gu, '')
    .split(',')
    .map((piece) => tokens(piece))
    .filter((part) => part.length > 0);
}

/** Rule 6: whether a predicted speaker is right: some part of each ends with the same token. */
export function speakerIsRight(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const goldEnds = new Set(nameParts(gold).map((part) => part.at(-1)));
  return nameParts(predicted).some((part) => goldEnds.has(part.at(-1)));
}

/** Counts summed over articles; `Score` turns them into rates. */
export interface Counts {
  gold: number;
  predictions: number;
  matches: number;
  /** Matched units whose speaker is scored, and of them the right ones (direct only). */
  speakerScored: number;
  speakerRight: number;
  /** Of the scored units, those published with no speaker (the rest of the wrong ones carry a wrong name). */
  speakerMissing: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  predictions: 0,
  matches: 0,
  speakerScored: 0,
  speakerRight: 0,
  speakerMissing: 0,
});

/** Adds one article's matching at one level to `counts`. */
export function count(
  counts: Counts,
  gold: readonly Unit[],
  predictions: readonly Unit[],
  matches: readonly Match[],
): void {
  counts.gold += gold.length;
  counts.predictions += predictions.length;
  counts.matches += matches.length;
  for (const m of matches) {
    const g = gold[m.gold]!;
    if (!g.scoredSpeaker || g.speaker === null) continue;
    counts.speakerScored += 1;
    const predicted = predictions[m.prediction]!.speaker;
    if (predicted === null) counts.speakerMissing += 1;
    else if (speakerIsRight(predicted, g.speaker)) counts.speakerRight += 1;
  }
}

/** Rule 7: precision (undefined without predictions), recall, F1 and speaker accuracy. */
export interface Score {
  precision: number | undefined;
  recall: number;
  f1: number;
  speakerAccuracy: number | undefined;
  /** Of the scored units, the share published under a wrong name: the mistake a news site must not make. */
  wrongNameRate: number | undefined;
  /** Of the scored units, the share published without a speaker. */
  unattributedRate: number | undefined;
}

export function score(c: Counts): Score {
  const precision = c.predictions === 0 ? undefined : c.matches / c.predictions;
  const recall = c.gold === 0 ? 0 : c.matches / c.gold;
  const f1 = precision === undefined || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const share = (n: number): number | undefined => (c.speakerScored === 0 ? undefined : n / c.speakerScored);
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: share(c.speakerRight),
    wrongNameRate: share(c.speakerScored - c.speakerRight - c.speakerMissing),
    unattributedRate: share(c.speakerMissing),
  };
}

/** The levels and types the report prints. */
export interface ArticleScore {
  direct: Record<'lenient' | 'strict', Match[]>;
  reported: Record<'lenient' | 'strict', Match[]>;
  gold: { direct: Unit[]; reported: Unit[] };
  predicted: { direct: Unit[]; reported: Unit[] };
}

/** Rules 4 and 5 for one article. */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): ArticleScore {
  const g = goldUnits(gold);
  const p = predictedUnits(predicted);
  return {
    direct: { lenient: match(g.direct, p.direct, 3), strict: match(g.direct, p.direct, 8) },
    reported: { lenient: match(g.reported, p.reported, 3), strict: match(g.reported, p.reported, 8) },
    gold: g,
    predicted: p,
  };
}
