// Cloudflare Pages' own server (`wrangler pages dev`, from npm) serving a built site as that host would: index.html per
// folder, 404.html, and the response headers of the site's `_headers` file, read by Cloudflare's parser.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Serves `dist` on a free loopback port until `stop()`; resolves once the server answers. */
export async function servePages(dist: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const wrangler = join(process.cwd(), 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  // The compatibility date is one the bundled runtime knows (it refuses dates newer than itself); metrics and update
  // checks are off, there is no network here.
  const args = [
    wrangler,
    'pages',
    'dev',
    dist,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--compatibility-date',
    '2026-01-01',
    '--log-level',
    'warn',
    '--persist-to',
    join(dist, '..', 'wrangler-state'),
  ];
  // Run beside the site, not in the project: wrangler keeps its scratch folder (.wrangler/) in the working directory.
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: join(dist, '..'),
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_LOG_PATH: join(dist, '..', 'wrangler-logs'),
      CI: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode}):\n${output}`);
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`wrangler pages dev did not answer within 120 s:\n${output}`);
}
