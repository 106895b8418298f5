import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = new URL('import.ts', import.meta.url).pathname;
const seed = new URL('../src/lib/import/fixtures/000_35ccfa153b94c3fc.txt', import.meta.url).pathname;
const seedDestination =
  'out/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood.md';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-import-cli-'));
  await copyFile(seed, join(dir, 'seed.txt'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI as `npm run import` would: from elsewhere, with INIT_CWD naming the folder it was typed in. */
function runImport(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], {
    cwd: tmpdir(),
    env: { ...process.env, INIT_CWD: dir },
    encoding: 'utf8',
  });
  return { status, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter(Boolean) };
}

// Each run starts Node afresh, which takes seconds on a loaded machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('imports the good files, reports each bad one, and exits non-zero', async () => {
    await writeFile(join(dir, 'no-body.txt'), 'date 2021-04-07\n\nHeadline only\n');
    await writeFile(join(dir, 'latin1.txt'), Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9]));
    const result = runImport('--out', 'out', 'no-body.txt', 'missing.txt', 'seed.txt', 'latin1.txt');
    expect(result).toEqual({
      status: 1,
      stdout: [`imported seed.txt -> ${seedDestination}`],
      stderr: [
        'error no-body.txt: no paragraphs after the headline',
        'error missing.txt: no such file',
        'error latin1.txt: not UTF-8 text (byte 0xE9 on line 1): if the file is Windows-1252 or Latin-1, import it with --encoding windows-1252 (or --encoding latin1); otherwise save it as UTF-8',
      ],
    });
    expect(await readdir(join(dir, 'out/2021/04/07'))).toEqual([seedDestination.split('/').at(-1)]);
  });

  it('says "unchanged" and exits 0 the second time', () => {
    expect(runImport('--out', 'out', 'seed.txt').status).toBe(0);
    expect(runImport('--out', 'out', 'seed.txt')).toEqual({
      status: 0,
      stdout: [`unchanged seed.txt -> ${seedDestination}`],
      stderr: [],
    });
  });

  it('shows its usage when given no files', () => {
    expect(runImport()).toMatchObject({
      status: 2,
      stderr: ['usage: npm run import -- [--out DIR] [--encoding utf-8|windows-1252|latin1] FILE...'],
    });
    expect(runImport('--encoding', 'utf-16', 'seed.txt')).toMatchObject({ status: 2 });
  });

  it('converts a Windows-1252 file when told to, and reports control characters it replaced', async () => {
    await writeFile(
      join(dir, 'cp1252.txt'),
      Uint8Array.from([
        ...Buffer.from(' date 2021-04-07\n\nCaf'),
        0xe9,
        ...Buffer.from(' talks\n\nThe caf'),
        0xe9,
        ...Buffer.from(' was full.\x1b\n'),
      ]),
    );
    expect(runImport('--out', 'out', '--encoding', 'windows-1252', 'cp1252.txt')).toEqual({
      status: 0,
      stdout: [
        'imported cp1252.txt -> out/2021/04/07/cafe-talks.md (1 invisible control character(s) replaced by spaces: U+001B on line 5)',
      ],
      stderr: [],
    });
    expect(await readFile(join(dir, 'out/2021/04/07/cafe-talks.md'), 'utf8')).toBe(
      '---\ndate: 2021-04-07\n---\n\n# Café talks\n\nThe café was full.\n',
    );
  });
});
