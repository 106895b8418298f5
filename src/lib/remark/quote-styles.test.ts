// Every way newsrooms mark a quotation survives the site's markdown pipeline: the page shows typographic marks that
// open and close where the copy does, and the twin carries the quotation with its speaker.
import { describe, expect, it } from 'vitest';
import { renderPublished } from '../eval/published-quotes.ts';

async function published(paragraph: string): Promise<{ text: string; quotes: string }> {
  const { html, quotes } = await renderPublished(`# Headline\n\n${paragraph}\n`);
  const text = /<p>(.*)<\/p>/su.exec(html)![1]!.replace(/<[^>]+>/gu, '');
  return { text, quotes: quotes.map((q) => `${q.type} [${q.speaker ?? '-'}] ${q.text}`).join(' | ') };
}

describe('quotation styles as published', () => {
  it.each([
    [
      'curly double marks',
      '“The line is moving,” said Ana Ekwall.',
      '“The line is moving,” said Ana Ekwall.',
      'direct [Ana Ekwall] The line is moving,',
    ],
    [
      'straight double marks',
      '"The line is moving," said Ana Ekwall.',
      '“The line is moving,” said Ana Ekwall.',
      'direct [Ana Ekwall] The line is moving,',
    ],
    [
      'two apostrophes, opening and closing',
      "''Nobody asked us,'' said Rosa Matos.",
      '“Nobody asked us,” said Rosa Matos.',
      'direct [Rosa Matos] Nobody asked us,',
    ],
    [
      'backticks and apostrophes',
      "``Nobody asked us,'' said Rosa Matos.",
      '“Nobody asked us,” said Rosa Matos.',
      'direct [Rosa Matos] Nobody asked us,',
    ],
    [
      'single marks nested in double ones',
      '“They called it ‘a pause,’ not a stop,” said Ana Ekwall.',
      '“They called it ‘a pause,’ not a stop,” said Ana Ekwall.',
      'direct [Ana Ekwall] They called it ‘a pause,’ not a stop,',
    ],
    [
      'straight single marks nested in apostrophe pairs',
      "''They called it 'a pause,' not a stop,'' said Ana Ekwall.",
      '“They called it ‘a pause,’ not a stop,” said Ana Ekwall.',
      'direct [Ana Ekwall] They called it ‘a pause,’ not a stop,',
    ],
    [
      'guillemets',
      '«Nous avons attendu trop longtemps», a déclaré Marie Dubois.',
      '«Nous avons attendu trop longtemps», a déclaré Marie Dubois.',
      'direct [-] Nous avons attendu trop longtemps',
    ],
    [
      'German low-high marks',
      '„Wir haben lange gewartet“, sagte Anna Weber. “The wait is over,” said Ana Ekwall.',
      '„Wir haben lange gewartet“, sagte Anna Weber. “The wait is over,” said Ana Ekwall.',
      'direct [-] Wir haben lange gewartet | direct [Ana Ekwall] The wait is over,',
    ],
    [
      'Polish low-high marks',
      '„The wait is over” – said Ana Nowak.',
      '„The wait is over” – said Ana Nowak.',
      'direct [Ana Nowak] The wait is over',
    ],
    [
      'reversed guillemets',
      '»We have waited long enough,« said Anna Weber.',
      '»We have waited long enough,« said Anna Weber.',
      'direct [Anna Weber] We have waited long enough,',
    ],
    [
      'corner brackets',
      '「We have waited long enough,」 said Kenji Sato.',
      '「We have waited long enough,」 said Kenji Sato.',
      'direct [Kenji Sato] We have waited long enough,',
    ],
    [
      'a curly opening closed by two apostrophes',
      "“The line is moving,'' said Ana Ekwall.",
      '“The line is moving,” said Ana Ekwall.',
      'direct [Ana Ekwall] The line is moving,',
    ],
    [
      'apostrophes that are no quotation marks',
      "The players’ union didn't say the rock 'n' roll '80s were over, said Ana Ekwall.",
      'The players’ union didn’t say the rock ‘n’ roll ’80s were over, said Ana Ekwall.',
      '',
    ],
  ])('%s', async (_, markdown, page, quotes) => {
    const result = await published(markdown);
    expect(result.text).toBe(page);
    // An apostrophe never opens a quotation: the last row holds none.
    expect(
      result.quotes
        .split(' | ')
        .filter((q) => q.startsWith('direct'))
        .join(' | '),
    ).toBe(quotes);
  });

  it('reads British copy, which quotes with single marks, and keeps its apostrophes', async () => {
    const { html, quotes } = await renderPublished(
      "# Headline\n\n'We have waited long enough,' said Ana Ekwall, the players' representative.\n\n‘It isn’t over,’ she added. 'The clubs' offer was poor.'\n",
    );
    expect(html.replace(/<[^>]+>/gu, '')).toContain(
      '‘We have waited long enough,’ said Ana Ekwall, the players’ representative.',
    );
    expect(quotes.filter((q) => q.type === 'direct').map((q) => `[${q.speaker}] ${q.text}`)).toEqual([
      '[Ana Ekwall] We have waited long enough,',
      '[Ana Ekwall] It isn’t over,',
      '[Ana Ekwall] The clubs’ offer was poor.',
    ]);
  });
});
