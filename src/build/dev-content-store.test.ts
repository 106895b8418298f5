import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDevStore } from './dev-content-store.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Where a build and a dev server keep their stores, in a fresh folder (neither written yet). */
function stores() {
  work = mkdtempSync(join(tmpdir(), 'dateline-dev-store-'));
  return { build: join(work, 'cache', 'data-store.json'), dev: join(work, '.astro', 'data-store.json') };
}

/** Writes `text` to `file`, last modified `secondsAgo`. */
function write(file: string, text: string, secondsAgo: number) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const when = Date.now() / 1000 - secondsAgo;
  utimesSync(file, when, when);
}

describe('seedDevStore', () => {
  it('gives a dev server without a store the build’s, in a folder it makes', () => {
    const { build, dev } = stores();
    write(build, 'built', 10);
    expect(seedDevStore(build, dev)).toBe(true);
    expect(readFileSync(dev, 'utf8')).toBe('built');
  });

  it('replaces an older dev store, and keeps a newer one', () => {
    const { build, dev } = stores();
    write(build, 'built', 10);
    write(dev, 'dev, older', 100);
    expect(seedDevStore(build, dev)).toBe(true);
    expect(readFileSync(dev, 'utf8')).toBe('built');
    write(dev, 'dev, newer', 1);
    expect(seedDevStore(build, dev)).toBe(false);
    expect(readFileSync(dev, 'utf8')).toBe('dev, newer');
  });

  it('does nothing when no build has run', () => {
    const { build, dev } = stores();
    expect(seedDevStore(build, dev)).toBe(false);
    expect(() => readFileSync(dev)).toThrow(/ENOENT/);
  });
});
