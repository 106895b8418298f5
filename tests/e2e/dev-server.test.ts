// `npm run dev` serves what a build publishes after `astro build` (the JSON twins and quote pages), with the same text.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood';
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
let server: ChildProcess | undefined;
let origin = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment without what Vitest adds to it (NODE_ENV=test, VITEST…): with them, the dev server answered 404 to every page. */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')));
}

beforeAll(async () => {
  cpSync('content/articles', join(work, 'content'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: a developer's own `npm run dev` may be running; this one starts beside it, in the foreground.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...outsideVitest(process.env), DATELINE_CONTENT: join(work, 'content'), DATELINE_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [server.stdout, server.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Ready once it answers: the content sync comes first.
  for (let tries = 0; tries < 240; tries++) {
    if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not answer at ${origin}:\n${output}`);
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('serves an article’s JSON twin as the build writes it', async () => {
    const response = await fetch(`${origin}${seedPath}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.text()).toBe(readFileSync(join(distDir, `${seedPath}.json`), 'utf8'));
  });

  it('serves a quote’s own page as the build writes it, and no page for a quote the article does not have', async () => {
    const response = await fetch(`${origin}${seedPath}/quote-2/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(join(distDir, `${seedPath}/quote-2/index.html`), 'utf8'));
    expect((await fetch(`${origin}${seedPath}/quote-99/`)).status).toBe(404);
    const stylesheet = await fetch(`${origin}/quote-page.css`);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await stylesheet.text()).toBe(readFileSync(join(distDir, 'quote-page.css'), 'utf8'));
  });
});
