import { describe, expect, it } from 'vitest';
import { articleFields, articleSchema } from './article-schema.ts';
import {
  checkControlCharacters,
  checkEncoding,
  checkRawDates,
  describeSchemaIssues,
  frontMatterLines,
} from './input-checks.ts';

describe('checkEncoding', () => {
  it('accepts UTF-8, with or without a byte order mark, in any script', () => {
    expect(checkEncoding(new TextEncoder().encode('\uFEFFشاہ محمود قریشی, Лавров, 王毅 🙂'))).toBeUndefined();
  });

  it('names the line of the first byte that is not UTF-8 and says how to fix the file', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('---\ndate: 2021-04-07\n---\n# Caf'), 0xe9, 0x0a]);
    expect(checkEncoding(latin1)).toEqual({
      line: 4,
      message:
        'the file is not UTF-8 text (byte 0xE9 is not valid UTF-8; it was probably saved as Latin-1 or Windows-1252): save it as UTF-8, or import it with npm run import -- --encoding windows-1252',
    });
  });
});

describe('checkControlCharacters', () => {
  it('finds invisible control characters but allows tabs and CRLF line ends', () => {
    expect(checkControlCharacters('a\tb\r\nc')).toEqual([]);
    expect(checkControlCharacters('# Head\nbo\u0000dy\n\u001b[0m')).toEqual([
      { line: 2, message: 'column 3 holds the invisible control character U+0000: delete it' },
      { line: 3, message: 'column 1 holds the invisible control character U+001B: delete it' },
    ]);
  });
});

describe('checkRawDates', () => {
  it('catches an impossible unquoted date that YAML would roll over', () => {
    expect(checkRawDates('---\ndate: 2021-02-30\n---\n# H')).toEqual([
      {
        field: 'date',
        message:
          'date: "2021-02-30" is not a calendar date: month 2 of 2021 has 28 days; write a calendar date YYYY-MM-DD',
      },
    ]);
    expect(checkRawDates("---\ntitle: t\nupdated: '2021-04-31'\n---")).toHaveLength(1);
    expect(checkRawDates('---\r\ndate: 2021-04-07 # the day\r\n---\r\n# H')).toEqual([]);
  });

  it('refuses a time or a zone, even the midnight UTC that YAML would read as the same day', () => {
    expect(checkRawDates('---\ndate: 2021-04-07T00:00:00Z\n---').map(({ message }) => message)).toEqual([
      'date: "2021-04-07T00:00:00Z" has a time or time zone: write the day alone, as YYYY-MM-DD (the site\'s time zone decides the day)',
    ]);
    expect(checkRawDates('---\ndate: "2021-04-07 10:00 +05:00"\n---')).toHaveLength(1);
  });
});

describe('describeSchemaIssues', () => {
  const describeData = (data: Record<string, unknown>) =>
    describeSchemaIssues(articleSchema().safeParse(data).error?.issues ?? [], data, articleFields).map(
      ({ message }) => message,
    );

  it('says which field is wrong and what to write instead', () => {
    expect(describeData({ title: 'T' })).toEqual([
      '"date" is missing: add a line "date: 2021-04-07" to the front matter (between the two --- lines at the top)',
    ]);
    expect(describeData({ date: '2021-04-07', tittle: 'T' })).toEqual([
      'unknown field "tittle": remove it or correct its spelling (the fields are date, title, place, byline, authors, summary, tags, section, image, imageAlt, imageCaption, imageCredit, lang, draft, updated)',
    ]);
    expect(describeData({ date: '2021-04-07', title: ' ', draft: 'yes', tags: 'asia' })).toEqual([
      '"title" is empty: give it text or delete the line',
      '"tags" must be a list such as [politics, asia], not "asia"',
      '"draft" must be true or false, not "yes"',
    ]);
    expect(describeData({ date: 20210407 })).toEqual([
      '"date" must be a calendar date such as 2021-04-07, not 20210407',
    ]);
    expect(describeData({ date: '2021-04-07', summary: 'a\u0000b' })).toEqual([
      '"summary": holds an invisible control character (such as U+0000): delete it',
    ]);
  });

  it('refuses a photograph without its alt text, naming the photograph, and photo words without a photograph', () => {
    expect(describeData({ date: '2021-04-07', image: './talks.jpg', imageCaption: 'The talks' })).toEqual([
      'the photograph "./talks.jpg" has no "imageAlt": add a line "imageAlt: <what the photograph shows>" for readers who cannot see it',
    ]);
    expect(describeData({ date: '2021-04-07', image: './talks.jpg', imageAlt: 'Two ministers shake hands' })).toEqual(
      [],
    );
    expect(describeData({ date: '2021-04-07', imageCredit: 'Reuters' })).toEqual([
      '"imageCredit": is set but there is no "image": add "image: ./photo.jpg" (a file beside the article) or delete the line',
    ]);
  });

  it("takes a section from the site's list, and the default one when none is named", () => {
    expect(articleSchema().parse({ date: '2021-04-07' }).section).toBe('news');
    expect(describeData({ date: '2021-04-07', section: 'wrold' })).toEqual([
      '"section": must be one of the site\'s sections: world, politics, business, science, health, sport, culture, news (src/site.config.ts)',
    ]);
  });
});

describe('frontMatterLines', () => {
  it('gives the line of each field in the file, for messages about it', () => {
    expect(
      Object.fromEntries(
        frontMatterLines('\uFEFF---\r\ndate: 2021-04-07\r\ntags:\r\n  - a\r\ntittle: T\r\n---\r\n# H'),
      ),
    ).toEqual({ date: 2, tags: 3, tittle: 5 });
    expect(frontMatterLines('# No front matter').size).toBe(0);
  });
});
