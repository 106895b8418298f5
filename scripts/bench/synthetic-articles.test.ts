import { describe, expect, it } from 'vitest';
import { generateArticles } from './synthetic-articles.ts';
import { checkPermalinks } from '../../src/lib/content/permalink-check.ts';
import { checkRawDates } from '../../src/lib/content/input-checks.ts';

describe('generateArticles', () => {
  const articles = generateArticles({ n: 500, seed: 7 });

  it('makes exactly n articles, the same ones for the same seed', () => {
    expect(articles).toHaveLength(500);
    expect(generateArticles({ n: 500, seed: 7 })).toEqual(articles);
    expect(generateArticles({ n: 500, seed: 8 })).not.toEqual(articles);
  });

  it('files them so the loader accepts them: day folders, slugs, distinct permalinks, real dates', () => {
    const entries = articles.map(({ path, text }) => ({
      id: path,
      filePath: path,
      data: { date: /date: (\S+)/.exec(text)?.[1] },
    }));
    expect(checkPermalinks(entries)).toEqual([]);
    expect(articles.flatMap(({ text }) => checkRawDates(text))).toEqual([]);
  });

  it('spreads them over many days, several on some, none on others, newest first', () => {
    const perDay = new Map<string, number>();
    for (const { path } of articles) perDay.set(path.slice(0, 10), (perDay.get(path.slice(0, 10)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThan(3);
    const days = [...perDay.keys()];
    expect(days[0]! <= '2026/06/30' && days[0]! >= '2026/06/20').toBe(true);
    expect(days).toEqual([...days].sort().reverse());
    const span =
      (Date.parse(days[0]!.replaceAll('/', '-')) - Date.parse(days.at(-1)!.replaceAll('/', '-'))) / 86_400_000;
    expect(span + 1).toBeGreaterThan(days.length); // some days in the span have no article
  });

  it('spreads a large newsroom over five years, several articles a day on average', () => {
    const large = generateArticles({ n: 10_000 });
    expect(Number(large[0]?.path.slice(0, 4)) - Number(large.at(-1)?.path.slice(0, 4))).toBe(5);
    expect(new Set(large.map((a) => a.path.slice(0, 10))).size).toBeLessThan(10_000 / 4);
  });

  it('writes a headline, a wire dateline and 8 to 20 paragraphs with direct and reported speech', () => {
    for (const { text } of articles.slice(0, 50)) {
      const [, body = ''] = text.split(/\n---\n\n/);
      const [headline, ...paragraphs] = body.trim().split('\n\n');
      expect(headline).toMatch(/^# \S/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(8);
      expect(paragraphs.length).toBeLessThanOrEqual(20);
      expect(paragraphs[0]).toMatch(/^[A-ZÍ ]+, [A-Z][a-z]+ \d{1,2}( \([A-Za-z]+\))? - [A-Z]/);
    }
    const all = articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/^"[^"]+," [A-Z][a-z]+ (said|told|added)/m);
    expect(all).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ said the government /m);
  });
});

describe('generateArticles, the newsroom fields', () => {
  it('gives one article in ten a photograph of its own file, named beside it, and every article a section and tags', () => {
    const articles = generateArticles({ n: 200, seed: 3, photoEvery: 10 });
    const withPhoto = articles.filter((a) => a.photo);
    expect(withPhoto).toHaveLength(20);
    for (const { path, text, photo } of withPhoto) {
      expect(photo?.path).toBe(path.replace(/\.md$/, '.jpg'));
      expect(text).toContain(`image: ./${photo?.path.split('/').at(-1)}\nimageAlt: `);
    }
    expect(
      articles.every(
        ({ text }) =>
          /^section: (world|business|health|politics)$/m.test(text) && /^tags: \[\w+, [^\]]+\]$/m.test(text),
      ),
    ).toBe(true);
    // The text of an article is what it was before photographs: which ones get one takes nothing from the random sequence.
    const without = generateArticles({ n: 200, seed: 3 });
    expect(without.filter((a) => a.photo)).toEqual([]);
    expect(without.map(({ path }) => path)).toEqual(articles.map(({ path }) => path));
  });

  it('puts a photograph of its own file in the text of one article in twenty, alone in a paragraph after the second', () => {
    const articles = generateArticles({ n: 200, seed: 3, photoEvery: 10, inTextPhotoEvery: 20 });
    const withPhoto = articles.filter((a) => a.inTextPhoto);
    expect(withPhoto).toHaveLength(10);
    // Others than those with a lead photograph.
    expect(withPhoto.filter((a) => a.photo)).toEqual([]);
    for (const { path, text, inTextPhoto } of withPhoto) {
      expect(inTextPhoto?.path).toBe(path.replace(/\.md$/, '-in-text.jpg'));
      const paragraphs = text.split('\n---\n')[1]!.trim().split('\n\n');
      expect(paragraphs[3]).toMatch(
        new RegExp(`^!\\[[^\\]]+\\]\\(\\./${inTextPhoto?.path.split('/').at(-1)} "[^"]+"\\)$`),
      );
    }
    const without = generateArticles({ n: 200, seed: 3, photoEvery: 10 });
    expect(without.map(({ text }) => text.replace(/\n\n!\[.*\)\n/g, '\n'))).toEqual(
      articles.map(({ text }) => text.replace(/\n\n!\[.*\)\n/g, '\n')),
    );
  });
});
