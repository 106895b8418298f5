// Tests the quote scoring on the worked examples of shared/quotes-eval/README.md, which the lead's reference scorer gives exactly.

import { describe, expect, it } from 'vitest';
import {
  count,
  emptyCounts,
  goldUnits,
  match,
  nameParts,
  normalize,
  overlap,
  predictedUnits,
  score,
  scoreArticle,
  speakerIsRight,
  tokens,
  type GoldQuote,
} from './score-quotes.ts';

const direct = (quote: string, speaker: string | null = 'Ann Lee', fragments?: string[]): GoldQuote => ({
  quote,
  ...(fragments === undefined ? {} : { fragments }),
  speaker,
  type: 'direct',
  speakerIsPronoun: false,
});

describe('normalise and tokens (rules 1 and 2)', () => {
  it('normalises the README examples', () => {
    expect(normalize("''We finally may be seeing some wage acceleration,''")).toBe(
      'we finally may be seeing some wage acceleration',
    );
    expect(normalize('“It’s fine,”')).toBe("it's fine");
  });

  it('tokenises fragments joined by an ellipsis, dropping punctuation-only tokens', () => {
    expect(tokens('"Not me," … "I don\'t want it."')).toEqual(['not', 'me', 'i', "don't", 'want', 'it']);
    expect(tokens('U.S. aid — $5 each')).toEqual(['u.s', 'aid', '$5', 'each']);
  });
});

describe('overlap and matching (rules 3 and 5)', () => {
  const ten = 'one two three four five six seven eight nine ten';
  const units = (texts: string[]) => predictedUnits(texts.map((text) => ({ text, speaker: null }))).direct;

  it('counts the longest common subsequence of tokens', () => {
    expect(overlap(tokens(ten), tokens('one three five eleven'))).toBe(3);
  });

  it('matches three of ten gold tokens at lenient only', () => {
    const gold = goldUnits([direct(ten)]).direct;
    expect(match(gold, units(['one two three']), 3)).toHaveLength(1);
    expect(match(gold, units(['one two three']), 8)).toHaveLength(0);
  });

  it('measures the ratio against the gold unit, so a longer prediction still matches strictly', () => {
    const gold = goldUnits([direct(ten)]).direct;
    expect(match(gold, units(['zero one two three four five six seven eight nine ten eleven']), 8)).toHaveLength(1);
  });

  it('gives one joined prediction to the unit that covers more of it', () => {
    const result = scoreArticle(
      [
        direct('"We will win," … "And we will do it in November."', 'Ann Lee', [
          '"We will win,"',
          '"And we will do it in November."',
        ]),
      ],
      [{ type: 'direct', text: 'We will win. And we will do it in November.', speaker: 'Ann Lee' }],
    );
    expect(result.direct.lenient).toEqual([{ gold: 1, prediction: 0 }]);
    const c = emptyCounts();
    count(c, result.gold.direct, result.predicted.direct, result.direct.lenient);
    expect(score(c)).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('matches two predictions to the two fragments', () => {
    const result = scoreArticle(
      [
        direct('"We will win," … "And we will do it in November."', 'Ann Lee', [
          '"We will win,"',
          '"And we will do it in November."',
        ]),
      ],
      [
        { type: 'direct', text: 'We will win', speaker: 'Ann Lee' },
        { type: 'direct', text: 'And we will do it in November', speaker: 'Ann Lee' },
      ],
    );
    const c = emptyCounts();
    count(c, result.gold.direct, result.predicted.direct, result.direct.strict);
    expect(score(c)).toMatchObject({ precision: 1, recall: 1, f1: 1, speakerAccuracy: 1 });
  });
});

describe('units (rule 4)', () => {
  it('makes one direct unit per fragment and one reported unit per mixed or indirect quote', () => {
    const units = goldUnits([
      direct('"A b," … "C d."', 'Ann Lee', ['"A b,"', '"C d."']),
      { quote: 'that it would rain', speaker: 'he', type: 'indirect', speakerIsPronoun: true },
      { quote: 'it was “very wet”', speaker: null, type: 'mixed', speakerIsPronoun: false },
      { quote: '“ ”', speaker: null, type: 'direct', speakerIsPronoun: false },
    ]);
    expect(units.direct.map((u) => u.text)).toEqual(['"A b,"', '"C d."']);
    expect(units.reported.map((u) => [u.text, u.scoredSpeaker])).toEqual([
      ['that it would rain', false],
      ['it was “very wet”', false],
    ]);
  });

  it('reads a prediction without a type as direct', () => {
    expect(predictedUnits([{ text: 'Yes', speaker: null }]).direct).toHaveLength(1);
  });
});

describe('speakers (rule 6)', () => {
  it('splits a name into parts without brackets', () => {
    expect(nameParts('Sen. Ted Cruz (R-Tex.)')).toEqual([['sen', 'ted', 'cruz']]);
  });

  it('accepts a part that ends with the same token', () => {
    expect(speakerIsRight('Qureshi', 'Foreign Minister Shah Mahmood Qureshi')).toBe(true);
    expect(speakerIsRight('Ted Cruz', 'Ted Cruz, who has experienced a surge in Iowa,')).toBe(true);
    expect(speakerIsRight('Kellyanne Conway', "Trump's campaign manager, Kellyanne Conway")).toBe(true);
  });

  it('rejects a different last token and a missing speaker', () => {
    expect(speakerIsRight('Donald Trump', 'Donald Trump Jr.')).toBe(false);
    expect(speakerIsRight(null, 'Donald Trump')).toBe(false);
  });

  it('skips pronoun and missing gold speakers', () => {
    const gold: GoldQuote[] = [{ ...direct('"Yes."', 'he'), speakerIsPronoun: true }, direct('"No."', null)];
    const result = scoreArticle(gold, [
      { text: 'Yes', speaker: 'Ann Lee' },
      { text: 'No', speaker: 'Ann Lee' },
    ]);
    const c = emptyCounts();
    count(c, result.gold.direct, result.predicted.direct, result.direct.strict);
    expect(c).toMatchObject({ matches: 2, speakerScored: 0 });
    expect(score(c).speakerAccuracy).toBeUndefined();
  });
});

describe('report (rule 7)', () => {
  it('tells a wrong name from no name among the scored speakers', () => {
    const gold = ['"One."', '"Two."', '"Three."', '"Four."'].map((q) => direct(q, 'Ann Lee'));
    const result = scoreArticle(gold, [
      { text: 'One', speaker: 'Lee' },
      { text: 'Two', speaker: 'Bob Ray' },
      { text: 'Three', speaker: null },
      { text: 'Four', speaker: 'Ann Lee' },
    ]);
    const c = emptyCounts();
    count(c, result.gold.direct, result.predicted.direct, result.direct.strict);
    expect(score(c)).toMatchObject({ speakerAccuracy: 0.5, wrongNameRate: 0.25, unattributedRate: 0.25 });
  });

  it('leaves precision undefined and F1 zero without predictions', () => {
    const c = emptyCounts();
    count(c, goldUnits([direct('"Yes."')]).direct, [], []);
    expect(score(c)).toEqual({
      precision: undefined,
      recall: 0,
      f1: 0,
      speakerAccuracy: undefined,
      wrongNameRate: undefined,
      unattributedRate: undefined,
    });
  });
});
