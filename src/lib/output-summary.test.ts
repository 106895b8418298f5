import { describe, expect, it } from 'vitest';
import { formatSummary, hostWarnings, outputKind, summarizeOutput } from './output-summary.ts';

describe('outputKind', () => {
  it('sorts the files a build writes by what they are', () => {
    const paths = [
      'index.html',
      '2021/04/07/talks/index.html',
      '2021/04/07/talks/quote-2/index.html',
      '2021/04/07/talks/quote-2/card.png',
      '2021/04/07/talks/share.png',
      'share.png',
      'pagefind/2021/pagefind.js',
      '2021/04/07/talks.json',
      '_astro/a.css',
      'rss.xml',
      '_headers',
    ];
    expect(paths.map(outputKind)).toEqual([
      'pages',
      'pages',
      'quote pages',
      'images',
      'images',
      'images',
      'search',
      'twins',
      'other',
      'other',
      'other',
    ]);
  });
});

/** A site of `articles` articles with `quotes` quote pages and cards each, sized as the benchmark's were. */
function site(articles: number, quotes: number, { card = 45_000, page = 30_000 } = {}) {
  const files = [];
  for (let i = 0; i < articles; i++) {
    files.push(
      { path: `2025/01/01/a${i}/index.html`, bytes: page },
      { path: `2025/01/01/a${i}/share.png`, bytes: card },
      { path: `2025/01/01/a${i}.json`, bytes: 4_000 },
    );
    for (let q = 1; q <= quotes; q++)
      files.push(
        { path: `2025/01/01/a${i}/quote-${q}/index.html`, bytes: 7_000 },
        { path: `2025/01/01/a${i}/quote-${q}/card.png`, bytes: card },
      );
  }
  return summarizeOutput(files);
}

describe('the build summary', () => {
  it('counts files and bytes by kind in one line', () => {
    expect(formatSummary(site(2, 1))).toBe(
      'wrote 10 files, 0.3 MB: pages 2 (0.1 MB), quote pages 2 (0.0 MB), images 4 (0.2 MB), twins 2 (0.0 MB)',
    );
  });

  it('warns of nothing when every host takes the site', () => {
    expect(hostWarnings(site(1_000, 1, { card: 15_000 }))).toEqual([]);
  });

  it('names each host whose limit the output passes, and the smallest switch that brings it under', () => {
    // 1,000 articles with five quote pages and cards each: 13,000 files, 339 MB.
    expect(hostWarnings(site(1_000, 5))).toEqual([]);
    // 4,000 articles: 52,000 files, 1.36 GB; without the quote pages and their cards, 12,000 files, 316 MB.
    expect(hostWarnings(site(4_000, 5))).toMatchInlineSnapshot(`
      [
        "Cloudflare Pages (free plan): the output passes its limit of 20,000 files; set sharedQuotesPerArticle: 0 in src/site.config.ts to publish 12,000 files, 316.0 MB",
        "GitHub Pages: the output passes its limit of 1.00 GB; set sharedQuotesPerArticle: 0 in src/site.config.ts to publish 12,000 files, 316.0 MB",
        "GitLab Pages: the output passes its limit of 1.00 GB; set sharedQuotesPerArticle: 0 in src/site.config.ts to publish 12,000 files, 316.0 MB",
      ]
    `);
  });
});
