// Every reader: axe in Chromium (light and dark), the keyboard (skip link, every control reachable, focus visible),
// valid HTML on every page, no broken internal link anywhere in the built site, and feeds and sitemaps that parse.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { checkLinks } from './link-check.ts';
import { xmlError } from './xml-check.ts';
import { builtPages, samplePages } from './site-pages.ts';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Pages per kind for the browser checks (default 3): every kind of page, not every page of a large archive. */
const perKind = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const fileOf = (path: string) => join(distDir, path.endsWith('.html') ? path : `${path}index.html`);

describe('axe', () => {
  it.each(['light', 'dark'] as const)(
    'finds no serious or critical violation on any kind of page (%s colour scheme)',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const paths = samplePages(distDir, perKind);
      // The harness itself must be able to fail: a page with an image without alt text is a critical violation.
      await page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><img src="/favicon.svg"></main></html>',
      );
      await page.evaluate(axeSource);
      const broken = await page.evaluate(() =>
        (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({
          resultTypes: ['violations'],
        }),
      );
      expect(broken.violations.map((v) => v.id)).toContain('image-alt');
      const serious: string[] = [];
      const lesser: Record<string, number> = {};
      for (const path of paths) {
        await page.goto(`${baseURL}${path}`);
        // Evaluated through the DevTools protocol, which the page's CSP does not govern.
        await page.evaluate(axeSource);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({
            resultTypes: ['violations'],
          }),
        );
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            serious.push(
              `${path}: ${violation.id} (${violation.impact}) ${violation.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
            );
          } else lesser[violation.id] = (lesser[violation.id] ?? 0) + 1;
        }
      }
      await context.close();
      console.log(
        `axe (${colorScheme}): ${paths.length} pages, serious/critical: ${serious.length}, lesser: ${JSON.stringify(lesser)}`,
      );
      expect(serious).toEqual([]);
    },
    300_000,
  );
});

describe('the keyboard', () => {
  it('reaches every link and control in order, with a visible focus, starting with a skip link to the content', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const problems: string[] = [];
    for (const path of samplePages(distDir, 1)) {
      await page.goto(`${baseURL}${path}`);
      const focusable = await page.evaluate(() => {
        const candidates = document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        );
        // Only what a sighted reader can reach: hidden share buttons (no JavaScript feature) do not count.
        return [...candidates].filter(
          (el) => el.checkVisibility() && el.closest('details:not([open]) > :not(summary)') === null,
        ).length;
      });
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return {
          text: el?.textContent?.trim(),
          href: el?.getAttribute('href'),
          onScreen: !!box && box.left >= 0 && box.top >= 0 && box.width > 0,
        };
      });
      if (skip.text !== 'Skip to content' || skip.href !== '#main' || !skip.onScreen)
        problems.push(`${path}: the first Tab does not show a skip link (${JSON.stringify(skip)})`);
      await page.keyboard.press('Enter');
      if ((await page.evaluate(() => document.activeElement?.id)) !== 'main')
        problems.push(`${path}: the skip link does not move focus to the main content`);
      // Tab from the top of a fresh load through the whole page, noting each stop and whether the focus can be seen.
      await page.goto(`${baseURL}${path}`);
      const stops = new Set<string>();
      for (let i = 0; i < focusable + 5; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const index = [...document.querySelectorAll('*')].indexOf(el);
          return { key: `${el.tagName.toLowerCase()}#${index} ${el.textContent?.trim().slice(0, 30)}`, visible };
        });
        if (!stop) break;
        if (!stop.visible) problems.push(`${path}: no visible focus on ${stop.key}`);
        stops.add(stop.key);
      }
      if (stops.size < focusable)
        problems.push(`${path}: Tab reached ${stops.size} of ${focusable} links and controls`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('the built site', () => {
  it('is valid HTML on every page (html-validate, recommended rules)', async () => {
    // long-title is search-engine advice (titles over 70 characters get cut), not validity: headlines run long.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const pages = builtPages(distDir);
    const errors: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
      for (const { messages } of report.results)
        for (const m of messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(pages.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  }, 120_000);

  it('has no broken internal link: every href, src and feed or sitemap URL on this site leads to a file, every #fragment to an id', () => {
    // The hostile-markup fixture keeps an <img src="x"> on purpose: it carried an onerror handler that must be gone.
    const knownBroken = /-> \/2020\/12\/31\/year-end-review\/x: no such file$/;
    const { checked, broken } = checkLinks(distDir, 'https://dateline.example');
    console.log(`links: ${checked} internal links checked, ${broken.length} broken`);
    expect(checked).toBeGreaterThan(50);
    expect(broken.filter((link) => !knownBroken.test(link))).toEqual([]);
  });

  it('has feeds and sitemaps that are well-formed XML', async () => {
    const page = await browser.newPage();
    for (const name of ['rss.xml', 'atom.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'news-sitemap.xml']) {
      expect(await xmlError(page, readFileSync(join(distDir, name), 'utf8')), name).toBeNull();
    }
    expect(await xmlError(page, '<rss><channel></rss>')).not.toBeNull();
    await page.close();
  });
});
