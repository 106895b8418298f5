// `npm run dev` serves what a build publishes beside Astro's pages (the JSON twins and quote pages), with the same text,
// and reports a problem in an article, present when it starts or made while it runs, on the page and in the terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');
const seedPath = '/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood';
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
let server: ChildProcess | undefined;
let origin = '';
/** Everything the dev server has printed so far. */
let terminal = '';
const seedFile = join(work, 'content', `${seedPath.slice(1)}.md`);
const brokenAtStart = join(work, 'content', '2021/04/08/broken-at-start.md');

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The environment without what Vitest adds to it (NODE_ENV=test, VITEST…): with them, the dev server answered 404 to every page. */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')),
  );
}

beforeAll(async () => {
  cpSync('content/articles', join(work, 'content'), { recursive: true });
  // A typo in the front matter, there before the server starts: it used to stop `astro dev` from starting at all.
  mkdirSync(join(work, 'content/2021/04/08'), { recursive: true });
  writeFileSync(
    brokenAtStart,
    '---\ndate: 2021-04-08\ntittle: Talks resume\n---\n\n# Talks resume\n\nThe ministers met again.\n',
  );
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: a developer's own `npm run dev` may be running; this one starts beside it, in the foreground.
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: {
        ...outsideVitest(process.env),
        DATELINE_CONTENT: join(work, 'content'),
        DATELINE_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  // Ready once it answers: the content sync comes first.
  for (let tries = 0; tries < 240; tries++) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not answer at ${origin}:\n${terminal}`);
});

/** A page as the browser gets it: its status and its text, tags dropped and characters unescaped. */
async function pageText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
  return { status: response.status, text };
}

/** Asks for `path` until `done` holds (the server checks a file again once the watcher sees the change). */
async function waitForPage(
  path: string,
  done: (page: { status: number; text: string }) => boolean,
): Promise<{ status: number; text: string }> {
  let page = await pageText(path);
  for (let tries = 0; tries < 120 && !done(page); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    page = await pageText(path);
  }
  return page;
}

/** The problem as the build words it: the file as the editor sees it, the line, what is wrong and how to fix it. */
const problemLine = (file: string, line: number, message: string) =>
  `${relative(process.cwd(), file)}:${line}: ${message}`;
const unknownField = (field: string) => `unknown field "${field}": remove it or correct its spelling`;

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('starts with an article that has a problem, shows it on every page and in the terminal, and the site once it is fixed', async () => {
    const said = problemLine(brokenAtStart, 3, unknownField('tittle'));
    const page = await pageText('/');
    expect(page.status).toBe(500);
    expect(page.text).toContain(said);
    expect(terminal).toContain(said);
    writeFileSync(brokenAtStart, readFileSync(brokenAtStart, 'utf8').replace('tittle:', 'title:'));
    const fixed = await waitForPage('/2021/04/08/broken-at-start/', ({ status }) => status === 200);
    expect(fixed.text).toContain('The ministers met again.');
  });

  it('serves an article’s JSON twin as the build writes it', async () => {
    const response = await fetch(`${origin}${seedPath}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.text()).toBe(readFileSync(join(distDir, `${seedPath}.json`), 'utf8'));
  });

  it('serves a quote’s own page as the build writes it, and no page for a quote the article does not have', async () => {
    const response = await fetch(`${origin}${seedPath}/quote-2/`);
    expect(response.status).toBe(200);
    // Astro's dev toolbar marks each element with the component file and line it came from, on every page it serves.
    const served = (await response.text()).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
    expect(served).toBe(readFileSync(join(distDir, `${seedPath}/quote-2/index.html`), 'utf8'));
    expect((await fetch(`${origin}${seedPath}/quote-99/`)).status).toBe(404);
    const stylesheet = await fetch(`${origin}/quote-page.css`);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await stylesheet.text()).toBe(readFileSync(join(distDir, 'quote-page.css'), 'utf8'));
  });

  it('reports a typo made in an article while it runs, on the page and in the terminal, without a stack trace', async () => {
    const before = terminal.length;
    const text = readFileSync(seedFile, 'utf8');
    // The typo that reached the page as "text.trim is not a function": the front matter was used unchecked.
    writeFileSync(seedFile, text.replace('date: 2021-04-07', 'date: 2021-04-07\ntittle: Lavrov in Islamabad'));
    const said = problemLine(seedFile, 3, unknownField('tittle'));
    const page = await waitForPage(`${seedPath}/`, ({ text: shown }) => shown.includes(said));
    expect(page.status).toBe(500);
    expect(page.text).toContain(said);
    const printed = terminal.slice(before);
    expect(printed).toContain(said);
    expect(printed).not.toMatch(/TypeError|Stack trace|is not a function/);
    writeFileSync(seedFile, text);
    expect((await waitForPage(`${seedPath}/`, ({ status }) => status === 200)).status).toBe(200);
  });

  it("serves a photograph added to an article's text while it runs, optimised as the build serves it", async () => {
    const text = readFileSync(seedFile, 'utf8');
    cpSync('tests/fixtures/articles/2021/04/06/jaishankar-and-lavrov.jpg', join(dirname(seedFile), 'airport.jpg'));
    writeFileSync(
      seedFile,
      text.replace(
        /\n\n(?=[^\n]*"Pakistan)/,
        '\n\n![Lavrov is greeted at the airport](./airport.jpg "Lavrov arrives in Islamabad.")\n\n',
      ),
    );
    const html = async () => (await fetch(`${origin}${seedPath}/`)).text();
    let page = await html();
    for (let tries = 0; tries < 120 && !page.includes('Lavrov arrives in Islamabad.'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      page = await html();
    }
    expect(page).toMatch(
      /<figure class="photo"[^>]*><picture[^>]*><source srcset="\/_image\/\?href=[^"]*airport\.jpg[^"]* 480w/,
    );
    expect(page).not.toContain('data-photo');
    const avif = /<source srcset="([^" ]+)/
      .exec(page.slice(page.indexOf('airport.jpg') - 200))?.[1]
      ?.replaceAll('&#38;', '&')
      .replaceAll('&amp;', '&');
    const image = await fetch(`${origin}${avif}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/(avif|heif)$/);
    writeFileSync(seedFile, text);
    expect(
      (await waitForPage(`${seedPath}/`, ({ text: shown }) => !shown.includes('Lavrov arrives in Islamabad.'))).status,
    ).toBe(200);
  });

  it('reports a new article that has a problem', async () => {
    const added = join(work, 'content', '2021/04/09/no-headline.md');
    mkdirSync(join(work, 'content/2021/04/09'), { recursive: true });
    writeFileSync(added, '---\ndate: 2021-04-09\n---\n\nA paragraph and no headline.\n');
    const said = `${relative(process.cwd(), added)}: no headline: start the article with a "# Headline" line, or set "title" in its front matter`;
    const page = await waitForPage('/', ({ text }) => text.includes(said));
    expect(page.text).toContain(said);
    expect(terminal).toContain(said);
    rmSync(added);
    expect((await waitForPage('/', ({ status }) => status === 200)).status).toBe(200);
  });
});
