import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import sitemap from './sitemap.ts';

type BuildDone = (options: {
  dir: URL;
  pages: { pathname: string }[];
  logger: { info(message: string): void };
}) => Promise<void>;

describe('sitemap integration', () => {
  it('writes the index and its part from the built pages, without the 404 page, and removes parts an earlier build left', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dateline-sitemap-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    writeFileSync(join(dist, 'sitemap-1.xml'), 'from a bigger site');
    writeFileSync(join(dist, 'sitemap-notes.xml'), 'not a part');
    const done = sitemap().hooks['astro:build:done'] as unknown as BuildDone;
    await done({
      dir: pathToFileURL(`${dist}/`),
      pages: [{ pathname: '' }, { pathname: '2021/04/07/talks/' }, { pathname: '404/' }],
      logger: { info: () => {} },
    });
    expect(readdirSync(dist).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml', 'sitemap-notes.xml']);
    const part = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(part).toContain('/2021/04/07/talks/</loc>');
    expect(part).not.toContain('404');
  });
});
