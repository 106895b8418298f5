import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { articleCardDrawing, shareImageSize, textBlock, type CardDrawing } from '../lib/share/card.ts';
import { drawCard, fontsFor } from './draw-card.ts';
import { cardKey } from './render-card.ts';

const frame = { siteName: 'Dateline', host: 'dateline.example', dateline: 'April 7, 2021' };
const cardOf = (headline: string) => articleCardDrawing({ ...frame, headline });

describe('fontsFor', () => {
  it('loads the 10 MB Chinese font only for a card with Chinese on it', () => {
    expect(fontsFor(cardOf('Lavrov in Islamabad'))).toHaveLength(2);
    expect(fontsFor(cardOf('شاہ محمود قریشی'))).toHaveLength(4);
    expect(fontsFor(cardOf('拉夫罗夫')).at(-1)).toMatch(/NotoSansSC_700Bold\.ttf$/);
  });
});

describe('cardKey', () => {
  it('changes with what the card shows and with the renderer version', () => {
    const key = cardKey(cardOf('Talks'));
    expect(cardKey(cardOf('Talks'))).toBe(key);
    expect(new Set([key, cardKey(cardOf('Talks.')), cardKey(cardOf('Talks'), 'canvas-0')]).size).toBe(3);
  });
});

describe('cardPng', () => {
  it('draws a card on a worker thread once, then serves it from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'dateline-og-test-'));
    vi.stubEnv('DATELINE_OG_CACHE', cache);
    vi.resetModules();
    try {
      const { cardPng } = await import('./render-card.ts');
      const drawing = cardOf('Лавров, 2021');
      const first = await cardPng(drawing);
      expect(first.subarray(1, 4).toString()).toBe('PNG');
      expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(readdirSync(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.png$/)]);
      await expect(cardPng(drawing)).resolves.toEqual(first);
      expect(readdirSync(cache)).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

/** A drawing's pixels, as Skia draws them. */
function pixelsOf(drawing: CardDrawing): Uint8ClampedArray {
  const context = createCanvas(drawing.width, drawing.height).getContext('2d');
  drawCard(context, drawing);
  return context.getImageData(0, 0, drawing.width, drawing.height).data;
}

describe('drawCard', () => {
  it('sets text in the weight asked, regular or bold, in Latin and Arabic script', () => {
    // How much ink a line takes: a bold line, far more than a regular one.
    const ink = (text: string, weight: 400 | 700) => {
      const { lines } = textBlock({ text, top: 0, height: 100, sizes: [40], weight, fill: '#000000', lang: 'en' });
      return pixelsOf({ ...shareImageSize, background: '#ffffff', shapes: lines }).reduce((sum, v) => sum + 255 - v, 0);
    };
    for (const text of ['dateline.example', 'اسلام آباد'])
      expect(ink(text, 700), text).toBeGreaterThan(ink(text, 400) * 1.25);
  });
});

/** The box around every pixel of a drawing that is not its background. */
function inkBox(drawing: CardDrawing): { left: number; right: number; bottom: number } {
  const data = pixelsOf(drawing);
  const box = { left: Infinity, right: -Infinity, bottom: -Infinity };
  for (let y = 0; y < drawing.height; y++)
    for (let x = 0; x < drawing.width; x++) {
      if (data[(y * drawing.width + x) * 4] === 255) continue; // the test draws black on white
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x + 1);
      box.bottom = Math.max(box.bottom, y + 1);
    }
  return box;
}

describe('headline layout, measured by the renderer', () => {
  // The layout estimates widths; here Skia sets the text with the real fonts and we check it stays in the column.
  const headlines = {
    en: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi on trade, energy, security, counter-terrorism and the Afghan peace process',
    ru: 'Министр иностранных дел России Сергей Лавров прибыл в Исламабад для переговоров с Шахом Махмудом Куреши о торговле и безопасности',
    ur: 'وزیر خارجہ شاہ محمود قریشی اور روسی وزیر خارجہ سرگئی لاوروف کی اسلام آباد میں ملاقات، دو طرفہ تعلقات اور افغان امن عمل پر بات چیت',
    ar: 'قال الوزير إن المحادثات ستستمر حتى نهاية الأسبوع المقبل في العاصمة وإن الطرفين اتفقا على مواصلة الحوار بشأن الحدود والتجارة',
    zh: '俄罗斯外交部长拉夫罗夫抵达伊斯兰堡，与巴基斯坦外长库雷希就贸易、能源、安全和阿富汗和平进程举行双边会谈',
    'en-x-wide': 'WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM ЖЖЖЖЖЖЖЖЖЖ ШШШШШШШШШШ',
  };
  for (const [lang, text] of Object.entries(headlines)) {
    it(`keeps a long ${lang} headline inside the 64 px margins`, () => {
      const block = textBlock({
        text,
        top: 160,
        height: 360,
        sizes: [76, 68, 60, 54, 48, 42],
        weight: 700,
        fill: '#000000',
        lang,
      });
      const box = inkBox({ ...shareImageSize, background: '#ffffff', shapes: block.lines });
      expect(box.left).toBeGreaterThanOrEqual(64 - 4); // glyph side bearings may reach a few pixels out
      expect(box.right).toBeLessThanOrEqual(1200 - 64 + 4);
      expect(box.bottom).toBeLessThanOrEqual(534);
    });
  }
});
