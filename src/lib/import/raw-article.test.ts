import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRawArticle } from './raw-article.ts';

const seed = readFileSync(new URL('fixtures/000_35ccfa153b94c3fc.txt', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

describe('parseRawArticle', () => {
  it('reads the seed: its date line has a leading space and its paragraphs are padded with blank lines', () => {
    const article = parseRawArticle(seed);
    if ('error' in article) throw new Error(article.message);
    expect(article.date).toEqual({ year: 2021, month: 4, day: 7 });
    expect(article.headline).toBe(
      'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
    );
    expect(article.paragraphs).toHaveLength(14);
    expect(article.paragraphs[0]).toMatch(/^Russian Foreign Minister Sergei Lavrov arrived in Pakistan on Tuesday/);
    expect(article.paragraphs.at(-1)).toMatch(/the annual India-Russia summit\.$/);
  });

  it('accepts a byte order mark, CRLF line endings, tabs and trailing whitespace', () => {
    const crlf = encode(`\uFEFF\tDate: 2021-04-07 \r\n\r\nHeadline  \r\n\r\nFirst.\t\r\n \r\nSecond.\r\n`);
    expect(parseRawArticle(crlf)).toEqual({
      date: { year: 2021, month: 4, day: 7 },
      headline: 'Headline',
      paragraphs: ['First.', 'Second.'],
    });
  });

  it('joins the wrapped lines of a paragraph with one space; the line after the headline starts the body', () => {
    const wrapped = encode('date 2021-04-07\nHeadline\nfirst line\n   second line\n\n\nnext paragraph\n');
    expect(parseRawArticle(wrapped)).toMatchObject({
      headline: 'Headline',
      paragraphs: ['first line second line', 'next paragraph'],
    });
  });

  it.each([
    ['an empty file', '', 'no-date-line', 'the first line is not a date line of the form "date YYYY-MM-DD"'],
    [
      'no date line',
      'Headline\n\nBody.\n',
      'no-date-line',
      'the first line is not a date line of the form "date YYYY-MM-DD"',
    ],
    [
      'a date line that is not first',
      'Headline\ndate 2021-04-07\n\nBody.\n',
      'no-date-line',
      'the first line is not a date line of the form "date YYYY-MM-DD"',
    ],
    [
      'a headline that begins with "Date"',
      'Date palms in bloom\n\nBody.\n',
      'no-date-line',
      'the first line is not a date line of the form "date YYYY-MM-DD"',
    ],
    [
      'an impossible date',
      ' date 2021-02-30\n\nHeadline\n\nBody.\n',
      'bad-date',
      'the date line: "2021-02-30" is not a calendar date: month 2 of 2021 has 28 days',
    ],
    [
      'a date in another shape',
      'date 7 April 2021\n\nHeadline\n\nBody.\n',
      'bad-date',
      'the date line: "7 April 2021" is not a date of the form YYYY-MM-DD',
    ],
    [
      'a US-style date',
      'date 04/07/2021\n\nHeadline\n\nBody.\n',
      'bad-date',
      'the date line: "04/07/2021" is not a date of the form YYYY-MM-DD',
    ],
    ['no headline', ' date 2021-04-07\n\n\n  \n', 'no-headline', 'no headline after the date line'],
    ['no body', ' date 2021-04-07\n\nHeadline\n\n\n', 'no-body', 'no paragraphs after the headline'],
  ])('refuses %s', (_, text, error, message) => {
    expect(parseRawArticle(encode(text))).toEqual({ error, message });
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const latin1 = Uint8Array.from([...encode(' date 2021-04-07\n\nCaf'), 0xe9, ...encode('\n\nBody.\n')]);
    expect(parseRawArticle(latin1)).toEqual({
      error: 'not-text',
      message:
        'not UTF-8 text (byte 0xE9 on line 3): if the file is Windows-1252 or Latin-1, import it with --encoding windows-1252 (or --encoding latin1); otherwise save it as UTF-8',
    });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(parseRawArticle(png)).toMatchObject({ error: 'not-text' });
    expect(parseRawArticle(encode(' date 2021-04-07\n\nHead\0line\n\nBody.\n'))).toEqual({
      error: 'not-text',
      message: 'not a text file (it contains NUL bytes)',
    });
  });

  it('reads Windows-1252 or Latin-1 only when told to', () => {
    const bytes = Uint8Array.from([
      ...encode(' date 2021-04-07\n\nCaf'),
      0xe9,
      ...encode(' talks\n\n'),
      0x93,
      ...encode('Good'),
      0x94,
      ...encode(' news.\n'),
    ]);
    expect(parseRawArticle(bytes, 'windows-1252')).toEqual({
      date: { year: 2021, month: 4, day: 7 },
      headline: 'Café talks',
      paragraphs: ['“Good” news.'],
    });
    // In Latin-1, 0x93 and 0x94 are invisible controls: replaced by spaces, and said so.
    expect(parseRawArticle(bytes, 'latin1')).toMatchObject({
      headline: 'Café talks',
      paragraphs: ['Good  news.'],
      replaced: [
        { code: 'U+0093', line: 5 },
        { code: 'U+0094', line: 5 },
      ],
    });
  });

  it('replaces invisible control characters by spaces, and says which and where', () => {
    expect(parseRawArticle(encode(' date 2021-04-07\n\nHead\u001Bline\n\nA bell\u0007 rang.\n'))).toEqual({
      date: { year: 2021, month: 4, day: 7 },
      headline: 'Head line',
      paragraphs: ['A bell  rang.'],
      replaced: [
        { code: 'U+001B', line: 3 },
        { code: 'U+0007', line: 5 },
      ],
    });
  });

  it('takes a "By Jane Doe" line under the headline as the byline, and leaves a paragraph that only starts with "By"', () => {
    const parse = (text: string) => parseRawArticle(new TextEncoder().encode(text));
    expect(parse(' date 2021-04-07\nTalks begin\n\nBy Jane Doe and Sam O’Neil\n\nThe talks began.')).toEqual({
      date: { year: 2021, month: 4, day: 7 },
      headline: 'Talks begin',
      byline: 'Jane Doe and Sam O’Neil',
      paragraphs: ['The talks began.'],
    });
    expect(parse(' date 2021-04-07\nTalks\n\nBY JANE DOE, REUTERS\n\nText.')).toMatchObject({
      byline: 'JANE DOE, REUTERS',
      paragraphs: ['Text.'],
    });
    const sentence = parse(' date 2021-04-07\nTalks\n\nBy Tuesday, officials said the talks had stalled.\n\nText.');
    expect(sentence).not.toHaveProperty('byline');
    expect(sentence).toMatchObject({ paragraphs: ['By Tuesday, officials said the talks had stalled.', 'Text.'] });
  });
});
