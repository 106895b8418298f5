import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceChecker } from './reference-checks.ts';

const root = mkdtempSync(join(tmpdir(), 'dateline-references-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'authors'));
writeFileSync(join(root, 'authors', 'ana-ruiz.md'), '---\nname: Ana Ruiz\n---\n');
mkdirSync(join(root, 'articles'));
writeFileSync(join(root, 'articles', 'wharf.jpg'), '');

const entry = (data: Record<string, unknown>, assetImports: string[] = []) => ({
  id: 'wharf',
  filePath: 'articles/wharf.md',
  data,
  assetImports,
  digest: '',
});

describe('referenceChecker', () => {
  const check = referenceChecker(root, join(root, 'authors'));

  it('finds nothing wrong with photographs beside the article and authors with a file', async () => {
    const authors = [{ id: 'ana-ruiz', collection: 'authors' }];
    expect(await check(entry({ image: './wharf.jpg', authors }, ['./wharf.jpg']))).toEqual([]);
  });

  it('names a lead photograph, a photograph in the text and an author that are not there', async () => {
    const problems = await check(
      entry({ image: './lead.jpg', authors: [{ id: 'nobody', collection: 'authors' }] }, ['./in-text.jpg']),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"./lead.jpg"');
    expect(problems[1]).toContain('"./in-text.jpg"');
    expect(problems[2]).toContain('the author "nobody" has no file authors/nobody.md');
  });
});
