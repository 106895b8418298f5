import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedArticles, publishedPermalink, readPublishedArticles, writePublishedArticles } from './published-articles.ts';

// The seed article as the loader stores it (content/articles/2021/04/07/).
const fields = { headline: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi', dateline: null, lede: 'Russian Foreign Minister Sergei Lavrov arrived in Pakistan.', body: 'seed-body-key' };
const seed = {
  filePath: 'content/articles/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood.md',
  data: { date: '2021-04-07', tags: ['diplomacy'], section: 'world', draft: false, summary: 'Lavrov in Islamabad.' },
  rendered: { metadata: { frontmatter: fields } },
};

describe('publishedArticles', () => {
  it('keeps of each stored entry its file, the front matter read beside the build, and the extracted fields', () => {
    expect(publishedArticles([seed])).toEqual([{ filePath: seed.filePath, data: { date: '2021-04-07', section: 'world' }, fields }]);
  });

  it('leaves drafts out', () => {
    const draft = { ...seed, filePath: 'content/articles/2021/04/09/draft.md', data: { date: '2021-04-09', draft: true } };
    expect(publishedArticles([draft, seed]).map(({ filePath }) => filePath)).toEqual([seed.filePath]);
  });

  it('comes back from the cache folder as it was written', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-published-'));
    const articles = publishedArticles([{ ...seed, data: { date: '2021-04-07', updated: '2021-04-08', lang: 'en', byline: 'A. Writer' } }]);
    writePublishedArticles(cacheDir, articles);
    expect(await readPublishedArticles(cacheDir)).toEqual(articles);
    await expect(readPublishedArticles(join(cacheDir, 'elsewhere'))).rejects.toThrow(/list of published articles cannot be read/);
  });
});

describe('publishedPermalink', () => {
  it('is the day of the article and the slug of its file', () => {
    expect(publishedPermalink(publishedArticles([seed])[0]!)).toEqual({
      date: { year: 2021, month: 4, day: 7 },
      slug: 'sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood',
    });
  });
});
