import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  foldersOf,
  outputFolderIdentity,
  ownedFilesBefore,
  ownedOutputFiles,
  staleOutputFiles,
} from './stale-output.ts';

describe('ownedOutputFiles', () => {
  it('lists the files of the trees the build owns, at any depth, and nothing outside them', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dateline-owned-'));
    const files = [
      '2021/04/07/talks/quote-3/index.html',
      '2021/04/07/talks.json',
      'people/someone/page/2/index.html',
      '_astro/site.css',
      'page/2/index.html',
      'pagefind/fragment/en_1.pf_fragment',
      'index.html',
      'favicon.svg',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    mkdirSync(join(dist, '2021/05'));
    try {
      expect(ownedOutputFiles(dist).sort()).toEqual(files.slice(0, 5).sort());
    } finally {
      rmSync(dist, { recursive: true });
    }
  });
});

describe('ownedFilesBefore', () => {
  it('takes the record the last build made of this output folder, with the script bundles listed afresh', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dateline-before-'));
    for (const file of ['2021/04/07/talks/index.html', '2021/04/07/unrecorded/index.html', '_astro/new.css']) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    try {
      const recorded = ['2021/04/07/talks/index.html', '2021/04/07/talks/quote-1/index.html', '_astro/old.css'];
      expect(ownedFilesBefore(dist, { folder: outputFolderIdentity(dist), files: recorded })).toEqual([
        '2021/04/07/talks/index.html',
        '2021/04/07/talks/quote-1/index.html',
        '_astro/new.css',
      ]);
      // Another folder's record (this one was made anew), or none: the folder is walked.
      const walked = ['2021/04/07/talks/index.html', '2021/04/07/unrecorded/index.html', '_astro/new.css'];
      expect(ownedFilesBefore(dist, { folder: 'another', files: recorded }).sort()).toEqual(walked);
      expect(ownedFilesBefore(dist, null).sort()).toEqual(walked);
    } finally {
      rmSync(dist, { recursive: true });
    }
  });
});

describe('staleOutputFiles', () => {
  it('removes what the build no longer makes inside the trees it owns, and nothing outside them', () => {
    const files = [
      '2021/04/07/talks/index.html',
      '2021/04/07/talks/quote-3/index.html',
      '2021/04/07/deleted/index.html',
      'people/someone/index.html',
      '_astro/old.css',
      '_astro/new.css',
      'pagefind/pagefind.js',
      'favicon.svg',
      'sitemap-0.xml',
      'index.html',
    ];
    const expected = new Set(['2021/04/07/talks/index.html', '_astro/new.css', 'index.html']);
    expect(staleOutputFiles(files, expected)).toEqual([
      '2021/04/07/talks/quote-3/index.html',
      '2021/04/07/deleted/index.html',
      'people/someone/index.html',
      '_astro/old.css',
    ]);
  });
});

describe('foldersOf', () => {
  it('lists every folder above the files once, deepest first, so that emptied ones can be removed bottom-up', () => {
    expect(
      foldersOf(['2020/12/31/gone/index.html', '2020/12/31/gone/quote-1/index.html', '2020/12/31/index.html']),
    ).toEqual(['2020/12/31/gone/quote-1', '2020/12/31/gone', '2020/12/31', '2020/12', '2020']);
  });
});
