// Photographs in an article's text across rebuilds, as a newsroom works: a photograph replaced under its own name is
// published though its article is untouched, one left as it was is not encoded again, and one deleted fails the build
// naming the article.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './build-site.ts';

const content = mkdtempSync(join(tmpdir(), 'dateline-photo-rebuild-'));
const folder = join(content, '2021', '04', '02');
mkdirSync(folder, { recursive: true });
const photo = (background: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer();
writeFileSync(join(folder, 'piles.jpg'), await photo('#369'));
writeFileSync(join(folder, 'stall.jpg'), await photo('#963'));
writeFileSync(
  join(folder, 'wharf.md'),
  '---\ndate: 2021-04-02\n---\n\n# Harbour board votes to rebuild the wharf\n\nThe board voted on Thursday.\n\n![Old piles at low tide](./piles.jpg "The piles come out first.")\n\nThe mayor welcomed the vote.\n\n![A fish stall on the wharf](./stall.jpg)\n\nWork begins in May.\n',
);
const page = '2021/04/02/wharf/index.html';
const builds: SiteBuild[] = [];
// Three builds, on a loaded 2-core machine.
const BUILDS_TIMEOUT = 240_000;

/** The photograph files a built page refers to, by photograph (`piles`, `stall`). */
function photoFiles(build: SiteBuild): Record<string, string[]> {
  const html = readFileSync(join(build.dist, page), 'utf8');
  const files = [...new Set([...html.matchAll(/\/_astro\/([a-z]+)\.[^\s",]+/g)].map(([path]) => path))].sort();
  return Object.groupBy(files, (file) => file.split('/').at(-1)!.split('.')[0]!) as Record<string, string[]>;
}

/** The variants the build log says were encoded (not reused from the cache), by photograph. */
const encoded = (build: SiteBuild, name: string) =>
  build.output
    .split('\n')
    .filter((line) => line.includes(`/_astro/${name}.`) && !line.includes('(reused cache entry)'));

afterAll(() => {
  builds[0]?.remove();
  rmSync(content, { recursive: true, force: true });
});

describe('photographs in the text, rebuilt', () => {
  it(
    'publishes a photograph replaced under its name, and encodes only that one again; a deleted one fails the build',
    async () => {
      const first = buildSite(content, { DATELINE_SHARE_IMAGES: '0' });
      builds.push(first);
      expect(first.ok, first.output).toBe(true);
      const before = photoFiles(first);
      // AVIF, WebP and JPEG at 480 and 800 px and the photograph's own 900.
      expect(before['piles']).toHaveLength(9);
      expect(before['stall']).toHaveLength(9);

      // Only the photograph changes: its article, and so its stored body, is the same.
      writeFileSync(join(folder, 'piles.jpg'), await photo('#693'));
      const second = buildSite(content, { DATELINE_SHARE_IMAGES: '0' }, { again: first });
      expect(second.ok, second.output).toBe(true);
      const after = photoFiles(second);
      expect(after['stall']).toEqual(before['stall']);
      expect(after['piles']).toHaveLength(9);
      expect(after['piles']?.filter((file) => before['piles']?.includes(file))).toEqual([]);
      for (const file of Object.values(after).flat()) expect(existsSync(join(second.dist, file)), file).toBe(true);
      expect(encoded(second, 'piles')).toHaveLength(9);
      expect(encoded(second, 'stall')).toEqual([]);

      rmSync(join(folder, 'stall.jpg'));
      const third = buildSite(content, { DATELINE_SHARE_IMAGES: '0' }, { again: first });
      expect(third.ok).toBe(false);
      expect(third.output).toMatch(
        /2021\/04\/02\/wharf\.md: the photograph "\.\/stall\.jpg" is not there \(no file .*2021\/04\/02\/stall\.jpg\): put it beside the article or correct the name/,
      );
    },
    BUILDS_TIMEOUT,
  );
});
