// Anything `npm run import` reports as imported builds: a sample of random raw files, a file with control characters
// and a Windows-1252 file converted with --encoding, imported with the command, then built with astro build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rawFile } from '../fixtures/raw-files.ts';
import { buildSite, type SiteBuild } from './build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-import-build-'));
let build: SiteBuild | undefined;
afterAll(() => {
  build?.remove();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the import command as `npm run import` does, from the folder the files are in. */
function runImport(...args: string[]) {
  return spawnSync(process.execPath, [resolve('scripts/import.ts'), ...args], {
    cwd: work,
    env: { ...process.env, INIT_CWD: work },
    encoding: 'utf8',
  });
}

describe('imported raw files', () => {
  it('all build (80 random files, control characters, a Windows-1252 file)', () => {
    const samples = fc.sample(rawFile, { numRuns: 80, seed: 1506 });
    const names = samples.map((text, i) => {
      writeFileSync(join(work, `random-${i}.txt`), text);
      return `random-${i}.txt`;
    });
    writeFileSync(
      join(work, 'controls.txt'),
      ' date 2021-04-07\n\nTalks\u001B resume\n\nThe ministers\u0007 met again.\n',
    );
    const utf8 = runImport('--out', 'articles', ...names, 'controls.txt');
    expect(utf8.stdout).toMatch(
      /^imported controls\.txt -> articles\/2021\/04\/07\/talks-resume\.md \(2 invisible control character\(s\) replaced by spaces: U\+001B on line 3, U\+0007 on line 5\)$/m,
    );
    writeFileSync(
      join(work, 'cp1252.txt'),
      Uint8Array.from([
        ...Buffer.from(' date 2021-04-08\n\nCaf'),
        0xe9,
        ...Buffer.from(' talks\n\n'),
        0x93,
        ...Buffer.from('Good'),
        0x94,
        ...Buffer.from(' news.\n'),
      ]),
    );
    expect(runImport('--out', 'articles', 'cp1252.txt').stderr).toMatch(/import it with --encoding windows-1252/);
    expect(runImport('--out', 'articles', '--encoding', 'windows-1252', 'cp1252.txt').stdout).toMatch(
      /^imported cp1252\.txt/,
    );
    const imported = readdirSync(join(work, 'articles'), { recursive: true }).filter((file) =>
      String(file).endsWith('.md'),
    );
    // Random files may share a day and headline (refused: never overwritten) or have no body; most are imported.
    expect(imported.length).toBeGreaterThan(60);
    build = buildSite(join(work, 'articles'), { DATELINE_SHARE_IMAGES: '0' });
    expect(build.ok, build.output.slice(-6000)).toBe(true);
  }, 600_000);
});
