import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { twinText } from '../lib/twin.ts';
import { updateArticleFiles } from './article-files.ts';
import { loadComponentPages } from './component-loader.ts';

const twinPath = '2021/04/07/talks.json';
const page = '2021/04/07/talks/quote-1/index.html';
/** An empty output folder, removed when the test ends. */
function emptyOutput(): string {
  const dist = mkdtempSync(join(tmpdir(), 'dateline-article-files-'));
  onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
  return dist;
}

const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-article-files-cache-'));
let render: Awaited<ReturnType<typeof loadComponentPages>>;
beforeAll(async () => {
  render = await loadComponentPages(fileURLToPath(new URL('../..', import.meta.url)), cacheDir);
}, 60_000);
afterAll(async () => {
  await render?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('twins and quote pages beside the build', () => {
  it('writes the twin, a page per direct quote (none for reported speech) and their one stylesheet', async () => {
    const dist = emptyOutput();
    const { files, written } = await updateArticleFiles(dist, [testArticle()], null, new Set(), render);
    expect([files, written]).toEqual([['quote-page.css', twinPath, page], 2]);
    expect(readFileSync(join(dist, 'quote-page.css'), 'utf8')).toMatch(/^:root/m);
    expect(readFileSync(join(dist, twinPath), 'utf8')).toBe(twinText(testArticle()));
    expect(readdirSync(join(dist, '2021/04/07/talks'))).toEqual(['quote-1']);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('<h1>“We welcome FM Lavrov’s visit”</h1>');
  });

  it('skips an article whose files are unchanged, and writes again what changed or went missing', async () => {
    const dist = emptyOutput();
    const first = await updateArticleFiles(dist, [testArticle()], null, new Set(), render);
    utimesSync(join(dist, page), new Date(0), new Date(0));
    const unchanged = await updateArticleFiles(dist, [testArticle()], first.manifest, new Set(first.files), render);
    expect([unchanged.files, unchanged.written, statSync(join(dist, page)).mtimeMs]).toEqual([
      ['quote-page.css', twinPath, page],
      0,
      0,
    ]);

    const edited = await updateArticleFiles(
      dist,
      [testArticle({ headline: 'Talks postponed', fingerprint: 'edited' })],
      unchanged.manifest,
      new Set(first.files),
      render,
    );
    expect(edited.written).toBe(2);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('Talks postponed');
    expect(readFileSync(join(dist, twinPath), 'utf8')).toContain('Talks postponed');

    rmSync(join(dist, '2021/04/07/talks'), { recursive: true });
    expect(
      (
        await updateArticleFiles(
          dist,
          [testArticle({ headline: 'Talks postponed', fingerprint: 'edited' })],
          edited.manifest,
          new Set([twinPath]),
          render,
        )
      ).written,
    ).toBe(2);
    const olderTemplates = {
      articles: { [twinPath]: { ...edited.manifest.articles[twinPath]!, hash: 'made by other templates' } },
    };
    expect(
      (
        await updateArticleFiles(
          dist,
          [testArticle({ headline: 'Talks postponed', fingerprint: 'edited' })],
          olderTemplates,
          new Set(first.files),
          render,
        )
      ).written,
    ).toBe(2);
  });
});
