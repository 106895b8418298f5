import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKeptJson, writeKeptFile, writeKeptFileSync } from './kept-files.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-kept-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kept files', () => {
  it('are written whole, under their own name only once complete', async () => {
    await writeKeptFile(join(dir, 'a/manifest.json'), '{"a":1}');
    writeKeptFileSync(join(dir, 'b.json'), '[1]');
    expect(readFileSync(join(dir, 'a/manifest.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir).sort()).toEqual(['a', 'b.json']);
  });

  it('read back as null when missing, and as null with a one-line notice when damaged (the damaged file removed)', async () => {
    const notices: string[] = [];
    expect(await readKeptJson(join(dir, 'none.json'), (m) => notices.push(m))).toBeNull();
    writeFileSync(join(dir, 'cut.json'), '{"files":["index.ht');
    expect(await readKeptJson(join(dir, 'cut.json'), (m) => notices.push(m))).toBeNull();
    expect(notices).toEqual([
      `${join(dir, 'cut.json')} was damaged (a build stopped while writing it?): discarded; this build redoes what it recorded`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'ok.json'), '{"files":[]}');
    // What a killed build left half written beside it goes too.
    writeFileSync(join(dir, 'ok.json.4242-0.partial'), '{"fil');
    expect(await readKeptJson(join(dir, 'ok.json'), (m) => notices.push(m))).toEqual({ files: [] });
    expect(readdirSync(dir)).toEqual(['ok.json']);
  });
});
