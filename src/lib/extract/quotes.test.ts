// Tests the quote extractor on fixture articles (expected.json beside each, rewritten with UPDATE=1) and
// on small edge cases as inline snapshots.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './quotes.ts';
import { cueFinder } from './cues.ts';
import { findQuoteSpans } from './quote-marks.ts';
import { speakerPolicy, stripTitles } from './speakers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/quotes');

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function readFixture(name: string): string[] {
  return paragraphsOf(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'));
}

// One line a quote, so a snapshot reads like the article: type, speaker, cue, paragraph, text.
function show(paragraphs: readonly string[]): string {
  return extractQuotes(paragraphs)
    .map((q) => `${q.type} ¶${q.paragraph} [${q.speaker ?? '-'}] (${q.cue ?? '-'}) ${q.text}`)
    .join('\n');
}

describe('fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const paragraphs = readFixture(name);
      const quotes = extractQuotes(paragraphs);
      const path = join(FIXTURES, name, 'expected.json');
      if (process.env['UPDATE'] === '1') writeFileSync(path, `${JSON.stringify(quotes, null, 2)}\n`);
      expect(quotes).toEqual(JSON.parse(readFileSync(path, 'utf8')) as Quote[]);
    });

    it(`${name}: offsets point at the text, in order, without overlaps`, () => {
      const paragraphs = readFixture(name);
      let previous: Quote | undefined;
      for (const q of extractQuotes(paragraphs)) {
        const span = paragraphs[q.paragraph]!.slice(q.start, q.end);
        // A direct quote's span holds its marks around its text; a reported one's is its text.
        if (q.type === 'reported') expect(span).toBe(q.text);
        else expect(span.length > q.text.length && span.includes(q.text)).toBe(true);
        // The remark plugin marks each span in the tree, which needs them ordered and disjoint.
        if (previous !== undefined) expect(q.paragraph > previous.paragraph || q.start >= previous.end).toBe(true);
        previous = q;
      }
    });
  }
});

describe('the seed article (acceptance)', () => {
  const quotes = extractQuotes(readFixture('seed-lavrov-visit'));
  const direct = quotes.filter((q) => q.type === 'direct');
  const reported = quotes.filter((q) => q.type === 'reported');

  it('has exactly three direct quotes, all by Shah Mahmood Qureshi, cued tweeted, said, said', () => {
    expect(direct.map((q) => [q.speaker, q.cue])).toEqual([
      ['Shah Mahmood Qureshi', 'tweeted'],
      ['Shah Mahmood Qureshi', 'said'],
      ['Shah Mahmood Qureshi', 'said'],
    ]);
  });

  it('has exactly seven reported statements: six by Qureshi, one by the Foreign Office', () => {
    expect(reported).toHaveLength(7);
    expect(reported.filter((q) => q.speaker === 'Shah Mahmood Qureshi')).toHaveLength(6);
    expect(reported.filter((q) => q.speaker === 'the Foreign Office')).toHaveLength(1);
  });

  it("closes the mismatched \"…'' pair and keeps the marks in the span", () => {
    const second = direct[1]!;
    expect(second.text.startsWith('There is no second opinion')).toBe(true);
    expect(second.text.endsWith('taking a new turn,')).toBe(true);
  });
});

describe('quotation marks', () => {
  it('pairs curly, straight, doubled-apostrophe and backtick marks, and mixes of them', () => {
    const spans = (p: string): string[] => findQuoteSpans(p).map((s) => p.slice(s.start, s.end));
    expect(spans('“Yes,” she said. "No," he said.')).toEqual(['“Yes,”', '"No,"']);
    expect(spans("''We will,'' he said. ``Fine,'' she said.")).toEqual(["''We will,''", "``Fine,''"]);
    expect(spans("“Mixed pair,’’ he said. \"Another,'' she said.")).toEqual(['“Mixed pair,’’', "\"Another,''"]);
  });

  it('never takes an apostrophe or a single quote for a quotation mark', () => {
    expect(findQuoteSpans("Pakistan's minister didn’t say the 'deal' was off.")).toEqual([]);
    expect(show(["''The 'temporary' fix failed,'' Ms. Tane said."])).toMatchInlineSnapshot(
      `"direct ¶0 [Tane] (said) The 'temporary' fix failed,"`,
    );
  });

  it('re-syncs after a stray mark: the next paragraph is read normally', () => {
    expect(
      show(['The sign read "closed for good and the road stayed shut.', 'Later, “Then this works,” Ms. Lee said.']),
    ).toMatchInlineSnapshot(`"direct ¶1 [Lee] (said) Then this works,"`);
  });

  it('does not give up on a paragraph with an odd mark before a real quote', () => {
    expect(show(['The 6" pipe burst. “We fixed it,” the engineer said.'])).toMatchInlineSnapshot(
      `"direct ¶0 [the engineer] (said) We fixed it,"`,
    );
  });
});

