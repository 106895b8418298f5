// Tests the content-clause reader on its own: which "that", "whether", "why" and "how" open a statement.

import { describe, expect, it } from 'vitest';
import { contentClauseCue } from './content-clauses.ts';
import { speakerPolicy } from './speakers.ts';

const policy = speakerPolicy();

// The cue's words and the text after it, so a test reads as the sentence split where the statement starts.
function split(sentence: string): [string, string, boolean] | undefined {
  const cue = contentClauseCue(sentence, 0, sentence.length, policy);
  return cue === undefined ? undefined : [cue.text, sentence.slice(cue.end), cue.nounHead === true];
}

describe('content clauses', () => {
  it('opens a statement at "that" with a subject of its own after a verb or an adjective', () => {
    expect(split('The pilots are confident that the ferry will run by May.')).toEqual([
      'confident that',
      'the ferry will run by May.',
      false,
    ]);
    expect(split('Most members now accept that Okafor was right.')).toEqual([
      'accept that',
      'Okafor was right.',
      false,
    ]);
  });

  it('takes "that" before a verb for a relative clause, and reads on to the next "that"', () => {
    expect(split('The bill that passed on Monday was short.')).toBeUndefined();
    expect(split('The bill that passed shows that the council can still act.')).toEqual([
      'shows that',
      'the council can still act.',
      false,
    ]);
  });

  it('marks a noun head, whose sentence names no speaker before it', () => {
    expect(split('The delay fed the claim that the council had lost the contract.')).toEqual([
      'claim that',
      'the council had lost the contract.',
      true,
    ]);
    expect(split('He repeated Ruiz’s warning that the fares would rise.')).toEqual([
      'warning that',
      'the fares would rise.',
      true,
    ]);
  });

  it('opens an indirect question at "whether", "why" or "how"', () => {
    expect(split('It is still unclear whether the pier will reopen.')).toEqual([
      'unclear whether',
      'the pier will reopen.',
      false,
    ]);
    expect(split('Nobody on the board could explain why fares went up.')).toEqual([
      'explain why',
      'fares went up.',
      false,
    ]);
  });

  it('finds nothing in a sentence without one', () => {
    expect(split('The ferry left at noon.')).toBeUndefined();
  });
});
