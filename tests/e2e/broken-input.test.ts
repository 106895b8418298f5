// Broken and unusual input, table-driven: what the build refuses (one failing build lists every problem, each with
// its file and a fix) and what it publishes (every word on the page, right-to-left scripts set right to left).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swallowingVectors } from '../xss/vectors.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { serveStatic } from './static-server.ts';

interface Rejected {
  name: string;
  /** Path under the content folder. */
  file: string;
  content: string | Uint8Array;
  /** What the build must say about the file (after "<file>:<line>: ", or "<file>: " where no line is known). */
  message: RegExp;
  /** The line the build must name, where one is known. */
  line?: number;
}

interface Accepted {
  name: string;
  file: string;
  content: string | Uint8Array;
  /** Site path of the page, or null when the article must be held back. */
  path: string | null;
  headline?: string;
  /** Every word of the body, as the page must show it. */
  words?: string;
  dir?: 'rtl' | 'ltr';
}

const article = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const rejected: Rejected[] = [
  {
    name: 'missing date',
    file: '2021/04/07/no-date.md',
    content: article('title: No date', 'Text.'),
    message: /"date" is missing: add a line "date: 2021-04-07" to the front matter/,
  },
  {
    name: 'impossible date',
    file: '2021/02/28/impossible.md',
    content: article('date: 2021-02-30', '# Impossible\n\nText.'),
    line: 2,
    message: /date: "2021-02-30" is not a calendar date: month 2 of 2021 has 28 days; write a calendar date YYYY-MM-DD/,
  },
  {
    name: 'impossible month',
    file: 'month-13.md',
    content: article('date: "2021-13-01"', '# Month 13\n\nText.'),
    message: /date: "2021-13-01" has no month 13; write a calendar date YYYY-MM-DD/,
  },
  {
    name: 'date in words',
    file: 'in-words.md',
    content: article('date: April 7, 2021', '# In words\n\nText.'),
    message: /"date": "April 7, 2021" is not a date of the form YYYY-MM-DD; write a calendar date YYYY-MM-DD/,
  },
  {
    name: 'date with a time zone offset',
    file: '2021/04/07/offset.md',
    content: article('date: 2021-04-07T10:00:00+05:00', '# Offset\n\nText.'),
    message: /date: "2021-04-07T10:00:00\+05:00" has a time or time zone: write the day alone, as YYYY-MM-DD/,
  },
  {
    name: 'date at UTC midnight',
    file: '2021/04/07/utc.md',
    content: article('date: 2021-04-07T00:00:00Z', '# UTC\n\nText.'),
    message: /date: "2021-04-07T00:00:00Z" has a time or time zone/,
  },
  {
    name: 'invalid YAML',
    file: '2021/04/07/bad-yaml.md',
    content: article('date: 2021-04-07\ntitle: Lavrov: "talks" went well\n  place: Islamabad', 'Text.'),
    line: 4,
    message:
      /the front matter is not valid YAML \(.+\): check the indentation, and put text containing ": " or starting with a quote mark in quotes/,
  },
  {
    name: 'unknown field',
    file: '2021/04/07/typo.md',
    content: article('date: 2021-04-07\ntittle: Typo', '# Typo\n\nText.'),
    line: 3,
    message: /unknown field "tittle": remove it or correct its spelling \(the fields are date, title/,
  },
  {
    name: 'empty field',
    file: '2021/04/07/empty-title.md',
    content: article("date: 2021-04-07\ntitle: ''", '# Empty title\n\nText.'),
    message: /"title" is empty: give it text or delete the line/,
  },
  {
    name: 'draft not a boolean',
    file: '2021/04/07/draft.md',
    content: article('date: 2021-04-07\ndraft: maybe', '# Draft\n\nText.'),
    message: /"draft" must be true or false, not "maybe"/,
  },
  {
    name: 'no headline',
    file: '2021/04/07/no-headline.md',
    content: article('date: 2021-04-07', 'Just a paragraph, no headline.'),
    message: /no headline: start the article with a "# Headline" line, or set "title" in its front matter/,
  },
  {
    name: 'empty body',
    file: '2021/04/07/empty-body.md',
    content: article('date: 2021-04-07', '# Only a headline'),
    message: /no body: the article has no paragraph of text under its headline/,
  },
  { name: 'empty file', file: '2021/04/07/empty-file.md', content: '', message: /"date" is missing/ },
  {
    name: 'duplicate permalink',
    file: 'elsewhere/2021/04/07/talks.md',
    content: article('date: 2021-04-07', '# Talks again\n\nText.'),
    message:
      /same day and slug as .*2021\/04\/07\/talks\.md, so both would be published at one URL: rename one of them/,
  },
  {
    name: 'folder and date disagree',
    file: '2021/04/08/wrong-day.md',
    content: article('date: 2021-04-07', '# Wrong day\n\nText.'),
    message: /the file is in the folder for 2021-04-08 but its date is 2021-04-07: move the file or correct the date/,
  },
  {
    name: 'file name not a slug',
    file: '2021/04/07/Big News.md',
    content: article('date: 2021-04-07', '# Big news\n\nText.'),
    message: /the file name "Big News" is not a slug: use lower-case words joined by "-"/,
  },
  {
    name: 'non-UTF-8 bytes',
    file: '2021/04/07/latin-1.md',
    content: latin1(article('date: 2021-04-07', '# Caf\u00e9 talks\n\nThe caf\u00e9 was full.')),
    line: 5,
    message:
      /the file is not UTF-8 text \(byte 0xE9 is not valid UTF-8; it was probably saved as Latin-1 or Windows-1252\): save it as UTF-8, or import it with npm run import -- --encoding windows-1252/,
  },
  {
    name: 'control character in the body',
    file: '2021/04/07/control.md',
    content: article('date: 2021-04-07', '# Control\n\nA NUL\u0000 here.'),
    line: 7,
    message: /column 6 holds the invisible control character U\+0000: delete it/,
  },
  ...swallowingVectors.map(({ unsafeHtml }, i) => ({
    name: `raw HTML that swallows the copy after it: ${unsafeHtml.slice(0, 30)}`,
    file: `2021/04/07/swallowing-${i}.md`,
    content: article(
      'date: 2021-04-07',
      `# Swallowed\n\nThe first paragraph.\n\n${unsafeHtml}\n\nThe paragraph it would swallow.`,
    ),
    message:
      /raw HTML takes text off the page \(".*" would not be shown where it is written\): an HTML comment, tag or attribute quote before it is never closed: close it, or write "\\<" to show a "<" as text|the text holds an HTML tag that is never closed \(".*"\), which the page would show as it is: end the tag with ">", or write "\\<" to show a "<"/,
  })),
  {
    name: 'photograph without alt text',
    file: '2021/04/07/no-alt.md',
    content: article('date: 2021-04-07\nimage: ./talks.jpg', '# No alt\n\nText.'),
    message: /the photograph "\.\/talks\.jpg" has no "imageAlt": add a line "imageAlt: <what the photograph shows>"/,
  },
  {
    name: 'photograph missing',
    file: '2021/04/07/no-photo.md',
    content: article('date: 2021-04-07\nimage: ./gone.jpg\nimageAlt: Gone', '# No photo\n\nText.'),
    message:
      /the photograph "\.\/gone\.jpg" is not there \(no file .*2021\/04\/07\/gone\.jpg\): put it beside the article or correct the name/,
  },
  {
    name: 'photograph on another site',
    file: '2021/04/07/remote-photo.md',
    content: article('date: 2021-04-07\nimage: https://tracker.example/p.jpg\nimageAlt: Remote', '# Remote\n\nText.'),
    message:
      /the photograph "https:\/\/tracker\.example\/p\.jpg" is on another site: download it and put it beside the article/,
  },
  {
    name: 'photograph that is no image',
    file: '2021/04/07/broken-photo.md',
    content: article('date: 2021-04-07\nimage: ./broken.jpg\nimageAlt: Broken', '# Broken\n\nText.'),
    message:
      /the photograph "\.\/broken\.jpg" cannot be read as an image \(.+\): the file is damaged or not a photograph/,
  },
  {
    name: 'photograph in the text on another site',
    file: '2021/04/07/remote-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\n![A photograph](https://tracker.example/p.jpg)'),
    line: 9,
    message:
      /the photograph "https:\/\/tracker\.example\/p\.jpg" is on another site: download it and put it beside the article/,
  },
  {
    name: 'photograph in the text missing',
    file: '2021/04/07/missing-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\n![Gone](./gone-in-text.jpg)'),
    line: 9,
    message:
      /the photograph "\.\/gone-in-text\.jpg" is not there \(no file .*2021\/04\/07\/gone-in-text\.jpg\): put it beside the article or correct the name/,
  },
  {
    name: 'photograph in the text without a description',
    file: '2021/04/07/no-alt-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\n![](./piles.jpg "The piles")'),
    line: 9,
    message:
      /the image "\.\/piles\.jpg" has no description: write what it shows between the brackets, as in !\[Reporters outside the ministry\]\(\.\/piles\.jpg\)/,
  },
  {
    name: 'photograph in the text inside a line of text',
    file: '2021/04/07/inline-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\nThe piles ![Piles](./piles.jpg) come out first.'),
    line: 9,
    message:
      /the photograph "\.\/piles\.jpg" stands inside a line of text or a link: give it a paragraph of its own, with a blank line before and after it/,
  },
  {
    name: 'photograph in the text in another format',
    file: '2021/04/07/svg-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\n![A chart](./chart.svg)'),
    line: 9,
    message:
      /the photograph "\.\/chart\.svg" is not a JPEG, PNG, WebP or AVIF file \(its name ends in "\.svg"\): export it as JPEG/,
  },
  {
    name: 'photograph in the text that is no image',
    file: '2021/04/07/broken-in-text.md',
    content: article('date: 2021-04-07', '# In the text\n\nText.\n\n![Broken](./broken.jpg)'),
    line: 9,
    message:
      /the photograph "\.\/broken\.jpg" cannot be read as an image \(.+\): the file is damaged or not a photograph; export it again as JPEG/,
  },
  {
    name: 'author without a file',
    file: '2021/04/07/unknown-author.md',
    content: article('date: 2021-04-07\nauthors: [jane-deo, Reuters]', '# Unknown author\n\nText.'),
    message:
      /the author "jane-deo" has no file .*authors\/jane-deo\.md: add one \(name, role, a short bio\), correct the slug, or write a wire's name as it is printed/,
  },
  {
    name: 'control character in front matter',
    file: '2021/04/07/control-yaml.md',
    content: article('date: 2021-04-07\nbyline: "Staff\\u0007"', '# Bell\n\nText.'),
    message: /"byline": holds an invisible control character \(such as U\+0000\): delete it/,
  },
];

