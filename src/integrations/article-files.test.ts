import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { articleTwin } from '../lib/twin.ts';
import { storeBody } from '../lib/content/article-bodies.ts';
import { publishedTwins, updateArticleFiles } from './article-files.ts';

const twinPath = '2021/04/07/talks.json';
const page = '2021/04/07/talks/quote-1/index.html';
const twinText = (headline?: string) => `${JSON.stringify({ ...articleTwin(testArticle()), ...(headline && { headline }) }, null, 2)}\n`;
const emptyOutput = () => mkdtempSync(join(tmpdir(), 'dateline-article-files-'));

describe('publishedTwins', () => {
  it('makes of each article the loader stored the same twin as of the article the pages see', async () => {
    const article = testArticle({ data: { updated: '2021-04-08', lang: 'en', section: 'world' } });
    const bodies = mkdtempSync(join(tmpdir(), 'dateline-bodies-'));
    const body = storeBody(bodies, { html: article.html, quotes: article.quotes });
    const { headline, dateline, lede } = article;
    const published = { filePath: 'content/articles/2021/04/07/talks.md', data: { date: '2021-04-07', updated: '2021-04-08', lang: 'en', section: 'world' }, fields: { headline, dateline, lede, body } };
    expect(await publishedTwins([published], bodies)).toEqual([{ path: twinPath, text: `${JSON.stringify(articleTwin(article), null, 2)}\n` }]);
    await expect(publishedTwins([{ ...published, fields: { ...published.fields, body: 'gone' } }], bodies)).rejects.toThrow(/^content\/articles\/2021\/04\/07\/talks\.md: its rendered body/);
  });
});

describe('twins and quote pages beside the build', () => {
  it('writes the twin as given, a page per direct quote (none for reported speech) and their one stylesheet', async () => {
    const dist = emptyOutput();
    const { files, written } = await updateArticleFiles(dist, [{ path: twinPath, text: twinText() }], null, new Set());
    expect([files, written]).toEqual([['quote-page.css', twinPath, page], 2]);
    expect(readFileSync(join(dist, 'quote-page.css'), 'utf8')).toMatch(/^:root/m);
    expect(readFileSync(join(dist, twinPath), 'utf8')).toBe(twinText());
    expect(readdirSync(join(dist, '2021/04/07/talks'))).toEqual(['quote-1']);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('<h1>“We welcome FM Lavrov’s visit”</h1>');
  });

  it('skips an article whose twin is unchanged, and writes again what changed or went missing', async () => {
    const dist = emptyOutput();
    const twins = [{ path: twinPath, text: twinText() }];
    const first = await updateArticleFiles(dist, twins, null, new Set());
    utimesSync(join(dist, page), new Date(0), new Date(0));
    const unchanged = await updateArticleFiles(dist, twins, first.manifest, new Set(first.files));
    expect([unchanged.files, unchanged.written, statSync(join(dist, page)).mtimeMs]).toEqual([['quote-page.css', twinPath, page], 0, 0]);

    const edited = await updateArticleFiles(dist, [{ path: twinPath, text: twinText('Talks postponed') }], unchanged.manifest, new Set(first.files));
    expect(edited.written).toBe(2);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('Talks postponed');
    expect(readFileSync(join(dist, twinPath), 'utf8')).toContain('Talks postponed');

    rmSync(join(dist, '2021/04/07/talks'), { recursive: true });
    const after = [{ path: twinPath, text: twinText('Talks postponed') }];
    expect((await updateArticleFiles(dist, after, edited.manifest, new Set([twinPath]))).written).toBe(2);
    expect((await updateArticleFiles(dist, after, { ...edited.manifest, template: 'an older template' }, new Set(first.files))).written).toBe(2);
  });

  it('names the twin it cannot read', async () => {
    await expect(updateArticleFiles(emptyOutput(), [{ path: '2021/04/07/broken.json', text: '{"headline": ' }], null, new Set())).rejects.toThrow(/^2021\/04\/07\/broken\.json: cannot read/);
  });
});
