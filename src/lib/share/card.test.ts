import { describe, expect, it } from 'vitest';
import {
  articleCardDrawing,
  emWidth,
  isRightToLeft,
  quoteCardDrawing,
  textBlock,
  wrapText,
  type CardDrawing,
} from './card.ts';

/** The lines of text a card shows. */
const textsOf = (drawing: CardDrawing) =>
  drawing.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));

describe('wrapText', () => {
  it('never leaves a quotation mark or a comma alone at the start or end of a line, at any width', () => {
    const seedQuote =
      '“There is no second opinion that Russia is an important country of this region, his visit to Pakistan shows that our bilateral relations are taking a new turn”';
    const urdu = '”ہم نے تمام امور پر بات کی، اور تعلقات ایک نئے موڑ پر ہیں“';
    for (const [text, lang] of [
      [seedQuote, 'en'],
      [urdu, 'ur'],
    ] as const) {
      for (let maxEm = 6; maxEm <= 30; maxEm += 0.25) {
        const { lines } = wrapText(text, maxEm, 20, lang);
        expect(lines.join(' '), `${maxEm} em`).toBe(text);
        // Between two lines, the mark stays with its word: the next line does not open with one, this one does not end with one.
        for (const [i, line] of lines.entries()) {
          if (i > 0) expect(line, `${maxEm} em`).not.toMatch(/^[”“’»,.;:،]/u);
          if (i < lines.length - 1) expect(line, `${maxEm} em`).not.toMatch(/[“”‘«(]$/u);
        }
      }
    }
  });

  it('breaks at spaces and keeps every line within the width', () => {
    const { lines, truncated } = wrapText(
      'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
      20,
      5,
    );
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe(
      'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
    );
    for (const line of lines) expect(emWidth(line)).toBeLessThanOrEqual(20);
  });

  it('breaks Chinese between words, where there are no spaces', () => {
    const { lines } = wrapText('俄罗斯外交部长拉夫罗夫抵达伊斯兰堡与巴基斯坦外长举行双边会谈', 8, 6, 'zh');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('俄罗斯外交部长拉夫罗夫抵达伊斯兰堡与巴基斯坦外长举行双边会谈');
    for (const line of lines) expect(emWidth(line)).toBeLessThanOrEqual(8);
  });

  it('ends with an ellipsis when the text does not fit', () => {
    const wrapped = wrapText('one two three four five six seven eight nine ten eleven twelve', 8, 2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/…$/);
    expect(emWidth(wrapped.lines[1] ?? '')).toBeLessThanOrEqual(8);
  });

  it('breaks a word longer than the line between characters', () => {
    const { lines } = wrapText('https://example.org/a/very/long/address/without/any/spaces/at/all', 10, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(emWidth(line)).toBeLessThanOrEqual(10);
  });
});

describe('textBlock', () => {
  it('sets a short headline large and a long one smaller', () => {
    const block = (text: string) =>
      textBlock({ text, top: 160, height: 360, sizes: [76, 60, 42], weight: 700, fill: '#000', lang: 'en' });
    expect(block('Talks in Islamabad').size).toBe(76);
    expect(
      block(
        'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi on trade, energy, security and the peace process in Afghanistan',
      ).size,
    ).toBeLessThan(76);
  });

  it('aligns right-to-left text to the right edge', () => {
    expect(isRightToLeft('شاہ محمود قریشی نے کہا')).toBe(true);
    expect(isRightToLeft('2021: Лавров прибыл')).toBe(false);
    const urdu = textBlock({
      text: 'شاہ محمود قریشی نے کہا',
      top: 0,
      height: 200,
      sizes: [60],
      weight: 700,
      fill: '#000',
      lang: 'ur',
    });
    expect(urdu.lines.map(({ x, align, rtl }) => ({ x, align, rtl }))).toEqual([
      { x: 1136, align: 'right', rtl: true },
    ]);
  });
});

describe('cards', () => {
  it('drops control characters, which no reader should see drawn as boxes (an entity such as &#1; in a headline)', () => {
    const drawing = articleCardDrawing({
      headline: 'Title\u0001 here',
      dateline: 'April 7, 2021',
      siteName: 'Dateline',
      host: 'dateline.example',
    });
    expect(textsOf(drawing)).toContain('Title here');
  });

  it('puts the quote in marks, the speaker, the date and the headline on a quote card', () => {
    const drawing = quoteCardDrawing({
      quote: 'It can convince India',
      speaker: 'Shah Mahmood Qureshi',
      headline: 'Lavrov in Islamabad',
      date: 'April 7, 2021',
      siteName: 'Dateline',
      host: 'dateline.example',
    });
    expect(textsOf(drawing)).toEqual([
      'Dateline',
      'dateline.example',
      '“It can convince India”',
      '— Shah Mahmood Qureshi',
      'April 7, 2021 · Lavrov in Islamabad',
    ]);
  });
});
