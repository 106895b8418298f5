// Rebuilding into the output of an earlier build, as a newsroom does after each edit: the output folder is kept, so
// what an edit changes must be written again, and what a deletion takes away must be gone.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './build-site.ts';

const content = mkdtempSync(join(tmpdir(), 'dateline-rebuild-'));
cpSync('content/articles', content, { recursive: true });
cpSync('tests/fixtures/articles/2020', join(content, '2020'), { recursive: true });
const seed = '2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood';
const other = '2020/12/31/year-end-review';
// A quotation of its own, so that the article to be deleted has a quote page to lose.
writeFileSync(
  join(content, `${other}.md`),
  `${readFileSync(join(content, `${other}.md`), 'utf8')}\n“We will be back next year,” said Jane Roe, the editor.\n`,
);
const builds: SiteBuild[] = [];
// Each test runs two whole builds, which on a loaded 2-core machine take longer than the default 30 s together.
const BUILDS_TIMEOUT = 180_000;
const read = (build: SiteBuild, path: string) => readFileSync(join(build.dist, path), 'utf8');
/** The text a year's search bundle holds: its page fragments, gzipped JSON. */
const indexedText = (build: SiteBuild, year: string) => {
  const folder = join(build.dist, 'pagefind', year, 'fragment');
  return readdirSync(folder)
    .map((file) => gunzipSync(readFileSync(join(folder, file))).toString('utf8'))
    .join('\n');
};
/** The files of the bodies folder in a build's cache (src/build/article-bodies.ts). */
const keptBodies = (build: SiteBuild) => readdirSync(join(dirname(build.dist), 'cache', 'dateline', 'bodies'));
const articleCount = () =>
  readdirSync(content, { recursive: true }).filter((file) => String(file).endsWith('.md')).length;
const indexedAt = (build: SiteBuild, year: string) =>
  statSync(join(build.dist, 'pagefind', year, 'pagefind-entry.json')).mtimeMs;

afterAll(() => {
  builds[0]?.remove();
  rmSync(content, { recursive: true, force: true });
});

describe('a rebuild into the same output', () => {
  it(
    'publishes an edit to an article, its twin and its quote pages',
    () => {
      const first = buildSite(content, { DATELINE_SHARE_IMAGES: '0' });
      builds.push(first);
      expect(first.ok, first.output).toBe(true);
      expect(read(first, `${seed}/quote-2/index.html`)).toContain('Russia is an important country');

      expect(indexedText(first, '2021')).toContain('Russia is an important country');
      const untouchedYear = indexedAt(first, '2020');

      const file = join(content, `${seed}.md`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('Russia is an important country', 'Russia is a vital country'),
      );
      const second = buildSite(content, { DATELINE_SHARE_IMAGES: '0' }, { again: first });
      expect(second.ok, second.output).toBe(true);
      expect(read(second, `${seed}/index.html`)).toContain('Russia is a vital country');
      expect(read(second, `${seed}.json`)).toContain('Russia is a vital country');
      expect(read(second, `${seed}/quote-2/index.html`)).toContain('Russia is a vital country');
      // Search finds the new words, not the old ones; the other year's index was left as it was.
      expect(indexedText(second, '2021')).toContain('Russia is a vital country');
      expect(indexedText(second, '2021')).not.toContain('Russia is an important country');
      expect(indexedAt(second, '2020')).toBe(untouchedYear);
      // The cache keeps one body per article: the edited article's old body is gone from it.
      expect(keptBodies(second)).toHaveLength(articleCount());
    },
    BUILDS_TIMEOUT,
  );

  it(
    'takes a deleted article off the site: its page, twin and quote pages, and its day and year, now empty, folders and all',
    () => {
      const [first] = builds;
      if (!first) throw new Error('the first test builds the site');
      expect(existsSync(join(first.dist, other, 'index.html'))).toBe(true);
      expect(existsSync(join(first.dist, other, 'quote-1/index.html'))).toBe(true);
      rmSync(join(content, `${other}.md`));
      const again = buildSite(content, { DATELINE_SHARE_IMAGES: '0' }, { again: first });
      expect(again.ok, again.output).toBe(true);
      for (const gone of [
        `${other}/index.html`,
        `${other}.json`,
        `${other}/quote-1/index.html`,
        other,
        '2020/12/31/index.html',
        '2020',
      ])
        expect(existsSync(join(again.dist, gone)), gone).toBe(false);
      expect(existsSync(join(again.dist, `${seed}/quote-1/index.html`))).toBe(true);
      expect(read(again, 'index.html')).not.toContain('year-end-review');
      // Nor can search find it: the year it was the last article of has no search index left, and the search page
      // no longer asks for one.
      expect(existsSync(join(again.dist, 'pagefind/2020'))).toBe(false);
      expect(read(again, 'search/index.html')).toContain('data-search-bundles="/pagefind/2021/"');
    },
    BUILDS_TIMEOUT,
  );

  it(
    'renders again the articles whose bodies were deleted from the cache, instead of publishing them empty',
    () => {
      const [first] = builds;
      if (!first) throw new Error('the first test builds the site');
      rmSync(join(dirname(first.dist), 'cache', 'dateline', 'bodies'), { recursive: true });
      const again = buildSite(content, { DATELINE_SHARE_IMAGES: '0' }, { again: first });
      expect(again.ok, again.output).toBe(true);
      expect(read(again, `${seed}/index.html`)).toContain('Russia is a vital country');
      expect(read(again, `${seed}.json`)).toContain('Russia is a vital country');
      expect(keptBodies(again)).toHaveLength(articleCount());
    },
    BUILDS_TIMEOUT,
  );
});
