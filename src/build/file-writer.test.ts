import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { fileWriter } from './file-writer.ts';

function emptyOutput(): string {
  const dist = mkdtempSync(join(tmpdir(), 'dateline-file-writer-'));
  onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
  return dist;
}

it('writes each batch into its folders, and names the file it could not write', async () => {
  const dist = emptyOutput();
  writeFileSync(join(dist, 'taken'), 'a file where a folder would go');
  const writer = fileWriter(dist);
  await writer.write([
    ['2021/04/07/talks.json', '{}'],
    ['2021/04/07/talks/quote-1/index.html', '<p>1</p>'],
  ]);
  await writer.write([['2021/04/07/talks/quote-2/index.html', '<p>2</p>']]);
  await expect(writer.write([['taken/quote-1/index.html', '<p>3</p>']])).rejects.toThrow(/taken/);
  await writer.close();
  expect(
    ['2021/04/07/talks.json', '2021/04/07/talks/quote-1/index.html', '2021/04/07/talks/quote-2/index.html'].map(
      (path) => readFileSync(join(dist, path), 'utf8'),
    ),
  ).toEqual(['{}', '<p>1</p>', '<p>2</p>']);
});
