// Builds the site from the shipped content plus the test fixtures, once, and serves it for the browser tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('content/articles', content, { recursive: true });
  cpSync('tests/fixtures/articles', content, { recursive: true });
  // Built in a zone west of UTC: a date-only value read as UTC midnight would show the day before here.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, DATELINE_CONTENT: content, TZ: 'America/Los_Angeles', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { server, url } = await serveStatic(dist);
  project.provide('baseURL', url);
  project.provide('distDir', dist);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  };
}
