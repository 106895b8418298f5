import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { storeBody, bodiesFolder } from './article-bodies.ts';
import { publishedArticles, readPublishedArticles, writePublishedArticles } from './published-articles.ts';

// The seed article as the loader stores it (content/articles/2021/04/07/).
const fields = {
  headline: 'Sergey Lavrov arrived in Islamabad to hold bilateral talks with Shah Mahmood Qureshi',
  dateline: null,
  lede: 'Russian Foreign Minister Sergei Lavrov arrived in Pakistan.',
  body: 'seed-body-key',
};
const seed = {
  id: '2021/04/07/sergey-lavrov',
  filePath: 'content/articles/2021/04/07/sergey-lavrov.md',
  data: {
    date: '2021-04-07',
    tags: ['diplomacy'],
    authors: [{ id: 'jane-doe', collection: 'authors' }, 'Reuters'],
    section: 'world',
    draft: false,
    image: '__ASTRO_IMAGE_./photo.jpg',
  },
  rendered: { html: '', metadata: { frontmatter: fields } },
};

describe('publishedArticles', () => {
  it('keeps of each stored entry its id, file, front matter without the photograph, and the extracted fields', () => {
    const { image: _photo, ...data } = seed.data;
    expect(publishedArticles([seed])).toEqual([{ id: seed.id, filePath: seed.filePath, data, fields }]);
  });

  it('leaves drafts out', () => {
    const draft = {
      ...seed,
      filePath: 'content/articles/2021/04/09/draft.md',
      data: { date: '2021-04-09', draft: true },
    };
    expect(publishedArticles([draft, seed]).map(({ filePath }) => filePath)).toEqual([seed.filePath]);
  });

  it('comes back from the cache folder as the articles pages see, with body, quotes and bylines', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-published-'));
    onTestFinished(() => rmSync(cacheDir, { recursive: true, force: true }));
    const authors = join(cacheDir, 'authors');
    mkdirSync(authors);
    writeFileSync(join(authors, 'jane-doe.md'), '---\nname: Jane Doe\n---\n\nDiplomatic correspondent.\n');
    const quotes = [
      {
        id: 'quote-1',
        type: 'direct' as const,
        text: 'Yes',
        speaker: 'A. Speaker',
        speakerMention: 'A. Speaker',
        speakerType: 'person' as const,
        cue: 'said',
      },
    ];
    const body = storeBody(bodiesFolder(cacheDir), { html: '<p>Text.</p>', quotes });
    writePublishedArticles(
      cacheDir,
      publishedArticles([{ ...seed, rendered: { html: '', metadata: { frontmatter: { ...fields, body } } } }]),
    );
    const [article] = await readPublishedArticles(cacheDir, authors);
    expect(article).toMatchObject({
      slug: 'sergey-lavrov',
      date: { year: 2021, month: 4, day: 7 },
      headline: fields.headline,
      html: '<p>Text.</p>',
      quotes,
    });
    expect(article?.bylines).toEqual([{ name: 'Jane Doe', slug: 'jane-doe' }, { name: 'Reuters' }]);
    await expect(readPublishedArticles(join(cacheDir, 'elsewhere'), authors)).rejects.toThrow(
      /list of published articles cannot be read/,
    );
  });
});