/** A paragraph of numbered words, so that a lost word anywhere is found. */
const numberedWords = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');
const twoMegabytes = Array.from({ length: 2200 }, (_, p) => numberedWords(p * 100, 100)).join('\n\n');

const accepted: Accepted[] = [
  {
    name: 'byte order mark',
    file: '2021/04/07/bom.md',
    content: `\uFEFF${article('date: 2021-04-07', '# A file with a byte order mark\n\nEditors on Windows save one at the start.')}`,
    path: '/2021/04/07/bom/',
    headline: 'A file with a byte order mark',
    words: 'Editors on Windows save one at the start.',
  },
  {
    name: 'CRLF line endings',
    file: '2021/04/07/crlf.md',
    content: article(
      'date: 2021-04-07\nbyline: Desk',
      '# Lines that end in CRLF\n\nFirst paragraph here.\n\nSecond paragraph there.',
    ).replaceAll('\n', '\r\n'),
    path: '/2021/04/07/crlf/',
    headline: 'Lines that end in CRLF',
    words: 'First paragraph here. Second paragraph there. By Desk',
  },
  {
    name: 'Urdu, right to left',
    file: '2021/04/07/urdu.md',
    content: article(
      'date: 2021-04-07\nlang: ur',
      '# شاہ محمود قریشی نے روسی وزیر خارجہ کا استقبال کیا\n\nوزیر خارجہ شاہ محمود قریشی نے اسلام آباد میں سرگئی لاوروف سے ملاقات کی۔',
    ),
    path: '/2021/04/07/urdu/',
    headline: 'شاہ محمود قریشی نے روسی وزیر خارجہ کا استقبال کیا',
    words: 'وزیر خارجہ شاہ محمود قریشی نے اسلام آباد میں سرگئی لاوروف سے ملاقات کی۔',
    dir: 'rtl',
  },
  {
    name: 'Arabic without a lang field: its script decides',
    file: '2021/04/07/arabic.md',
    content: article(
      'date: 2021-04-07',
      '# وصل وزير الخارجية الروسي إلى إسلام آباد\n\nقال الوزير إن المحادثات كانت مثمرة.',
    ),
    path: '/2021/04/07/arabic/',
    headline: 'وصل وزير الخارجية الروسي إلى إسلام آباد',
    words: 'قال الوزير إن المحادثات كانت مثمرة.',
    dir: 'rtl',
  },
  {
    name: 'Russian',
    file: '2021/04/07/russian.md',
    content: article(
      'date: 2021-04-07\nlang: ru',
      '# Лавров прибыл в Исламабад\n\nМинистр иностранных дел России Сергей Лавров прибыл в Пакистан.',
    ),
    path: '/2021/04/07/russian/',
    headline: 'Лавров прибыл в Исламабад',
    words: 'Министр иностранных дел России Сергей Лавров прибыл в Пакистан.',
    dir: 'ltr',
  },
  {
    name: 'Chinese',
    file: '2021/04/07/chinese.md',
    content: article(
      'date: 2021-04-07\nlang: zh',
      '# 拉夫罗夫抵达伊斯兰堡\n\n俄罗斯外长拉夫罗夫抵达巴基斯坦，与库雷希举行会谈。',
    ),
    path: '/2021/04/07/chinese/',
    headline: '拉夫罗夫抵达伊斯兰堡',
    words: '俄罗斯外长拉夫罗夫抵达巴基斯坦，与库雷希举行会谈。',
    dir: 'ltr',
  },
  {
    name: 'emoji',
    file: '2021/04/07/emoji.md',
    content: article(
      'date: 2021-04-07\nsummary: Flags 🇵🇰 🇷🇺 and a family 👨‍👩‍👧',
      '# Talks end with a handshake 🤝\n\nBoth sides were pleased 😀 and posted 🇵🇰🇷🇺 flags.',
    ),
    path: '/2021/04/07/emoji/',
    headline: 'Talks end with a handshake 🤝',
    words: 'Both sides were pleased 😀 and posted 🇵🇰🇷🇺 flags.',
  },
  {
    name: 'unbalanced quote marks',
    file: '2021/04/07/unbalanced.md',
    content: article(
      'date: 2021-04-07',
      '# The quote that never closes\n\nQureshi said "we will continue the talks tomorrow.\n\nHe added: “it was a good day and a ‘useful meeting.\n\nLavrov\'s aide said nothing".',
    ),
    path: '/2021/04/07/unbalanced/',
    headline: 'The quote that never closes',
    words:
      'Qureshi said we will continue the talks tomorrow. He added: it was a good day and a useful meeting. Lavrov s aide said nothing .',
  },
  {
    name: 'a 2 MB article',
    file: '2021/04/06/long.md',
    content: article('date: 2021-04-06', `# A very long transcript\n\n${twoMegabytes}`),
    path: '/2021/04/06/long/',
    headline: 'A very long transcript',
    words: twoMegabytes,
  },
  {
    name: 'the article that shares a day with the duplicate, published when alone',
    file: '2021/04/07/talks.md',
    content: article('date: 2021-04-07', '# Talks\n\nThe first article with this slug.'),
    path: '/2021/04/07/talks/',
    headline: 'Talks',
    words: 'The first article with this slug.',
  },
  {
    name: 'a future date: held back, not published',
    file: '2999/01/01/from-the-future.md',
    content: article('date: 2999-01-01', '# Not yet\n\nScheduled copy.'),
    path: null,
  },
];

