// Hostile input: the XSS corpus built into a site of its own and read in Chromium; the Content Security Policy and
// security headers on every kind of page of the real site.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inspectDocument } from '../xss/dom-checks.ts';
import { writeXssArticles, type XssPage } from '../xss/generate.ts';
import { htmlVectors, urlVectors } from '../xss/vectors.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { builtPages, samplePages } from './site-pages.ts';
import { serveStatic } from './static-server.ts';
import { xmlError } from './xml-check.ts';

const distDir = inject('distDir');

/** Pages read at once: enough to keep Chromium busy on two cores, few enough not to starve the server. */
const parallelPages = 3;

/** Wraps the dialog functions so that a payload calling them also leaves a marker in the console. */
const dialogMarker = `for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  const original = window[name];
  window[name] = function (...args) { console.log('XSS-FIRED ' + name); return original.apply(this, args); };
}`;

let browser: Browser;
let work: string;
let build: SiteBuild;
let xssPages: XssPage[];
let xssServer: Server;
let xssURL: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dateline-xss-'));
  xssPages = writeXssArticles(join(work, 'articles'));
  const started = performance.now();
  build = buildSite(join(work, 'articles'));
  console.log(`XSS: ${xssPages.length} articles built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!build.ok) throw new Error(`the XSS site did not build:\n${build.output.slice(-6000)}`);
  ({ server: xssServer, url: xssURL } = await serveStatic(build.dist));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (xssServer ? xssServer.close(resolve) : resolve(undefined)));
  build?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs `visit` over `paths` on a few pages at once; returns everything it reported, in path order. */
async function visitAll(
  context: BrowserContext,
  paths: readonly string[],
  visit: (page: Page, path: string) => Promise<string[]>,
): Promise<string[]> {
  const results: string[][] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallelPages }, async () => {
      const page = await context.newPage();
      while (next < paths.length) {
        const i = next++;
        results[i] = await visit(page, paths[i] ?? '/');
      }
      await page.close();
    }),
  );
  return results.flat();
}

describe('the XSS corpus', () => {
  it('has at least 150 markup vectors from every family, plus hostile URLs, each built into pages', () => {
    expect(htmlVectors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(htmlVectors.map((v) => v.family)).size).toBe(10);
    expect(urlVectors.length).toBeGreaterThanOrEqual(25);
    expect(xssPages).toHaveLength(htmlVectors.length * 2 + urlVectors.length);
    for (const { path } of xssPages) expect(existsSync(join(build.dist, path, 'index.html')), path).toBe(true);
  });

  it('has checks that catch a page where a script got through (the harness can fail)', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${xssURL}/404.html`);
    await page.setContent(
      '<main id="main"><div class="article-body"><img src="x" onerror="alert(7)"><a href="java&#9;script:alert(1)">x</a><iframe></iframe></div></main><p id="main">clobber</p>',
    );
    const findings = await page.evaluate(inspectDocument, {});
    await page.close();
    expect(findings.unsafe).toEqual([
      'event handler: <img onerror> in the page',
      'script URL: <a href="java\tscript:alert(1)"> in the page',
      '<iframe> in the page',
      'duplicate id "main"',
    ]);
    expect(dialogs).toEqual(['7']);
  });

  it('runs no injected script on any page, loads nothing from another host, and keeps the text around each vector', async () => {
    // The policy is bypassed here: the sanitiser alone must hold; the CSP is a second wall, tested below.
    const context = await browser.newContext({ bypassCSP: true });
    await context.addInitScript({ content: dialogMarker });
    const fired: string[] = [];
    const expectations = new Map(xssPages.map((page) => [page.path, page]));
    // Every article and quote page; of the index pages, every year and month (each lists all its articles) and a
    // few days (each repeats one article's summary, as the month page does).
    const quotePages = builtPages(build.dist).filter((path) => /\/quote-\d+\/$/.test(path));
    const indexPages = samplePages(build.dist, 3, /^\/\d{4}\/(?:\d{2}\/)?$/).filter((path) => !expectations.has(path));
    const paths = [...new Set([...xssPages.map(({ path }) => path), ...quotePages, ...indexPages])];
    const started = performance.now();
    const problems = await visitAll(context, paths, async (page, path) => {
      const found: string[] = [];
      const listeners = {
        dialog: (dialog: { message(): string; dismiss(): Promise<void> }) => {
          found.push(`dialog "${dialog.message()}"`);
          void dialog.dismiss();
        },
        console: (message: { text(): string }) => {
          if (message.text().includes('XSS-FIRED')) found.push(`console: ${message.text()}`);
        },
        request: (request: { url(): string }) => {
          if (!request.url().startsWith(xssURL)) found.push(`request to ${request.url()}`);
        },
      };
      page.on('dialog', listeners.dialog);
      page.on('console', listeners.console);
      page.on('request', listeners.request);
      await page.goto(`${xssURL}${path}`, { waitUntil: 'load' });
      const findings = await page.evaluate(inspectDocument, {});
      found.push(...findings.unsafe);
      if (!page.url().startsWith(`${xssURL}${path}`)) found.push(`navigated to ${page.url()}`);
      const expected = expectations.get(path);
      for (const text of expected?.safeTexts ?? [])
        if (!findings.text.includes(text)) found.push(`lost the safe text "${text}"`);
      for (const text of expected?.safeDescription ?? [])
        if (!findings.description.includes(text)) found.push(`lost "${text}" from the description`);
      page.removeListener('dialog', listeners.dialog);
      page.removeListener('console', listeners.console);
      page.removeListener('request', listeners.request);
      if (found.length > 0) fired.push(path);
      return found.map(
        (problem) =>
          `${path} (${expected?.family ?? 'index'}: ${JSON.stringify(expected?.vector ?? '').slice(0, 80)}): ${problem}`,
      );
    });
    await context.close();
    console.log(
      `XSS: ${paths.length} pages read in Chromium in ${((performance.now() - started) / 1000).toFixed(1)} s (${xssPages.length} articles, ${quotePages.length} quote pages, ${indexPages.length} index pages), ${fired.length} with a problem`,
    );
    expect(problems).toEqual([]);
  }, 600_000);

  it('keeps every JSON twin valid JSON that carries the hostile text as text', () => {
    let quotes = 0;
    for (const page of xssPages) {
      const twin = JSON.parse(readFileSync(join(build.dist, page.jsonPath), 'utf8')) as {
        headline: string;
        quotes: Array<{ text: string; speaker: string | null }>;
      };
      expect(twin.headline, page.jsonPath).toContain(page.headlineMarker);
      quotes += twin.quotes.filter((q) => q.text.includes(page.headlineMarker.replace('head', 'quote'))).length;
    }
    console.log(`XSS: ${xssPages.length} JSON twins parsed; ${quotes} carry a quote whose text holds a vector`);
  });

  it('keeps the feeds well-formed XML, their item HTML free of anything unsafe', async () => {
    const feeds = ['rss.xml', 'atom.xml'].filter((name) => existsSync(join(build.dist, name)));
    expect(feeds.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${xssURL}/404.html`);
    for (const name of feeds) {
      const xml = readFileSync(join(build.dist, name), 'utf8');
      expect(await xmlError(page, xml), name).toBeNull();
      const bodies = itemBodies(
        new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: true }).parse(xml),
      );
      expect(bodies.length, name).toBeGreaterThan(0);
      const findings = await page.evaluate(inspectDocument, {
        fragments: bodies,
        siteOrigin: 'https://dateline.example',
      });
      expect(
        findings.unsafe.filter((problem) => problem.includes('feed item')),
        name,
      ).toEqual([]);
    }
    await page.close();
  });

  it('draws a share image for every article, whatever its headline holds', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const missing = xssPages.filter(
      ({ path }) =>
        !readFileSync(join(build.dist, path, 'share.png'))
          .subarray(0, 4)
          .equals(png),
    );
    expect(missing.map(({ path }) => path)).toEqual([]);
  });
});

/** The HTML body of every item in a parsed RSS (`content:encoded`) or Atom (`content type="html"`) feed; titles and summaries are plain text. */
function itemBodies(feed: Record<string, unknown>): string[] {
  const bodies: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) node.forEach((child) => walk(child, key));
    else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) walk(child, k);
    else if (typeof node === 'string' && /^(?:content:encoded|content)$/.test(key)) bodies.push(node);
  };
  walk(feed, '');
  return bodies;
}

/** Scripts (other than JSON-LD data) that come before the CSP <meta>, which covers only what follows it. */
function scriptsBeforePolicy(html: string): number {
  let policySeen = false;
  let count = 0;
  visit(unified().use(rehypeParse).parse(html), 'element', (node) => {
    if (node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy')
      policySeen = true;
    else if (node.tagName === 'script' && !policySeen && node.properties['type'] !== 'application/ld+json') count++;
  });
  return count;
}

describe('the Content Security Policy', () => {
  const policyOf = (html: string) =>
    /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it('is on every page: scripts only from this site, no plugins, no <base>, without unsafe-inline', () => {
    const pages = builtPages(distDir);
    const problems = pages.flatMap((path) => {
      const html = readFileSync(join(distDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const policy = policyOf(html);
      const scriptSrc = directive(policy, 'script-src');
      const wrong = [
        !scriptSrc.includes("'self'") && 'script-src without self',
        // 'wasm-unsafe-eval' (the search page's WebAssembly index) compiles WebAssembly only, never a string of script.
        /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\sdata:|\s\*(?:\s|$)/.test(scriptSrc) &&
          `script-src allows too much: ${scriptSrc}`,
        directive(policy, 'object-src') !== "object-src 'none'" && 'object-src is not none',
        directive(policy, 'base-uri') !== "base-uri 'none'" && 'base-uri is not none',
        directive(policy, 'default-src') !== "default-src 'self'" && 'default-src is not self',
        scriptsBeforePolicy(html) > 0 && 'a script before the policy',
      ];
      return wrong.filter(Boolean).map((problem) => `${path}: ${problem}`);
    });
    expect(pages.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('reports no violation on any kind of page, with the meta policy and the _headers policy both in force', async () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    const { server, url } = await serveStatic(distDir, (path) => headersFor(rules, path));
    const context = await browser.newContext();
    await context.addInitScript({
      content: `window.__violations = []; addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    // The harness can fail: an inline script on a page with the site's policy is reported.
    await context.route(`${url}/csp-self-check/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<meta http-equiv="content-security-policy" content="script-src 'self'"><script>document.title = 'ran';</script>`,
      }),
    );
    const selfCheck = await context.newPage();
    await selfCheck.goto(`${url}/csp-self-check/`);
    expect(await selfCheck.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([
      expect.stringMatching(/^script-src-elem inline/),
    ]);
    await selfCheck.close();
    const paths = samplePages(distDir, 2);
    const problems = await visitAll(context, paths, async (page, path) => {
      const messages: string[] = [];
      const onConsole = (message: { text(): string }) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) messages.push(message.text());
      };
      page.on('console', onConsole);
      const response = await page.goto(`${url}${path}`, { waitUntil: 'load' });
      // The share bar's script runs on load; a blocked script or style would show up as a violation here.
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      page.removeListener('console', onConsole);
      const headerPolicy = response?.headers()['content-security-policy'] ?? '';
      return [
        ...violations,
        ...messages,
        ...(headerPolicy.includes("frame-ancestors 'none'") ? [] : ['no CSP header']),
      ].map((v) => `${path}: ${v}`);
    });
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    console.log(
      `CSP: ${paths.length} pages of ${new Set(paths.map((p) => p.replace(/\d+/g, 'N'))).size} shapes checked in Chromium`,
    );
    expect(problems).toEqual([]);
  }, 300_000);

  it('ships _headers with the usual security headers for every path', () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    for (const path of ['/', '/2021/04/07/some-article/', '/rss.xml', '/_astro/x.css']) {
      expect(headersFor(rules, path), path).toMatchObject({
        'Content-Security-Policy': expect.stringMatching(/object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'/),
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=()'),
        'Strict-Transport-Security': expect.stringContaining('max-age='),
      });
    }
    expect(headersFor(rules, '/_astro/x.css')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/')['Content-Security-Policy']).not.toContain('unsafe-inline');
  });
});
