// Builds the site from the shipped content plus the test fixtures, once, and serves it for the browser tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  // The authors' files sit beside the articles' folder (src/content.config.ts).
  cpSync('tests/fixtures/authors', join(work, 'authors'), { recursive: true });
  writeTodaysArticle(content);
  // Built in a zone west of UTC: a date-only value read as UTC midnight would show the day before here.
  // --force: the content store in node_modules/.astro is shared by every build; an entry whose text is unchanged keeps the
  // file path (and the rendering) of whichever build stored it last, from another content folder or an older pipeline.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], {
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

/** One article dated the build day (in the site zone, UTC), so the Google News sitemap, which lists only the last two days, has an entry to check. */
function writeTodaysArticle(content: string) {
  const today = new Date().toISOString().slice(0, 10);
  const folder = join(content, ...today.split('-'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'todays-briefing.md'),
    `---\ndate: ${today}\n---\n\n# Today's briefing on the talks\n\nThe ministry briefed reporters on the day's talks.\n`,
  );
}
