// A build killed part-way (SIGKILL: a cancelled CI job, the out-of-memory killer), then an ordinary build, leaves
// exactly the output of a clean build; a damaged manifest is discarded with a notice; a second build started while one
// runs in the same checkout stops with a clear message and leaves the first one's output whole.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/bench/synthetic-articles.ts';
import { buildSite, type SiteBuild } from './build-site.ts';

const content = mkdtempSync(join(tmpdir(), 'dateline-killed-'));
const env = { DATELINE_SHARE_IMAGES: '0' };
let clean: SiteBuild;
/** How long the clean build took, for the kills at a share of it. */
let cleanSeconds = 0;
const builds: SiteBuild[] = [];

/**
 * Pagefind's word index and metadata files (and the entry naming them) differ between two clean builds of the same
 * articles (their order follows the order pages reach the indexer): compared by the fragments, the text indexed for
 * each page, whose names are hashes of their bytes and which are the same in every build.
 */
const pagefindIndex = /^pagefind\/\d{4}\/(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index\/[^/]+\.pf_index)$/;

/** Every file of a built site and a hash of its bytes (Pagefind's index files by their count). */
function outputOf(dist: string): Record<string, string> {
  const files: Record<string, string> = {};
  let indexFiles = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = path.slice(dist.length + 1);
    if (pagefindIndex.test(name)) indexFiles += 1;
    else files[name] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  files['(Pagefind index files)'] = String(indexFiles);
  return files;
}

/** The differences between two outputs: files only in one, and files whose bytes differ. */
function differences(actual: Record<string, string>, expected: Record<string, string>): string[] {
  const names = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...names]
    .filter((name) => actual[name] !== expected[name])
    .map((name) => `${name}: ${actual[name] ? (expected[name] ? 'differs' : 'extra') : 'missing'}`);
}

/**
 * Starts `astro build` as buildSite does, and SIGKILLs it (and whatever it started) once its output matches `when`,
 * or after `when` milliseconds.
 */
function killedBuild(work: string, when: RegExp | number): Promise<{ output: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')],
      {
        env: {
          ...process.env,
          ...env,
          DATELINE_CONTENT: content,
          DATELINE_CACHE_DIR: join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let output = '';
    let killed = false;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    };
    if (typeof when === 'number') setTimeout(kill, when);
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      if (typeof when !== 'number' && when.test(output)) kill();
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', () => resolve({ output, killed }));
  });
}

beforeAll(() => {
  for (const { path, text } of generateArticles({ n: 80, seed: 15 })) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  const started = Date.now();
  clean = buildSite(content, env);
  cleanSeconds = (Date.now() - started) / 1000;
  if (!clean.ok) throw new Error(`the clean build failed:\n${clean.output.slice(-4000)}`);
}, 600_000);

afterAll(() => {
  for (const build of [clean, ...builds]) build?.remove();
  rmSync(content, { recursive: true, force: true });
});

/** Where a build is killed, by what it has printed by then (from the content sync to after the pages) or by time. */
const killPoints: Array<{ name: string; when: RegExp | (() => number) }> = [
  { name: 'at a quarter of a clean build’s time', when: () => cleanSeconds * 250 },
  { name: 'at three fifths of a clean build’s time', when: () => cleanSeconds * 600 },
  { name: 'early, while the content syncs', when: /Syncing content/ },
  { name: 'once the content is synced, while Vite bundles', when: /Building static entrypoints/ },
  {
    name: 'while the pages are written',
    when: /├─ \/\d{4}\/\d{2}\/\d{2}\/[^\n]*\n[\s\S]*├─ \/\d{4}\/\d{2}\/\d{2}\/[^\n]*\n[\s\S]*├─ \/\d{4}\/\d{2}\/\d{2}\//,
  },
  { name: 'after the pages, while the search index, twins and sitemap are finished', when: /\[dateline:sitemap\]/ },
];

describe('a build killed part-way', () => {
  it.each(killPoints)(
    '$name: the next ordinary build gives exactly the clean build’s output',
    async ({ when }) => {
      const work = mkdtempSync(join(resolveCache(), 'dateline-test-'));
      const interrupted = await killedBuild(work, typeof when === 'function' ? when() : when);
      expect(interrupted.killed, `the build ended before the kill point:\n${interrupted.output.slice(-3000)}`).toBe(
        true,
      );
      const next = buildSite(content, env, {
        again: { ok: false, output: '', dist: join(work, 'dist'), remove: () => undefined },
      });
      builds.push(next);
      expect(next.ok, next.output.slice(-4000)).toBe(true);
      expect(differences(outputOf(next.dist), outputOf(clean.dist))).toEqual([]);
    },
    600_000,
  );

  it('discards a damaged manifest with a one-line notice, and still builds the clean output', () => {
    const [last] = builds.slice(-1);
    if (!last) throw new Error('the kill tests build first');
    const manifest = join(dirname(last.dist), 'cache', 'dateline', 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 100));
    const next = buildSite(content, env, { again: last });
    expect(next.ok, next.output.slice(-4000)).toBe(true);
    expect(next.output).toMatch(
      /manifest\.json was damaged \(a build stopped while writing it\?\): discarded; this build redoes what it recorded/,
    );
    expect(differences(outputOf(next.dist), outputOf(clean.dist))).toEqual([]);
  }, 600_000);

  it('stops a second build started in the same checkout while one runs, and the first one finishes whole', async () => {
    const work = mkdtempSync(join(resolveCache(), 'dateline-test-'));
    // The first build, stopped while it holds the lock (it has printed that it syncs content): SIGSTOP, not a kill.
    const first = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')],
      {
        env: {
          ...process.env,
          ...env,
          DATELINE_CONTENT: content,
          DATELINE_CACHE_DIR: join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const finished = new Promise<number | null>((resolve) => first.on('exit', resolve));
    await new Promise<void>((resolve) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Syncing content/.test(output)) resolve();
      };
      first.stdout.on('data', look);
      first.stderr.on('data', look);
    });
    const second = buildSite(content, env, {
      again: { ok: false, output: '', dist: join(work, 'dist'), remove: () => undefined },
    });
    expect(second.ok).toBe(false);
    expect(second.output).toMatch(
      new RegExp(
        `another build of this site is running \\(process ${first.pid}, started [^)]+\\) and uses the same cache folder: wait for it to finish, then build again`,
      ),
    );
    expect(second.output).not.toMatch(/Stack trace/);
    expect(await finished).toBe(0);
    expect(differences(outputOf(join(work, 'dist')), outputOf(clean.dist))).toEqual([]);
    rmSync(work, { recursive: true, force: true });
  }, 600_000);
});

/** The folder buildSite keeps its builds in (inside the project: see build-site.ts). */
function resolveCache(): string {
  return dirname(dirname(clean.dist));
}
