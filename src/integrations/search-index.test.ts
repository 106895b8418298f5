import { describe, expect, it } from 'vitest';
import { isArticlePage, yearSignatures, yearsToIndex } from './search-index.ts';

const pages = [
  { path: '2021/04/07/talks/index.html', mtimeMs: 1, size: 100 },
  { path: '2021/04/08/visit/index.html', mtimeMs: 2, size: 200 },
  { path: '2022/01/02/new-year/index.html', mtimeMs: 3, size: 300 },
  { path: '2022/01/02/new-year/quote-1/index.html', mtimeMs: 3, size: 300 },
  { path: '2022/01/02/index.html', mtimeMs: 3, size: 300 },
];

describe('isArticlePage', () => {
  it('is an article page four folders deep, not a day page or a quote page', () => {
    expect(pages.map(({ path }) => isArticlePage(path))).toEqual([true, true, true, false, false]);
  });
});

describe('yearSignatures', () => {
  it('signs each year of article pages, newest year first, ignoring other pages', () => {
    const signatures = yearSignatures(pages);
    expect([...signatures.keys()]).toEqual(['2022', '2021']);
    expect(yearSignatures(pages.slice(0, 3))).toEqual(signatures);
  });

  it('changes only the signature of the year where a page was rewritten, added or removed', () => {
    const before = yearSignatures(pages);
    const rewritten = yearSignatures(pages.map((page, i) => (i === 0 ? { ...page, mtimeMs: 9 } : page)));
    expect(rewritten.get('2021')).not.toBe(before.get('2021'));
    expect(rewritten.get('2022')).toBe(before.get('2022'));
    expect(yearSignatures(pages.slice(1)).get('2021')).not.toBe(before.get('2021'));
    expect(yearSignatures([...pages, { path: '2022/05/05/more/index.html', mtimeMs: 1, size: 1 }]).get('2022')).not.toBe(before.get('2022'));
  });

  it('does not depend on the order the pages come in', () => {
    expect(yearSignatures([...pages].reverse())).toEqual(yearSignatures(pages));
  });
});

describe('yearsToIndex', () => {
  const signatures = yearSignatures(pages);
  const same = Object.fromEntries(signatures);

  it('indexes every year on a first build', () => {
    expect(yearsToIndex(signatures, {}, () => true)).toEqual(['2022', '2021']);
  });

  it('indexes only the years whose signature changed or whose bundle is gone', () => {
    expect(yearsToIndex(signatures, same, () => true)).toEqual([]);
    expect(yearsToIndex(signatures, { ...same, '2021': 'older' }, () => true)).toEqual(['2021']);
    expect(yearsToIndex(signatures, same, (year) => year !== '2022')).toEqual(['2022']);
  });
});
