import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeBuildLock } from './build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('takeBuildLock', () => {
  it('takes a free lock, and stops a second build while the first one runs, naming it', () => {
    const file = join(dir, 'busy.lock');
    expect(takeBuildLock(file, process.pid, new Date('2026-12-06T03:00:00Z'))).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ pid: process.pid, started: '2026-12-06T03:00:00.000Z' });
    // Another process asks while this one (alive) holds it.
    expect(() => takeBuildLock(file, process.pid + 1)).toThrow(
      `another build of this site is running (process ${process.pid}, started 2026-12-06T03:00:00.000Z) and uses the same cache folder: wait for it to finish, then build again`,
    );
  });

  it('takes over the lock of a build that was killed, with a notice', async () => {
    const file = join(dir, 'stale.lock');
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(file, JSON.stringify({ pid: gone.pid, started: '2026-12-06T02:00:00.000Z' }));
    expect(takeBuildLock(file)).toBe(
      `${file}: a build that did not finish (it was stopped) left this lock: taken over`,
    );
    writeFileSync(file, '{"pid":12'); // cut short by a kill
    expect(takeBuildLock(file)).toMatch(/taken over$/);
    expect(existsSync(file)).toBe(true);
  });
});
