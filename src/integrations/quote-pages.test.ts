import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { articleTwin } from '../lib/twin.ts';
import { findTwins, updateQuotePages } from './quote-pages.ts';

function builtSite(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'dateline-quote-pages-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const twinPath = '2021/04/07/talks.json';
const page = '2021/04/07/talks/quote-1/index.html';

describe('quote pages after the build', () => {
  it('finds the article twins only, and writes a page per direct quote (none for reported speech)', async () => {
    const dist = builtSite({ [twinPath]: JSON.stringify(articleTwin(testArticle())), 'people/x.json': '{}', '2021/04/07/talks/index.html': '' });
    expect(findTwins(['people/x.json', '2021/04/07/talks/index.html', twinPath, '2021/04/07/talks/quote-1/index.html'])).toEqual([twinPath]);
    const { pages, written } = await updateQuotePages(dist, [twinPath], null);
    expect([pages, written]).toEqual([[page], 1]);
    expect(readdirSync(join(dist, '2021/04/07/talks')).sort()).toEqual(['index.html', 'quote-1']);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('<h1>“We welcome FM Lavrov’s visit”</h1>');
  });

  it('skips an article whose twin is unchanged, and writes again what changed or went missing', async () => {
    const twin = articleTwin(testArticle());
    const dist = builtSite({ [twinPath]: JSON.stringify(twin) });
    const first = await updateQuotePages(dist, [twinPath], null);
    utimesSync(join(dist, page), new Date(0), new Date(0));
    const unchanged = await updateQuotePages(dist, [twinPath], first.manifest);
    expect([unchanged.pages, unchanged.written, statSync(join(dist, page)).mtimeMs]).toEqual([[page], 0, 0]);

    writeFileSync(join(dist, twinPath), JSON.stringify({ ...twin, headline: 'Talks postponed' }));
    const edited = await updateQuotePages(dist, [twinPath], unchanged.manifest);
    expect(edited.written).toBe(1);
    expect(readFileSync(join(dist, page), 'utf8')).toContain('Talks postponed');

    rmSync(join(dist, '2021/04/07/talks'), { recursive: true });
    expect((await updateQuotePages(dist, [twinPath], edited.manifest)).written).toBe(1);
    expect((await updateQuotePages(dist, [twinPath], { ...edited.manifest, template: 'an older template' })).written).toBe(1);
  });

  it('names the twin it cannot read', async () => {
    const dist = builtSite({ '2021/04/07/broken.json': '{"headline": ' });
    await expect(updateQuotePages(dist, ['2021/04/07/broken.json'], null)).rejects.toThrow(/^2021\/04\/07\/broken\.json: cannot read/);
  });
});
