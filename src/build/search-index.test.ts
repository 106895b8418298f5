import { describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { yearSignatures, yearsToIndex } from './search-index.ts';

const signatures = new Map([
  ['2022', 'signature of 2022'],
  ['2021', 'signature of 2021'],
]);

describe('yearsToIndex', () => {
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

describe('yearSignatures', () => {
  const at = (isoDate: string, slug: string) => {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    return testArticle({
      slug,
      isoDate,
      date: { year, month, day },
      data: { date: isoDate },
      fingerprint: `${slug}@1`,
    });
  };
  const articles = [at('2021-04-07', 'talks'), at('2021-04-08', 'visit'), at('2022-01-02', 'new-year')];

  it('signs each year of articles, newest year first, whatever order they come in', () => {
    expect([...yearSignatures(articles, 'template').keys()]).toEqual(['2022', '2021']);
    expect(yearSignatures([...articles].reverse(), 'template')).toEqual(yearSignatures(articles, 'template'));
  });

  it('changes only the signature of the year where an article changed, was added or was removed', () => {
    const before = yearSignatures(articles, 'template');
    const edited = yearSignatures(
      articles.map((article, i) => (i === 0 ? { ...article, fingerprint: 'talks@2' } : article)),
      'template',
    );
    expect(edited.get('2021')).not.toBe(before.get('2021'));
    expect(edited.get('2022')).toBe(before.get('2022'));
    expect(yearSignatures(articles.slice(1), 'template').get('2021')).not.toBe(before.get('2021'));
    expect(yearSignatures([...articles, at('2022-05-05', 'more')], 'template').get('2022')).not.toBe(
      before.get('2022'),
    );
  });

  it('changes every year’s signature when the document template changes', () => {
    const before = yearSignatures(articles, 'template');
    const other = yearSignatures(articles, 'another template');
    for (const [year, signature] of other) expect(signature).not.toBe(before.get(year));
  });
});
