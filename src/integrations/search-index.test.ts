import { describe, expect, it } from 'vitest';
import { yearsToIndex } from './search-index.ts';

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
