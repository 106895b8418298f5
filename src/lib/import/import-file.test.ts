import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticleFile } from './import-file.ts';

const seedPath = new URL('fixtures/000_35ccfa153b94c3fc.txt', import.meta.url).pathname;
const seedSlug = 'sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood';

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-import-'));
  out = join(dir, 'articles');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes a source file into the temp folder and returns its path. */
async function source(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('importArticleFile', () => {
  it('files the seed under its day and slug', async () => {
    const destination = join(out, '2021/04/07', `${seedSlug}.md`);
    expect(await importArticleFile(seedPath, out)).toEqual({ status: 'imported', source: seedPath, destination });
    expect(await readFile(destination, 'utf8')).toMatch(
      /^---\ndate: 2021-04-07\n---\n\n# Sergey Lavrov arrived in Islamabad/,
    );
  });

  it('leaves the file untouched when the same article is imported again, even with a BOM and CRLF', async () => {
    const first = await importArticleFile(seedPath, out);
    if (first.status === 'error') throw new Error(first.reason);
    const before = await stat(first.destination);
    const bytes = await readFile(first.destination);
    expect(await importArticleFile(seedPath, out)).toEqual({ ...first, status: 'unchanged' });
    const crlf = await source('seed-crlf.txt', `\uFEFF${(await readFile(seedPath, 'utf8')).replaceAll('\n', '\r\n')}`);
    expect(await importArticleFile(crlf, out)).toMatchObject({ status: 'unchanged', destination: first.destination });
    expect(await readFile(first.destination)).toEqual(bytes);
    expect((await stat(first.destination)).mtimeMs).toBe(before.mtimeMs);
  });

  it('never overwrites a different article with the same day and slug, and names both files', async () => {
    const first = await source('first.txt', 'date 2021-04-07\n\nTalks in Islamabad\n\nThe first version.\n');
    const second = await source('second.txt', 'date 2021-04-07\n\nTalks in Islamabad!\n\nA different text.\n');
    const destination = join(out, '2021/04/07/talks-in-islamabad.md');
    expect(await importArticleFile(first, out)).toMatchObject({ status: 'imported', destination });
    const outcome = await importArticleFile(second, out);
    expect(outcome).toEqual({
      status: 'error',
      source: second,
      reason: `${destination} already holds a different article with the same day and slug; not overwritten (rename or remove one of them)`,
    });
    expect(await readFile(destination, 'utf8')).toContain('The first version.');
  });

  it('reports an output folder it cannot write to', async () => {
    const blocked = await source('blocked', 'a file where the output folder should be');
    expect(await importArticleFile(seedPath, blocked)).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(new RegExp(`^cannot write ${blocked}/2021/04/07/${seedSlug}\\.md: `)),
    });
  });

  it('reports a missing file, a folder and a bad file with the reason', async () => {
    const missing = join(dir, 'missing.txt');
    expect(await importArticleFile(missing, out)).toEqual({ status: 'error', source: missing, reason: 'no such file' });
    expect(await importArticleFile(dir, out)).toEqual({
      status: 'error',
      source: dir,
      reason: 'is a directory, not a file',
    });
    const impossible = await source('impossible.txt', ' date 2021-02-30\n\nHeadline\n\nBody.\n');
    expect(await importArticleFile(impossible, out)).toEqual({
      status: 'error',
      source: impossible,
      reason: 'the date line: "2021-02-30" is not a calendar date: month 2 of 2021 has 28 days',
    });
  });
});
