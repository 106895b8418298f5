import { describe, expect, it } from 'vitest';
import { checkPermalinks } from './content/permalink-check.ts';
import { slugify } from './slug.ts';

const seedHeadline = 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi';

describe('slugify', () => {
  it('cuts the seed headline at the last word that fits in 80 characters', () => {
    expect(slugify(seedHeadline)).toBe('sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood');
  });

  it.each([
    ["Pakistan's ties with the U.S. – a new turn?", 'pakistans-ties-with-the-us-a-new-turn'],
    ['"It can convince India," he said (PTI)', 'it-can-convince-india-he-said-pti'],
    ['US-Pakistan talks: 3.5% growth & 19-hour visit', 'us-pakistan-talks-3-5-growth-19-hour-visit'],
    ['Café São Paulo: Ærø, Łódź, Straße, Þór', 'cafe-sao-paulo-aero-lodz-strasse-thor'],
    ["İstanbul'da Erdoğan", 'istanbulda-erdogan'],
    ['  Trailing   and   leading  ', 'trailing-and-leading'],
  ])('folds Latin text: %j -> %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it.each([
    ['لاوروف اسلام آباد پہنچ گئے', 'لاوروف-اسلام-آباد-پہنچ-گئے'],
    ['Лавров прибыл в Исламабад, Пакистан', 'лавров-прибыл-в-исламабад-пакистан'],
    ['拉夫罗夫抵达伊斯兰堡', '拉夫罗夫抵达伊斯兰堡'],
    ['लावरोव इस्लामाबाद पहुँचे', 'लावरोव-इस्लामाबाद-पहुँचे'],
    ['Лавров: «Мы готовы»', 'лавров-мы-готовы'],
  ])('keeps the letters and marks of other scripts: %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('falls back when the headline has no letters or digits', () => {
    expect(slugify('')).toBe('article');
    expect(slugify('!!! — ???')).toBe('article');
    expect(slugify('***', { fallback: 'untitled' })).toBe('untitled');
  });

  it('never exceeds maxLength and cuts only between words', () => {
    const slug = slugify(seedHeadline, { maxLength: 30 });
    expect(slug).toBe('sergey-lavrov-arrived-in');
    expect(seedHeadline.toLowerCase().replaceAll(' ', '-').startsWith(slug)).toBe(true);
  });

  it('cuts a single word longer than maxLength between graphemes', () => {
    expect(slugify('Pneumonoultramicroscopicsilicovolcanoconiosis', { maxLength: 10 })).toBe('pneumonoul');
    expect(slugify('पहुँचे', { maxLength: 2 })).toBe('पहुँ');
  });

  it('makes slugs that the permalink check accepts', () => {
    const headlines = [seedHeadline, 'لاوروف اسلام آباد', 'Лавров', '拉夫罗夫', 'Ærø & Łódź', 'पहुँचे', '2021: ½ ² Ⅻ', ''];
    const entries = headlines.map((headline) => ({
      id: headline,
      filePath: `content/articles/2021/04/07/${slugify(headline)}.md`,
      data: { date: '2021-04-07' },
    }));
    expect(checkPermalinks(entries)).toEqual([]);
  });
});
