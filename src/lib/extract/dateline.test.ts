import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.ts';
import { AGENCIES, REGIONS } from './dateline-patterns.ts';

/** The dateline and the text that is left once it is cut, which is what a reader will see. */
function cut(text: string) {
  const dateline = parseDateline(text);
  return dateline && { ...dateline, rest: text.slice(dateline.length) };
}

describe('parseDateline', () => {
  it.each([
    ['ISLAMABAD: Prime Minister Imran Khan', 'Islamabad', null, null],
    ['ISLAMABAD, April 7 (Reuters) - Pakistan said', 'Islamabad', 'Reuters', 'April 7'],
    ['MOSCOW (AP) — Russia said', 'Moscow', 'AP', null],
    ['Islamabad, April 7: The talks', 'Islamabad', null, 'April 7'],
    ['NEW YORK, Nov. 19 (UPI) — Stocks rose', 'New York', 'UPI', 'Nov. 19'],
    ['WASHINGTON — The president', 'Washington', null, null],
    ['LONDON, 7 April (AFP) – Britain', 'London', 'AFP', '7 April'],
    ['KARACHI (APP): The Sindh government', 'Karachi', 'APP', null],
    ['BEIJING, April 7 (Xinhua) -- China', 'Beijing', 'Xinhua', 'April 7'],
    ['BEIJING, April 7 (Xinhua) – China', 'Beijing', 'Xinhua', 'April 7'], // "--" after smartypants
    ['Lahore, Pakistan — The Punjab government', 'Lahore, Pakistan', null, null],
    ['WASHINGTON, D.C. — Lawmakers', 'Washington, D.C.', null, null],
    ['NEW DELHI, April 6 (PTI) - Russian Foreign Minister', 'New Delhi', 'PTI', 'April 6'],
    ['LAHORE, Pakistan (AP) — Police', 'Lahore, Pakistan', 'AP', null],
    ['RIO DE JANEIRO (AP) — Brazil', 'Rio de Janeiro', 'AP', null],
    ['PORT-AU-PRINCE, Haiti (AP) — Gangs', 'Port-au-Prince, Haiti', 'AP', null],
    ['THE HAGUE, Netherlands (AP) — Judges', 'The Hague, Netherlands', 'AP', null],
    ['ST. LOUIS (AP) — A jury', 'St. Louis', 'AP', null],
    ['STRATFORD-UPON-AVON, England — Actors', 'Stratford-upon-Avon, England', null, null],
    ['DUBAI, UAE, Sept. 3 (Reuters) - Gulf', 'Dubai, UAE', 'Reuters', 'Sept. 3'],
    ['Austin, Texas — Voters', 'Austin, Texas', null, null],
    ['Peshawar, April 7, 2021 (APP): Police', 'Peshawar', 'APP', 'April 7, 2021'],
    ['WASHINGTON—The president', 'Washington', null, null],
    ['ISLAMABAD:Prime Minister', 'Islamabad', null, null],
    ['ISLAMABAD, APRIL 7: The', 'Islamabad', null, 'APRIL 7'],
    ['  GENEVA\u00a0(AFP)\u00a0— UN experts', 'Geneva', 'AFP', null],
  ])('finds the dateline of %j', (text, place, agency, dateText) => {
    const found = cut(text);
    expect(found).toMatchObject({ place, agency, dateText });
    // The cut ends exactly where the lede's first word begins.
    expect(found?.rest).toMatch(/^[\p{Lu}]/u);
  });

  it('reports the length to cut, separator and following whitespace included', () => {
    expect(parseDateline('ISLAMABAD, April 7 (Reuters) -  Pakistan said')).toMatchInlineSnapshot(`
      {
        "agency": "Reuters",
        "dateText": "April 7",
        "length": 32,
        "place": "Islamabad",
      }
    `);
    expect(cut('MOSCOW (AP) —\u00a0Russia')?.rest).toBe('Russia');
    expect(cut('ROME:')).toMatchObject({ place: 'Rome', rest: '' });
  });

  it.each([
    // The seed's paragraphs: ordinary sentences that open with capitalised words and commas.
    'Russian Foreign Minister Sergei Lavrov arrived in Pakistan on Tuesday on a two-day visit',
    'Lavrov, the first Russian foreign minister to visit Pakistan since 2012, was received',
    "Earlier, Qureshi had said Lavrov's visit will be the first",
    'Pakistan and Russia are playing a role in the Afghan peace process, Qureshi said.',
    // Acronyms and labels that open a paragraph the way a dateline does.
    'US: the view from Washington',
    'UN: talks to resume',
    'IMF — a loan at last',
    'NATO: allies agree on a new mission',
    'UPDATE: This story has been corrected.',
    'BREAKING NEWS — Parliament dissolved',
    "EDITOR'S NOTE: This story contains graphic details.",
    'WATCH: Lavrov arrives in Islamabad',
    'REUTERS — The company said',
    // Title-case places with nothing but a separator after them.
    'Islamabad: the capital of Pakistan',
    'Islamabad — a city of gardens — welcomed him',
    'Lahore, Pakistan: a city of gardens',
    'Meanwhile, Russia — ever the opportunist — moved in',
    'Earlier, Pakistan — which had been cold — warmed',
    'Still, Washington — and Moscow — disagree',
    'Tuesday, April 7: a day to remember',
    'Qureshi, Lavrov — the two met',
    // Shapes that only look like a dateline.
    'WASHINGTON-BASED analysts said',
    'ISLAMABAD, the capital, is quiet',
    'In ISLAMABAD: nothing new',
    '"ISLAMABAD: nothing new," he said',
    'ISLAMABAD (Dawn) — An agency the policy does not know',
    'ISLAMABAD, Smarch 7: no such month',
    'ISLAMABAD, April 32: no such day',
    'Talks in Moscow (AP) — the lower-case word is no particle',
    'At 10:30 the talks began',
    '',
  ])('finds no dateline in %j', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });

  it('takes its lists from the options, so a newsroom can extend them', () => {
    const text = 'MULTAN, April 7 (Dawn) — Farmers';
    expect(parseDateline(text)).toBeUndefined();
    expect(parseDateline(text, { agencies: [...AGENCIES, 'Dawn'] })).toMatchObject({ place: 'Multan', agency: 'Dawn' });
    expect(parseDateline('Multan, Punjab — Farmers')).toMatchObject({ place: 'Multan, Punjab' });
    expect(
      parseDateline('Multan, Punjab — Farmers', { regions: REGIONS.filter((region) => region !== 'Punjab') }),
    ).toBeUndefined();
    expect(parseDateline('Islamabad, 7 avril (AFP) — Le', { months: ['avril'] })).toMatchObject({
      dateText: '7 avril',
    });
    expect(parseDateline('GAZA CITY — Residents', { notPlaces: ['gaza'] })).toBeUndefined();
  });
});

// Fixture folders: `input.md` is an article as the site reads it (remark with GFM and smartypants, as Astro runs it);
// `expected.json` is what the parser finds at the start of each paragraph. `UPDATE=1` rewrites the expectations.
const fixtures = new URL('fixtures/dateline/', import.meta.url);
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);

describe('parseDateline on fixture articles', () => {
  it.each(readdirSync(fixtures))('%s', (name) => {
    const folder = new URL(`${name}/`, fixtures);
    const tree = markdown.runSync(markdown.parse(readFileSync(new URL('input.md', folder), 'utf8'))) as Root;
    const paragraphs = tree.children
      .filter((node): node is Paragraph => node.type === 'paragraph')
      .map((node) => toString(node));
    const actual = paragraphs.map((text) => ({ text: text.slice(0, 60), dateline: parseDateline(text) ?? null }));
    const expectedFile = new URL('expected.json', folder);
    if (process.env['UPDATE']) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
