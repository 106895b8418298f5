// Lighthouse, on a phone as PageSpeed Insights runs it (mobile, simulated slow 4G), over a built site served locally
// with the response headers of its `_headers` file: an article with a lead photograph, a section page and an author
// page (found in the site), or the paths given. Prints each page's four category scores and what keeps a score under
// 100, and exits non-zero when one is below `--min` (default 100). Chromium: $CHROME_PATH (default /usr/bin/chromium).
//
//   npm run build && npm run lighthouse                 # the site in dist/
//   npm run lighthouse -- --dist other/dist /2021/04/06/lavrov-arrives-in-new-delhi/
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headersFor, parseHeadersFile } from '../tests/e2e/headers-file.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, min: { type: 'string', default: '100' } },
  allowPositionals: true,
});
const dist = resolve(values.dist);
const min = Number(values.min);
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`no built site in ${dist}: run npm run build first, or name one with --dist`);

/** The first page of the site in `folder` (relative to the output) whose HTML passes `test`, as a site path. */
function firstPage(folder: string, test: (html: string) => boolean = () => true): string | undefined {
  if (!existsSync(join(dist, folder))) return undefined;
  const pages = readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .sort();
  const found = pages.find((file) => test(readFileSync(join(dist, folder, file), 'utf8')));
  return found && `/${relative(dist, join(dist, folder, found, '..'))}/`;
}

const pages =
  positionals.length > 0
    ? positionals.map((path) => ({ name: path, path }))
    : [
        // An article page (YYYY/MM/DD/<slug>/, not a quote page) with a lead photograph.
        {
          name: 'article with a photograph',
          path: firstPage(
            '.',
            (html) => html.includes('"@type":"NewsArticle"') && html.includes('fetchpriority="high"'),
          ),
        },
        // Lists with a photograph's thumbnail where there is one: more for a phone to fetch.
        {
          name: 'section page',
          path: firstPage('section', (html) => html.includes('<picture')) ?? firstPage('section'),
        },
        {
          name: 'author page',
          path: firstPage('authors', (html) => html.includes('<picture')) ?? firstPage('authors'),
        },
      ];

const rules = existsSync(join(dist, '_headers')) ? parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')) : [];
const { server, url } = await serveStatic(dist, (path) => headersFor(rules, path));
const chrome = await launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
let below = 0;
try {
  for (const { name, path } of pages) {
    if (!path) {
      console.log(`${name}: none in this site`);
      continue;
    }
    const result = await lighthouse(`${url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ].map((id) => `${lhr.audits[id]?.title} ${lhr.audits[id]?.displayValue}`);
    console.log(
      `${name} ${path}\n  ${categories.map((id, i) => `${id} ${scores[i]}`).join(', ')}\n  ${metrics.join(', ')}`,
    );
    for (const id of categories) {
      const category = lhr.categories[id];
      if (!category || (category.score ?? 0) >= 1) continue;
      // The audits that cost points: weighted, and not passed in full.
      for (const { id: audit, weight } of category.auditRefs) {
        const found = lhr.audits[audit];
        if (weight > 0 && found && found.score !== null && found.score < 1)
          console.log(`  ${id}: ${found.title} (${found.displayValue ?? `score ${found.score}`})`);
      }
    }
    below += scores.filter((score) => score < min).length;
  }
} finally {
  chrome.kill();
  server.close();
}
if (below > 0) {
  console.error(`${below} score(s) below ${min}`);
  process.exitCode = 1;
}
