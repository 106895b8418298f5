import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFields } from '../lib/remark/frontmatter.ts';
import { markdownProcessor } from '../lib/remark/pipeline.ts';
import { pruneBodies, readBody, storeBody, withBodyKept, type StoredFields } from './article-bodies.ts';
import type { RenderedArticle } from './parallel-render.ts';

const seedPath = join(
  import.meta.dirname,
  '../../content/articles/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood.md',
);
let seed: RenderedArticle;
let folder: string;

beforeAll(async () => {
  const renderer = await markdownProcessor().createRenderer({});
  const body = readFileSync(seedPath, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  const result = await renderer.render(body, { frontmatter: { date: '2021-04-07' } });
  seed = { html: result.code, metadata: { ...result.metadata } };
});

afterEach(() => rmSync(dirname(folder), { force: true, recursive: true }));
const newFolder = () => (folder = join(mkdtempSync(join(tmpdir(), 'dateline-bodies-')), 'bodies'));

describe('withBodyKept', () => {
  it('takes the seed’s HTML and quotes out of what Astro stores, and gives them back by key', () => {
    const bodies = newFolder();
    const { quotes, ...fields } = seed.metadata['frontmatter'] as ExtractedFields;
    expect(quotes.length).toBeGreaterThan(2);
    const kept = withBodyKept(seed, bodies);
    const stored = kept.metadata['frontmatter'] as StoredFields & { quotes?: unknown };
    expect(kept.html).toBe('');
    expect(stored.quotes).toBeUndefined();
    // Everything else the plugins extracted stays in the store: archive pages read it without the body.
    expect(stored).toEqual({ ...fields, body: stored.body });
    expect(readBody(bodies, stored.body, 'seed.md')).toEqual({ html: seed.html, quotes });
  });
});

describe('storeBody', () => {
  it('names a body by its content: the same body once, a changed one under a new key', () => {
    const bodies = newFolder();
    const body = { html: '<p>“Yes,” she said.</p>', quotes: [] };
    const key = storeBody(bodies, body);
    expect(storeBody(bodies, { ...body })).toBe(key);
    const changed = storeBody(bodies, { ...body, html: '<p>“No,” she said.</p>' });
    expect(changed).not.toBe(key);
    expect(readdirSync(bodies).sort()).toEqual([`${key}.json`, `${changed}.json`].sort());
  });
});

describe('pruneBodies', () => {
  it('removes the bodies no article refers to any more, and leftovers of an interrupted write', () => {
    const bodies = newFolder();
    const kept = storeBody(bodies, { html: '<p>kept</p>', quotes: [] });
    const old = storeBody(bodies, { html: '<p>old</p>', quotes: [] });
    writeFileSync(join(bodies, `${kept}.json.123-1.partial`), '{');
    expect(pruneBodies(bodies, new Set([kept]))).toBe(2);
    expect(readdirSync(bodies)).toEqual([`${kept}.json`]);
    expect(() => readBody(bodies, old, 'old.md')).toThrow(
      /^old\.md: its rendered body .* cannot be read .*Delete the cache folder/u,
    );
  });

  it('does nothing when there is no folder yet', () => {
    expect(pruneBodies(join(newFolder(), 'none'), new Set())).toBe(0);
  });
});
