import { describe, expect, it } from 'vitest';
import { onThisDayIndex } from './on-this-day.ts';

const day = (iso: string, count: number) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d, articles: Array.from({ length: count }) };
};

describe('onThisDayIndex', () => {
  const lookup = onThisDayIndex([
    day('2021-04-06', 2),
    day('2024-04-06', 1),
    day('2021-04-07', 3),
    day('2023-04-06', 5),
    day('2024-02-29', 1),
  ]);

  it('finds the same month and day in the other years, newest first, with counts', () => {
    expect(lookup({ year: 2021, month: 4, day: 6 })).toEqual([
      { year: 2024, month: 4, day: 6, count: 1 },
      { year: 2023, month: 4, day: 6, count: 5 },
    ]);
  });

  it('also answers for a day without articles of its own, and finds nothing for a day no year shares', () => {
    expect(lookup({ year: 2022, month: 4, day: 6 }).map((o) => o.year)).toEqual([2024, 2023, 2021]);
    expect(lookup({ year: 2021, month: 4, day: 7 })).toEqual([]);
    expect(lookup({ year: 2028, month: 2, day: 28 })).toEqual([]);
  });
});
