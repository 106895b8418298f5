import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bodiesFolder, readBody } from './article-bodies.ts';
import { closeRenderWorkers, parallelRenderFunction } from './parallel-render.ts';

describe('render workers', () => {
  it('are found from the project root, not the current folder: a build may run from elsewhere (astro build --root)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-workers-'));
    const before = process.cwd();
    onTestFinished(async () => {
      process.chdir(before);
      await closeRenderWorkers();
      rmSync(work, { recursive: true, force: true });
    });
    const root = pathToFileURL(`${before}/`);
    mkdirSync(join(work, 'elsewhere'));
    process.chdir(join(work, 'elsewhere'));
    const render = parallelRenderFunction({
      markdown: { syntaxHighlight: false },
      image: {},
      cacheDir: pathToFileURL(`${work}/cache/`),
      root,
    });
    const rendered = await render({
      body: '# Talks begin\n\nTalks began on Tuesday.',
      data: {},
      filePath: join(work, 'talks.md'),
    });
    const { headline, body } = rendered.metadata['frontmatter'] as { headline: string; body: string };
    expect(headline).toBe('Talks begin');
    expect(readBody(bodiesFolder(join(work, 'cache')), body, 'talks.md').html).toBe('<p>Talks began on Tuesday.</p>');
  });
});