function writeArticles(root: string, articles: ReadonlyArray<{ file: string; content: string | Uint8Array }>): string {
  for (const { file, content } of articles) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

/** Quote marks become curly (smartypants) or move into markup; the words between them must all be there. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (text: string) => text.split(/[\s"'“”‘’]+/u).filter(Boolean);

let work: string;
let refused: SiteBuild;
let published: SiteBuild;
let server: Server | undefined;
let baseURL = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dateline-broken-'));
  const talks = accepted.find((a) => a.file === '2021/04/07/talks.md');
  // One failing build over every rejected file, plus a good one that must not be named.
  // The photographs the rejected articles name, where they exist at all.
  const photos = [
    { file: '2021/04/07/broken.jpg', content: 'not a photograph' },
    {
      file: '2021/04/07/piles.jpg',
      content: await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } })
        .jpeg()
        .toBuffer(),
    },
    { file: '2021/04/07/chart.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
  ];
  refused = buildSite(writeArticles(join(work, 'refused'), [...rejected, ...photos, ...(talks ? [talks] : [])]));
  published = buildSite(writeArticles(join(work, 'published'), accepted));
  if (!published.ok) throw new Error(`the accepted articles did not build:\n${published.output.slice(-6000)}`);
  const served = await serveStatic(published.dist);
  server = served.server;
  baseURL = served.url;
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  refused?.remove();
  published?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build with broken articles', () => {
  it('fails', () => {
    expect(refused.ok).toBe(false);
  });

  it.each(rejected)('names the file and says how to fix it: $name', ({ file, line, message }) => {
    const where =
      line === undefined
        ? new RegExp(`${escapeRegExp(file)}(?::\\d+)?: `)
        : new RegExp(`${escapeRegExp(file)}:${line}: `);
    const said = refused.output.split('\n').find((l) => where.test(l) && message.test(l));
    expect(
      said,
      `no line for ${file} matching ${where} and ${message}; the build said:\n${refused.output.slice(-5000)}`,
    ).toBeDefined();
  });

  it('says it without a stack trace into our code or a raw error object', () => {
    expect(refused.output).not.toMatch(
      /Stack trace|articles-loader|ancestors: undefined|Failed to parse Markdown file/,
    );
  });

  it('lists every problem once, and nothing about the good article', () => {
    // One line per rejected file, and two for the empty file (no date, no headline). The duplicate is blamed on
    // the file that sorts second; the good article that shares its URL is not named.
    expect(refused.output).toContain(`${rejected.length + 1} problem(s) in the articles`);
    expect(refused.output).not.toMatch(/refused\/2021\/04\/07\/talks\.md[:\d]*: /);
  });
});

describe('astro check', () => {
  it('reports a problem in an article with the same sentence as the build', () => {
    const folder = writeArticles(
      join(work, 'check'),
      rejected.filter(({ name }) => name === 'unknown field' || name === 'no headline'),
    );
    const checked = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
      env: {
        ...process.env,
        DATELINE_CONTENT: folder,
        DATELINE_CACHE_DIR: join(work, 'check-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    });
    const output = `${checked.stdout}\n${checked.stderr}`;
    expect(checked.status).not.toBe(0);
    const sentences = (text: string) =>
      text
        .split('\n')
        .filter((line) => /(typo|no-headline)\.md[:\d]*: /.test(line))
        .map((line) => line.replace(/^.*?(20\d\d\/)/, '$1'));
    expect(sentences(output)).toHaveLength(2);
    expect(sentences(refused.output)).toEqual(expect.arrayContaining(sentences(output)));
    expect(output).not.toMatch(/Stack trace|articles-loader|ancestors: undefined/);
  }, 300_000);
});

describe('unusual articles that are published', () => {
  const shown = accepted.filter((a): a is Accepted & { path: string } => a.path !== null);

  it.each(shown)(
    'shows every word: $name',
    async ({ path, headline, words = '', dir }) => {
      await page.goto(`${baseURL}${path}`);
      const rendered = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent ?? '',
        text: document.querySelector('main')?.textContent ?? '',
        dir: document.querySelector('main > article')?.getAttribute('dir') ?? '',
      }));
      expect(rendered.h1).toBe(headline);
      const present = new Set(wordsOf(rendered.text));
      const missing = wordsOf(words).filter((word) => !present.has(word) && !rendered.text.includes(word));
      expect(missing.slice(0, 20), `${missing.length} word(s) missing`).toEqual([]);
      if (dir) expect(rendered.dir).toBe(dir);
    },
    120_000,
  );

  it('holds back an article dated in the future, and says so in the build log', async () => {
    const response = await page.goto(`${baseURL}/2999/01/01/from-the-future/`);
    expect(response?.status()).toBe(404);
    expect(published.output).toMatch(
      /2999\/01\/01\/from-the-future\.md: dated 2999-01-01, after today \(\d{4}-\d{2}-\d{2}\): held back until the first build on or after that day/,
    );
  });
});
