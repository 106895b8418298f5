// The editor's preview as the benchmark measures it: `astro dev` started on a site just built (as `npm run dev` after
// `npm run build`), the seconds until it answers its first page, its peak memory, and how long an edit takes to show.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { treeRss } from './measure.ts';

export interface DevPreview {
  /** From starting `astro dev` to the home page's first answer (200). */
  firstPageSeconds: number;
  /** From saving the edit to the edited page showing it. */
  editSeconds: number;
  peakRss: number;
}

export interface DevPreviewOptions {
  root: string;
  /** The build's output and cache folders: the same settings as the build, so Astro keeps the content store it made. */
  dist: string;
  cache: string;
  env: NodeJS.ProcessEnv;
  /** Saves the edit, and says which page shows it and the words to look for. */
  edit(): { path: string; marker: string };
  /** How long to wait for each step before giving up (default: 10 minutes). */
  timeoutSeconds?: number;
}

/** Asks for `url` until `accept` is true of its answer, or the time is up. */
async function pollUntil(
  url: string,
  accept: (status: number, text: string) => boolean,
  deadline: number,
): Promise<boolean> {
  while (performance.now() < deadline) {
    const answer = await fetch(url).then(
      async (response) => ({ status: response.status, text: await response.text() }),
      () => undefined,
    );
    if (answer && accept(answer.status, answer.text)) return true;
    await sleep(250);
  }
  return false;
}

export async function measureDevPreview({
  root,
  dist,
  cache,
  env,
  edit,
  timeoutSeconds = 600,
}: DevPreviewOptions): Promise<DevPreview> {
  const started = performance.now();
  // No --port: the port is part of the settings Astro compares with the build's (another port would clear the store);
  // when 4321 is taken, Vite takes the next one, and the terminal says which.
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--outDir', dist], {
    cwd: root,
    env: { ...env, DATELINE_CACHE_DIR: cache, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let terminal = '';
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid ?? 0))), 100);
  try {
    const deadline = () => performance.now() + timeoutSeconds * 1000;
    const until = deadline();
    let origin: string | undefined;
    while (!origin && performance.now() < until && child.exitCode === null) {
      origin = /Local\s+(http:\/\/\S+?)\/?\s/.exec(terminal)?.[1];
      await sleep(100);
    }
    if (!origin || !(await pollUntil(`${origin}/`, (status) => status === 200, until)))
      throw new Error(`astro dev did not answer:\n${terminal}`);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const { path, marker } = edit();
    const saved = performance.now();
    if (!(await pollUntil(`${origin}${path}`, (_, text) => text.includes(marker), deadline())))
      throw new Error(`the edit did not show at ${path}:\n${terminal}`);
    return { firstPageSeconds, editSeconds: (performance.now() - saved) / 1000, peakRss };
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
  }
}
