import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { shareImageSize, textBlock } from '../lib/share/card.ts';
import { cardKey, fontsFor } from './render-card.ts';

const require = createRequire(join(process.cwd(), 'package.json'));

describe('fontsFor', () => {
  it('loads the 10 MB Chinese font only for a card with Chinese on it', () => {
    expect(fontsFor('<text>Lavrov in Islamabad</text>')).toHaveLength(2);
    expect(fontsFor('<text>شاہ محمود قریشی</text>')).toHaveLength(4);
    expect(fontsFor('<text>拉夫罗夫</text>').at(-1)).toMatch(/NotoSansSC_700Bold\.ttf$/);
  });
});

describe('cardKey', () => {
  it('changes with the SVG, the fonts and the renderer version', () => {
    const key = cardKey('<svg/>', ['a.ttf']);
    expect(cardKey('<svg/>', ['a.ttf'])).toBe(key);
    expect(
      new Set([
        key,
        cardKey('<svg />', ['a.ttf']),
        cardKey('<svg/>', ['b.ttf']),
        cardKey('<svg/>', ['a.ttf'], 'resvg-0'),
      ]).size,
    ).toBe(4);
  });
});

describe('cardPng', () => {
  it('draws a card on a worker thread once, then serves it from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'dateline-og-test-'));
    vi.stubEnv('DATELINE_OG_CACHE', cache);
    vi.resetModules();
    try {
      const { cardPng } = await import('./render-card.ts');
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><text x="64" y="100" font-family="Noto Sans" font-size="60">Лавров, 2021</text></svg>';
      const first = await cardPng(svg);
      expect(first.subarray(1, 4).toString()).toBe('PNG');
      expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(readdirSync(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.png$/)]);
      await expect(cardPng(svg)).resolves.toEqual(first);
      expect(readdirSync(cache)).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('headline layout, measured by the renderer', () => {
  // The layout estimates widths; here resvg sets the text with the real fonts and we check it stays in the column.
  const headlines = {
    en: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi on trade, energy, security, counter-terrorism and the Afghan peace process',
    ru: 'Министр иностранных дел России Сергей Лавров прибыл в Исламабад для переговоров с Шахом Махмудом Куреши о торговле и безопасности',
    ur: 'وزیر خارجہ شاہ محمود قریشی اور روسی وزیر خارجہ سرگئی لاوروف کی اسلام آباد میں ملاقات، دو طرفہ تعلقات اور افغان امن عمل پر بات چیت',
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
        fill: '#000',
        lang,
      });
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${shareImageSize.width}" height="${shareImageSize.height}">${block.svg}</svg>`;
      const fontFiles = fontsFor(svg).map((f) => require.resolve(f));
      const box = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' },
      }).getBBox();
      expect(box).toBeDefined();
      expect(box?.x).toBeGreaterThanOrEqual(64 - 4); // glyph side bearings may reach a few pixels out
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1200 - 64 + 4);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(534);
    });
  }
});