describe('attribution', () => {
  it('splits an interrupted quote into two direct quotes with one speaker', () => {
    expect(show(['“We will win,” Senator Ana Ruiz said. “And we will do it in November.”'])).toMatchInlineSnapshot(`
      "direct ¶0 [Ana Ruiz] (said) We will win,
      direct ¶0 [Ana Ruiz] (-) And we will do it in November."
    `);
  });

  it('reads the speaker before, after and inverted after the quote', () => {
    expect(
      show([
        'Mayor Lin Okafor said: “The road opens Monday.”',
        '“It took too long,” said Gov. Peter Marsh, a Democrat.',
        '“We are ready,” the fire service said.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Lin Okafor] (said) The road opens Monday.
      direct ¶1 [Peter Marsh] (said) It took too long,
      direct ¶2 [the fire service] (said) We are ready,"
    `);
  });

  it('gives an unattributed quote paragraph to the previous speaker', () => {
    expect(show(['“First,” said Rita Moreno-Diaz.', '“Second, and last.”'])).toMatchInlineSnapshot(`
      "direct ¶0 [Rita Moreno-Diaz] (said) First,
      direct ¶1 [Rita Moreno-Diaz] (-) Second, and last."
    `);
  });

  it('resolves surnames, titles and pronouns to the fullest name seen', () => {
    expect(
      show([
        'Foreign Minister Shah Mahmood Qureshi met the envoy.',
        '“It went well,” Qureshi said.',
        '“We agreed on trade,” he said.',
        'Army chief General Qamar Javed Bajwa said the talks were useful.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶1 [Shah Mahmood Qureshi] (said) It went well,
      direct ¶2 [Shah Mahmood Qureshi] (said) We agreed on trade,
      reported ¶3 [Qamar Javed Bajwa] (said) the talks were useful"
    `);
  });

  it('gives "he said" to the person the sentence before opens with, when a title or an earlier quotation shows a person', () => {
    expect(
      show([
        '“We sail at dawn,” said Mia Tran.',
        'Capt. Tom Reyes checked the tides. “The water is too low,” he said.',
        'Tran checked the ropes. “We are ready,” she said.',
        'When Reyes left, the crew went home. “At last,” she said.',
        'Harbour Road was closed. “Go round,” she said.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Mia Tran] (said) We sail at dawn,
      direct ¶1 [Tom Reyes] (said) The water is too low,
      direct ¶2 [Mia Tran] (said) We are ready,
      direct ¶3 [Mia Tran] (said) At last,
      direct ¶4 [Mia Tran] (said) Go round,"
    `);
  });

  it('takes the possessor for the antecedent, and none from a sentence with a quotation of its own', () => {
    expect(
      show([
        '“We sail at dawn,” said Mia Tran.',
        'Capt. Tom Reyes’s Harbour Belle was late. “The tide turned,” he said.',
        'Tran called the night “long and cold,” the harbour master wrote. “Go home,” he said.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Mia Tran] (said) We sail at dawn,
      direct ¶1 [Tom Reyes] (said) The tide turned,
      reported ¶2 [the harbour master] (wrote) Tran called the night “long and cold
      direct ¶2 [Tom Reyes] (said) Go home,"
    `);
  });

  it('never takes a name inside the quote for the speaker', () => {
    expect(show(['“Qureshi is wrong about the pipeline,” a spokesman for the ministry said.'])).toMatchInlineSnapshot(
      `"direct ¶0 [a spokesman for the ministry] (said) Qureshi is wrong about the pipeline,"`,
    );
  });

  it('knows speech verbs beyond said, and multi-word cues', () => {
    expect(
      show([
        '“Vote today,” Kim Hale tweeted.',
        'Kim Hale told reporters the count would finish by midnight.',
        'The party said in a statement that it would accept the result, adding that a recount was unlikely.',
        'Turnout was high, according to election officials.',
        '“Is that all?” Ms. Hale asked.',
        '“It is,” the clerk insisted.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Kim Hale] (tweeted) Vote today,
      reported ¶1 [Kim Hale] (told reporters) the count would finish by midnight
      reported ¶2 [the party] (said in a statement) it would accept the result
      reported ¶2 [the party] (adding that) a recount was unlikely
      reported ¶3 [election officials] (according to) Turnout was high
      direct ¶4 [Kim Hale] (asked) Is that all?
      direct ¶5 [the clerk] (insisted) It is,"
    `);
  });
});

describe('attribution without "said"', () => {
  it('knows more verbs of speech: barked, went on, chimed in, and a sentence-opening "Said"', () => {
    expect(
      show([
        '“Not now,” the harbour master barked.',
        '“And not tomorrow,” Lin Okafor went on.',
        'Said Mia Tran, a ferry pilot, “We will wait.”',
        '“So will we,” her brother chimed in.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [the harbour master] (barked) Not now,
      direct ¶1 [Lin Okafor] (went on) And not tomorrow,
      direct ¶2 [Mia Tran] (Said) We will wait.
      direct ¶3 [her brother] (chimed in) So will we,"
    `);
  });

  it('reads the subject past an adverb before the cue, and of a second verb joined with "and"', () => {
    expect(show(['“Fine,” the harbour master jokingly said.', 'Lin Okafor thanked the crew and said, “We made it.”']))
      .toMatchInlineSnapshot(`
      "direct ¶0 [the harbour master] (said) Fine,
      direct ¶1 [Lin Okafor] (said) We made it."
    `);
  });

  it('gives a quotation a colon introduces to the name its sentence opens with, and only to a name', () => {
    expect(
      show([
        'Councillor Ben Adeyemi took the microphone: “We are not done.”',
        'Rep. Ana Ruiz (D-Ohio): “The fares stay.”',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Ben Adeyemi] (:) We are not done.
      direct ¶1 [Ana Ruiz] (:) The fares stay."
    `);
    expect(show(['The notice read: “Closed until May.”'])).toMatchInlineSnapshot(
      `"direct ¶0 [-] (-) Closed until May."`,
    );
    expect(show(['HARBOUR PILOTS VOTE TODAY - from the bulletin: “We sail at dawn.”'])).toMatchInlineSnapshot(
      `"direct ¶0 [-] (-) We sail at dawn."`,
    );
  });
});

describe('speaker names', () => {
  it('takes no place for a speaker: a description reaches back over "in" or "through" to whoever is there, else names no one', () => {
    expect(
      show([
        'Dock workers marching through the streets chanted “Save the ferry!”',
        'A man in the crowd shouted “Shame!”',
        'There is no chance of a strike, officials in both towns insist, because pay has risen.',
        '“We are closing,” the ministry said.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [-] (chanted) Save the ferry!
      direct ¶1 [a man in the crowd] (shouted) Shame!
      reported ¶2 [officials in both towns] (insist) There is no chance of a strike, officials in both towns insist, because pay has risen
      direct ¶3 [the ministry] (said) We are closing,"
    `);
  });

  const policy = speakerPolicy();

  it('drops a title’s complement after "of" or "for", and takes a lone name after a role in lower case for whom it serves', () => {
    expect(
      show([
        '“The budget is balanced,” said Minister of Finance Tomas Weil.',
        'Director of Harbour Safety Lin J. Okafor said, “The pier is closed.”',
        'The Minister of Finance said, “Taxes will not rise.”',
        'A spokesman for Mr. Weil said, “He is travelling.”',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Tomas Weil] (said) The budget is balanced,
      direct ¶1 [Lin J. Okafor] (said) The pier is closed.
      direct ¶2 [Tomas Weil] (said) Taxes will not rise.
      direct ¶3 [a spokesman for Mr. Weil] (said) He is travelling."
    `);
  });

  it('strips titles, roles and their qualifiers, but keeps initials and suffixes', () => {
    expect(
      [
        'Foreign Minister Shah Mahmood Qureshi',
        'Army chief General Qamar Javed Bajwa',
        'Former Ohio Gov. Peter Marsh',
        'Sen. Ana Ruiz',
        'Mr. Marsh',
        'Lin J. Okafor',
        'Peter Marsh Jr.',
        "Pakistan's",
      ].map((name) => stripTitles(name, policy)),
    ).toEqual([
      'Shah Mahmood Qureshi',
      'Qamar Javed Bajwa',
      'Peter Marsh',
      'Ana Ruiz',
      'Marsh',
      'Lin J. Okafor',
      'Peter Marsh Jr.',
      'Pakistan',
    ]);
  });

  it('takes the name, not the body, from "said Ana Ruiz of the Harbour Trust"', () => {
    expect(show(['“The pier is safe,” said Ana Ruiz of the Harbour Trust.'])).toMatchInlineSnapshot(
      `"direct ¶0 [Ana Ruiz] (said) The pier is safe,"`,
    );
  });

  it('reads names across appositions and inversions, and keeps descriptions as written', () => {
    expect(
      show([
        "''Revenues are up,'' Lin J. Okafor, the city manager, said of the course.",
        '“Not yet,” said Sen. Ana Ruiz, a Republican from Ohio.',
        '“Too late,” the economist Ana Silva wrote on her blog.',
        'The Finance Ministry said the audit was complete.',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Lin J. Okafor] (said) Revenues are up,
      direct ¶1 [Ana Ruiz] (said) Not yet,
      direct ¶2 [Ana Silva] (wrote) Too late,
      reported ¶3 [the Finance Ministry] (said) the audit was complete"
    `);
  });
});

describe('cues', () => {
  const find = cueFinder(['said', 'called'], ['told reporters', 'according to'], ['according to']);

  it('prefers the longer cue, matches phrases in any case and verbs in lower case only', () => {
    expect(find('He told reporters, According to aides, he Said and said.').map((c) => c.text)).toEqual([
      'told reporters',
      'According to',
      'said',
    ]);
  });

  it('does not find a verb inside a hyphenated word', () => {
    expect(find('the so-called deal')).toEqual([]);
  });

  it('leaves out a cue that opens a phrase attributing nothing, and only that phrase', () => {
    const withNot = cueFinder(['said', 'reported', 'showed'], [], [], ['reported from', 'showed up']);
    expect(withNot('Okafor reported from Marston. She showed up late.').map((c) => c.text)).toEqual([]);
    expect(
      withNot('Okafor reported that the poll showed gains, and said from the podium it was late.').map((c) => c.text),
    ).toEqual(['reported', 'showed', 'said']);
  });
});

describe('reported speech', () => {
  it('gives a statement named by a possessive to its possessor, not to a contraction or to no one', () => {
    expect(
      show([
        'By Friday, Ana Ruiz’s statement that the ferry was safe had few backers.',
        'The ministry’s warning that the pier would close came late.',
        'The claim that the ferry was safe is false.',
        'It’s said that the ferry is older than the pier.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (statement that) the ferry was safe had few backers
      reported ¶1 [the ministry] (warning) the pier would close came late
      reported ¶2 [-] (claim that) the ferry was safe is false
      reported ¶3 [-] (said) the ferry is older than the pier"
    `);
  });

  it('ends a statement at "according to" when what follows the source only says more about it', () => {
    expect(
      show([
        'The ferry has been delayed by storms twice, according to the Harbour Group, which monitors shipping.',
        'Most of the money came from women, according to Fundwatch, a campaign watchdog.',
        'By Friday, according to new filings, the harbour board had spent two million.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [the Harbour Group] (according to) The ferry has been delayed by storms twice
      reported ¶1 [Fundwatch] (according to) Most of the money came from women
      reported ¶2 [new filings] (according to) By Friday, according to new filings, the harbour board had spent two million"
    `);
  });

  it('reads a source set off by dashes, typed as spaced hyphens too, as interrupting one statement', () => {
    expect(
      show([
        'Most residents - 63 percent last year, according to the harbour board survey - still back the ferry.',
        'The ferry runs late, according to Ana Ruiz - a claim the board denies.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [the harbour board survey] (according to) Most residents - 63 percent last year, according to the harbour board survey - still back the ferry
      reported ¶1 [Ana Ruiz] (according to) The ferry runs late"
    `);
  });

  it('reports no statement for an appearance, a condition of speaking or a correspondent’s credit', () => {
    expect(
      show([
        'Ana Ruiz showed up at the pier on Friday, appeared on his radio show and spoke at a rally.',
        'Two officials, speaking on condition of anonymity because they were not allowed to discuss the sale, said the ferry would be sold.',
        'Lin Okafor reported from Marston.',
        'The survey showed most residents back the plan.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶1 [Two officials] (said) the ferry would be sold
      reported ¶3 [the survey] (showed) most residents back the plan"
    `);
  });

  it('takes a stance verb’s plain form after a singular word for a noun, and after a plural or a pronoun for a verb', () => {
    expect(
      show([
        'The harbour board shelved the island ferry plan on Friday after a long meeting.',
        'The Marston attack left two boats burnt.',
        'The fishermen plan to strike on Monday.',
        'They support the new pier.',
        'Islanders strongly support the ferry.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶2 [the fishermen] (plan) to strike on Monday
      reported ¶3 [the fishermen] (support) the new pier
      reported ¶4 [Islanders] (support) the ferry"
    `);
  });

  it('reads stance verbs, polls and transcript labels as reported statements', () => {
    expect(
      show([
        'Whitcombe praised the plan as a start.',
        'In a Gazette poll last week, the mayor led by four points.',
        'Q: What did the board decide?',
        'The visit ended with important talks on trade.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Whitcombe] (praised) the plan as a start
      reported ¶1 [a Gazette poll last week] (In) the mayor led by four points
      reported ¶2 [Q] (-) What did the board decide?"
    `);
  });

  it('reads stance verbs of campaign copy: rebuffed, railed against, outlined', () => {
    expect(
      show([
        'Mayor Ana Ruiz rebuffed the union’s offer of a shorter strike.',
        'Okafor railed against the fare rise, and outlined a cheaper plan.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (rebuffed) the union’s offer of a shorter strike
      reported ¶1 [Okafor] (railed) against the fare rise
      reported ¶1 [Okafor] (outlined) a cheaper plan"
    `);
  });

  it('does not read a newsroom label ("UPDATE:", "Contributing:") as a transcript speaker', () => {
    expect(
      show([
        'UPDATE: The council has since approved the budget.',
        'Contributing: Mia Tran in Harbourton',
        'Q: Will the ferry run in May?',
      ]),
    ).toMatchInlineSnapshot(`"reported ¶2 [Q] (-) Will the ferry run in May?"`);
  });

  it('keeps a statement interrupted by "according to X" whole, and ends it at a closing "according to X"', () => {
    expect(
      show([
        'Among the projects at risk, according to the city engineer, are two bridges and the old ferry pier.',
        'Delays are likely, according to the port authority.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [the city engineer] (according to) Among the projects at risk, according to the city engineer, are two bridges and the old ferry pier
      reported ¶1 [the port authority] (according to) Delays are likely"
    `);
  });

  it('takes a speech word after an article for a noun, not a cue', () => {
    expect(
      show(['Councillor Ben Adeyemi said the warning was a sign that the budget would not hold.']),
    ).toMatchInlineSnapshot(`"reported ¶0 [Ben Adeyemi] (said) the warning was a sign that the budget would not hold"`);
  });

  it('ends a sentence at a quotation that closes on a full stop', () => {
    expect(
      show(['Ana Ruiz said the depot was “nearly full.” Work on a second one starts in June.']),
    ).toMatchInlineSnapshot(`"reported ¶0 [Ana Ruiz] (said) the depot was “nearly full.”"`);
  });

  it('starts a second statement at a later stance verb with a subject of its own', () => {
    expect(show(['Ruiz praised the budget at a town hall, while Okafor criticized its cuts to transit.']))
      .toMatchInlineSnapshot(`
      "reported ¶0 [Ruiz] (praised) the budget at a town hall
      reported ¶0 [Okafor] (criticized) its cuts to transit"
    `);
  });

  it('keeps a verb a few words into a reported clause inside it, rather than starting a statement there', () => {
    expect(
      show([
        'Ana Ruiz said Okafor has not replied to her letters.',
        'Okafor says she really thinks the pier will reopen.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (said) Okafor has not replied to her letters
      reported ¶1 [Okafor] (says) she really thinks the pier will reopen"
    `);
  });

  it('reads a stance verb with a "that" clause as the reporting verb of a sentence that has a speech verb inside', () => {
    expect(show(['The new poll also finds that Okafor maintains a narrow lead.'])).toMatchInlineSnapshot(
      `"reported ¶0 [the new poll] (finds) Okafor maintains a narrow lead"`,
    );
  });

  it('starts a "told" statement after whom it was told to', () => {
    expect(
      show([
        'Ana Ruiz told the Gazette the review was late.',
        'Okafor told supporters that the count would finish by midnight.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (told) the review was late
      reported ¶1 [Okafor] (told) the count would finish by midnight"
    `);
  });

  it('reports the subject with the infinitive after a passive or raising cue', () => {
    expect(
      show([
        'Turnout in the harbour wards is expected to fall again this year.',
        'The harbour project appears to have stalled.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [-] (expected) Turnout in the harbour wards is expected to fall again this year
      reported ¶1 [-] (appears) The harbour project appears to have stalled"
    `);
  });

  it('reports a content clause when a sentence has no speech cue, with a speaker only for a verb or adjective head', () => {
    expect(
      show([
        'The harbour pilots are confident that the new ferry will run by May.',
        'The delay fed the claim that the council had lost the contract.',
        'The bill that passed on Monday was short.',
        'It remains unclear whether the pier will reopen this summer.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [the harbour pilots] (confident that) the new ferry will run by May
      reported ¶1 [-] (claim that) the council had lost the contract
      reported ¶3 [-] (unclear whether) the pier will reopen this summer"
    `);
  });

  it('ends a statement at the comma before a cue that closes the sentence after a long subject', () => {
    expect(
      show(['Ferry fares will rise in May, a survey of harbour users carried out over two winters found.']),
    ).toMatchInlineSnapshot(
      `"reported ¶0 [a survey of harbour users carried out over two winters] (found) Ferry fares will rise in May"`,
    );
  });

  it('attributes a clause before an inverted cue to the name after it', () => {
    expect(show(['Rates will rise again next year, said Ana Silva, an economist at the bank.'])).toMatchInlineSnapshot(
      `"reported ¶0 [Ana Silva] (said) Rates will rise again next year"`,
    );
  });
});

describe('scare quotes, titles and partial quotes', () => {
  it('does not make a direct quote of a scare quote or a title', () => {
    const quotes = extractQuotes([
      'The so-called "deal" was announced after a screening of "Casablanca" at the town hall.',
      'Her picks were “The Long Walk Home,” by Ada Mensah, and “Salt and Stone,” a memoir.',
    ]);
    expect(quotes.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('does not make a direct quote of a linked excerpt or a headline with its byline', () => {
    const quotes = extractQuotes([
      'FERRIES—"Harbour service to resume in May," by the Gazette’s Mia Tran: "The cross-harbour ferry will run again from May." http://example.com/ferry',
    ]);
    expect(quotes.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('takes quoted words after a possessive or a preposition for a title or a phrase, not a quotation', () => {
    expect(
      show([
        'Ana Ruiz defended the ferry plan on Harbour Radio’s “Morning Tide.”',
        'The play opened at the Lyric with “Salt and Stone,” and closed within a week.',
        'The pier was built in 1890, according to “A History of the Harbour.”',
        'It’s “risky” to cross in winter, Ruiz said.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (defended) the ferry plan on Harbour Radio’s “Morning Tide.”
      reported ¶2 [-] (according to) The pier was built in 1890
      reported ¶3 [Ana Ruiz] (said) It’s “risky” to cross in winter"
    `);
  });

  it('takes quoted words after a noun for a work or a name for its title, unless an attribution follows', () => {
    expect(
      show([
        'Ana Ruiz was a guest on his radio show, “Morning Tide with Lin Okafor,” on Friday.',
        'At school she went by a nickname, “Bear.”',
        'Her latest, “Songs from the Pier,” sold well.',
        'After the show, “We will be back next year,” Ruiz said.',
      ]),
    ).toMatchInlineSnapshot(`"direct ¶3 [Ana Ruiz] (said) We will be back next year,"`);
  });

  it('takes short quoted names after a title in a list for titles too, but not a quotation after the list ends', () => {
    expect(
      show([
        'Okafor had roles in “Salt and Stone,” “Apollo 13,” and “The Long Pier.”',
        'She starred in “Salt and Stone.” “It still makes me cry,” Lin Okafor said.',
      ]),
    ).toMatchInlineSnapshot(`"direct ¶1 [Lin Okafor] (said) It still makes me cry,"`);
  });

  it('takes a title straight after a verb of writing for a work, not a quotation or a statement', () => {
    expect(
      show([
        'Lin Okafor wrote “The Quiet Harbour,” a memoir, in 2010.',
        'Okafor wrote, “The Harbour Is Closing.”',
        'Ruiz named “Salt and Stone” as her favourite film.',
        'Supporters were chanting “Ruiz! Ruiz!”',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶1 [Lin Okafor] (wrote) The Harbour Is Closing.
      reported ¶2 [Ruiz] (named) “Salt and Stone” as her favourite film
      direct ¶3 [Supporters] (chanting) Ruiz! Ruiz!"
    `);
  });

  it('makes a clause with a partial quote a reported quote', () => {
    expect(show(['Comey said Clinton had been “extremely careless” with the emails.'])).toMatchInlineSnapshot(
      `"reported ¶0 [Comey] (said) Clinton had been “extremely careless” with the emails"`,
    );
  });
});

describe('quotations that finish a reported clause', () => {
  it('reports a lower-case quotation that ends a sentence its speaker began, but keeps one after a short attribution', () => {
    expect(
      show([
        'Mayor Ana Ruiz said the plan, after two years of delay, “was never going to work.”',
        '“We tried,” she said, “and we failed.”',
        'She says “it is over now.”',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Ana Ruiz] (said) the plan, after two years of delay, “was never going to work.”
      direct ¶1 [Ana Ruiz] (said) We tried,
      direct ¶1 [Ana Ruiz] (said) and we failed.
      direct ¶2 [Ana Ruiz] (says) it is over now."
    `);
  });

  it('reports a lower-case quotation that completes a clause of the writer’s, with the clause', () => {
    expect(
      show([
        'The truth is, Lin Okafor added, “there is no money left for the pier.”',
        'There was, she said, “a quiet agreement” between the two boards.',
        'The plan, Okafor said, was “dead on arrival.”',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Lin Okafor] (added) The truth is, Lin Okafor added, “there is no money left for the pier.”
      reported ¶1 [Lin Okafor] (said) There was, she said, “a quiet agreement” between the two boards
      reported ¶2 [Lin Okafor] (said) The plan, Okafor said, was “dead on arrival.”"
    `);
  });

  it('keeps a lower-case quotation direct after an adverbial and a set-off attribution, and any capitalised one', () => {
    expect(
      show([
        'Still, Mayor Ana Ruiz added, “we cannot ignore the cost of the delay.”',
        'In her speech, Ruiz said, “there is no town without its harbour.”',
        'As for the pier, she said, “We will rebuild it next spring.”',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Ana Ruiz] (added) we cannot ignore the cost of the delay.
      direct ¶1 [Ana Ruiz] (said) there is no town without its harbour.
      direct ¶2 [Ana Ruiz] (said) We will rebuild it next spring."
    `);
  });

  it('reports quoted words a verb takes as its object, not those a participle sets off', () => {
    expect(
      show([
        'Lin Okafor closed the meeting by urging “a harbour for everyone.”',
        'The union called for “a full and independent inquiry into the contract.”',
        'Okafor left early, saying, “the vote is lost.”',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Lin Okafor] (urging) “a harbour for everyone.”
      reported ¶1 [the union] (called for) “a full and independent inquiry into the contract.”
      direct ¶2 [Lin Okafor] (saying) the vote is lost."
    `);
  });

  it('joins an unattributed quotation to the partly quoted statement before it', () => {
    expect(
      show(['Lin Okafor said the budget was “a start, and only a start.” “We will finish the rest next spring.”']),
    ).toMatchInlineSnapshot(
      `"reported ¶0 [Lin Okafor] (said) the budget was “a start, and only a start.” “We will finish the rest next spring.”"`,
    );
    expect(
      show(['The depot is “nearly full,” Lin Okafor said on Friday. “We need a second one.”']),
    ).toMatchInlineSnapshot(
      `"reported ¶0 [Lin Okafor] (said) The depot is “nearly full,” Lin Okafor said on Friday. “We need a second one.”"`,
    );
  });

  it('reports an unattributed block quoted over several paragraphs, but not a speaker’s long quotation', () => {
    expect(
      show([
        'The minutes of the hearing read in part:',
        '"The committee has reviewed every record the ministry supplied and found gaps in all of them.',
        '"The gaps cover the months before the contract was signed."',
        '"We found what we needed," Tomas Weil said. "It took a year.',
        '"And it was worth it."',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶1 [-] (-) The committee has reviewed every record the ministry supplied and found gaps in all of them.
      reported ¶2 [-] (-) The gaps cover the months before the contract was signed.
      direct ¶3 [Tomas Weil] (said) We found what we needed,
      direct ¶3 [Tomas Weil] (-) It took a year.
      direct ¶4 [Tomas Weil] (-) And it was worth it."
    `);
  });
});

describe('odd input', () => {
  it('finds nothing, and does not throw, in empty or mark-only paragraphs', () => {
    expect(extractQuotes([])).toEqual([]);
    expect(extractQuotes(['', '"', '“”', "''", '”“', 'He said.', '“ ” said Ann.'])).toEqual([]);
  });
});

describe('options', () => {
  it('takes a custom speech-verb list and can leave reported speech out', () => {
    const paragraphs = ['“Fine,” Jo Park chirped.', 'Jo Park said the plan was fine.'];
    const quotes = extractQuotes(paragraphs, { speechVerbs: ['chirped'], reported: false });
    expect(quotes.map((q) => [q.type, q.speaker, q.cue])).toEqual([['direct', 'Jo Park', 'chirped']]);
    expect(extractQuotes(paragraphs).map((q) => [q.type, q.cue])).toEqual([
      ['direct', null],
      ['reported', 'said'],
    ]);
  });
});

// Speaker, the words naming them, and their type: what the twin publishes.
function speakers(paragraphs: readonly string[]): string {
  return extractQuotes(paragraphs)
    .filter((q) => q.type === 'direct')
    .map((q) => `${q.text} [${q.speaker ?? '-'} | ${q.speakerMention ?? '-'} | ${q.speakerType ?? '-'}]`)
    .join('\n');
}

describe('speakers resolved as a reader resolves them', () => {
  it('gives the speaker a name set off after the description that opens the clause', () => {
    expect(
      show([
        'The harbour master, Tomas Weil, said the pier would reopen.',
        'The crew thanked his deputy, Lin Okafor, and left.',
      ]),
    ).toMatchInlineSnapshot(`
      "reported ¶0 [Tomas Weil] (said) the pier would reopen
      reported ¶1 [the crew] (thanked) his deputy, Lin Okafor, and left"
    `);
  });

  it('gives the speaker the full name right before the cue after phrases with commas, but not a place or a party', () => {
    expect(
      show([
        'On Tuesday in Port Elin, after the vote, Gov. Ana Ruiz (D-Elin), said, “We won.”',
        'Tomas Weil, a fisherman from Marston, North Cape, said, “We lost.”',
        'Rep. Lin Okafor, R-Elin, said, “It is not over.”',
      ]),
    ).toMatchInlineSnapshot(`
      "direct ¶0 [Ana Ruiz] (said) We won.
      direct ¶1 [Tomas Weil] (said) We lost.
      direct ¶2 [Lin Okafor] (said) It is not over."
    `);
  });

  it('keeps the role the article first gave a person, as written, for every quotation of theirs', () => {
    const roles = (paragraphs: string[]) =>
      extractQuotes(paragraphs).map((q) => `${q.speaker ?? '-'}: ${q.speakerRole ?? '-'}`);
    expect(
      roles([
        '“We will reopen,” said Lin Okafor.',
        'Okafor, the harbour board’s chairman, was elected in May.',
        'Opposition leader Jonah Price said, “It is too late.”',
        '“It is a setback,” said former Minister of Finance Tomas Weil.',
        'Mr. Ekwall said, “We were not asked.”',
        'Ana Ruiz, an economist at the port authority who drew up the budget, said, “It can be done.”',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "Lin Okafor: the harbour board’s chairman",
        "Jonah Price: Opposition leader",
        "Tomas Weil: former Minister of Finance",
        "Ekwall: -",
        "Ana Ruiz: an economist at the port authority",
      ]
    `);
  });

  it('gives a description to the one person the article gave that role, and leaves it as written otherwise', () => {
    expect(
      speakers([
        'Mayor Ana Ruiz opened the wharf. Jo Bo, the team’s goalkeeper, cut the ribbon.',
        '“It is the least we can do,” the mayor said.',
        '“We will play here,” the team’s goalkeeper said.',
        '“Nobody told us,” a spokeswoman for the ministry said.',
      ]),
    ).toMatchInlineSnapshot(`
      "It is the least we can do, [Ana Ruiz | the mayor | person]
      We will play here, [Jo Bo | the team’s goalkeeper | person]
      Nobody told us, [a spokeswoman for the ministry | a spokeswoman for the ministry | unknown]"
    `);
  });

  it('never resolves a description shared by two people, nor "Vice President" to "the president"', () => {
    expect(
      speakers([
        'Vice President Jo Bo met Senator Ana Ruiz and Senator Lin Okafor.',
        '“We agreed,” the senator said.',
        '“We met,” the president said.',
      ]),
    ).toMatchInlineSnapshot(`
      "We agreed, [the senator | the senator | unknown]
      We met, [the president | the president | unknown]"
    `);
  });

  it('gives a quotation paragraph to the speaker a colon introduced, and "he" to him after it', () => {
    expect(
      speakers([
        'Jonah Price, the board’s chief engineer, set out the timetable:',
        '“We begin in May.”',
        '“It will take two summers,” he added.',
      ]),
    ).toMatchInlineSnapshot(`
      "We begin in May. [Jonah Price | Jonah Price | person]
      It will take two summers, [Jonah Price | he | person]"
    `);
  });

  it('continues a quotation only from the paragraph right before it', () => {
    expect(
      speakers([
        '“We begin in May,” said Jonah Price.',
        '“Then the deck.”',
        'The board met for an hour.',
        '“Nothing is decided.”',
      ]),
    ).toMatchInlineSnapshot(`
      "We begin in May, [Jonah Price | Jonah Price | person]
      Then the deck. [Jonah Price | - | person]
      Nothing is decided. [- | - | -]"
    `);
  });

  it('gives "she" to the last person quoted whom it fits, and to no one when none does', () => {
    expect(
      speakers([
        '“We sail at dawn,” said Ms. Mia Tran.',
        '“The water is low,” said Mr. Tom Reyes.',
        'The tide turned at noon. “We are ready,” she said.',
        '“I’m not,” said Mr. Reyes. Later the crew left. “It is done,” she said.',
      ]),
    ).toMatchInlineSnapshot(`
      "We sail at dawn, [Mia Tran | Mia Tran | person]
      The water is low, [Tom Reyes | Tom Reyes | person]
      We are ready, [Mia Tran | she | person]
      I’m not, [Tom Reyes | Reyes | person]
      It is done, [Mia Tran | she | person]"
    `);
    expect(speakers(['“We sail at dawn,” said Mr. Tom Reyes.', 'Later the crew left. “It is done,” she said.']))
      .toMatchInlineSnapshot(`
      "We sail at dawn, [Tom Reyes | Tom Reyes | person]
      It is done, [- | - | -]"
    `);
  });

  it("takes a pronoun's antecedent from the start of its own sentence", () => {
    expect(speakers(['“We won,” said Ana Ruiz.', 'Sanders disagreed when he said, “Nobody won.”']))
      .toMatchInlineSnapshot(`
      "We won, [Ana Ruiz | Ana Ruiz | person]
      Nobody won. [Sanders | he | unknown]"
    `);
  });

  it('names no one for words that only open a sentence, and types organisations', () => {
    expect(
      speakers([
        'Trade talks stalled. “Nobody asked us,” Nobody said.',
        '“We are watching,” Trade said, as trade fell.',
        '“The plan stands,” the Foreign Office said.',
        '“We will strike,” said the Maritime Workers Union.',
      ]),
    ).toMatchInlineSnapshot(`
      "Nobody asked us, [- | - | -]
      We are watching, [- | - | -]
      The plan stands, [the Foreign Office | the Foreign Office | organisation]
      We will strike, [the Maritime Workers Union | the Maritime Workers Union | organisation]"
    `);
  });

  it('reads a role of up to five words before a name, and a participial phrase after one', () => {
    expect(
      speakers([
        '“We are ready,” White House press secretary Josh Earnest said.',
        'It came up after Ms. Ana Ruiz, asked about the wharf, had said, “It will open in May.”',
      ]),
    ).toMatchInlineSnapshot(`
      "We are ready, [Josh Earnest | Josh Earnest | person]
      It will open in May. [Ana Ruiz | Ana Ruiz | person]"
    `);
  });

  it('gives a quotation after a colon to the speaker, not to the object before the colon', () => {
    expect(
      speakers([
        'Senate Majority Leader Ana Ruiz delivered a blunt message to Lin Okafor: “It is time to stop.”',
        'The Ruiz campaign declined to comment, with spokesman Jo Bo saying, “These are forgeries.”',
      ]),
    ).toMatchInlineSnapshot(`
      "It is time to stop. [Ana Ruiz | Ana Ruiz | person]
      These are forgeries. [Jo Bo | Jo Bo | person]"
    `);
  });

  it('gives a participle the subject of the clause it hangs on', () => {
    expect(
      speakers(['During a speech, Trump attacked Clinton for her support of the war, saying, “She is unstable.”']),
    ).toMatchInlineSnapshot(`"She is unstable. [Trump | Trump | unknown]"`);
    expect(
      speakers([
        'The former candidate continued, saying, “We need someone who understands the economy.”',
        'A March 2 email has Ana Ruiz saying, “Pls print.”',
      ]),
    ).toMatchInlineSnapshot(`
      "We need someone who understands the economy. [the former candidate | the former candidate | unknown]
      Pls print. [Ana Ruiz | Ana Ruiz | person]"
    `);
  });
});
