// One `astro build` at a time in a cache folder: two at once would each rewrite the content store, the bodies and the
// manifests the other is reading. The second stops at once, saying which build it waits for; a lock left by a build
// that was killed (its process is gone) is taken over, with a notice.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

interface LockHolder {
  pid: number;
  /** When that build started, ISO 8601. */
  started: string;
}

/** Whether a process with this id is running (signal 0 only asks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The error the second build stops with: no stack, since nothing is wrong in the code. */
function busy(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** Takes the lock file for this process, or says why it cannot; returns a notice when it took over a stale one. */
export function takeBuildLock(file: string, pid = process.pid, now = new Date()): string | undefined {
  const holder: LockHolder = { pid, started: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      return attempt === 0
        ? undefined
        : `${file}: a build that did not finish (it was stopped) left this lock: taken over`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let other: Partial<LockHolder> = {};
    try {
      other = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    } catch {
      // Written whole by `wx` in one call, so an unreadable lock is one cut short by a kill: stale.
    }
    if (typeof other.pid === 'number' && other.pid !== pid && running(other.pid)) {
      throw busy(
        `another build of this site is running (process ${other.pid}, started ${other.started ?? 'earlier'}) and uses the same cache folder: ` +
          'wait for it to finish, then build again (two builds at once would overwrite each other’s files)',
      );
    }
    rmSync(file, { force: true });
  }
  throw busy(`${file}: could not take the build lock; if no build is running, delete that file and build again`);
}
