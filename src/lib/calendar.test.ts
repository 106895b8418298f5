import { describe, expect, it } from 'vitest';
import { buildDate, heatLevel, monthGrid, weekdayName, type MonthGrid } from './calendar.ts';

/** The grid as a printed calendar: days with articles as `day:count`, padding as `.`. */
const printed = ({ weeks }: MonthGrid) =>
  weeks
    .map((week) =>
      week
        .map((cell) => (cell ? (cell.count ? `${cell.day}:${cell.count}` : String(cell.day)) : '.').padStart(5))
        .join(''),
    )
    .join('\n');

describe('monthGrid', () => {
  it('lays out April 2021 in weeks starting on Monday, with counts on the days that have articles', () => {
    const grid = monthGrid(
      2021,
      4,
      new Map([
        [6, 2],
        [7, 1],
        [30, 5],
      ]),
      1,
    );
    expect(grid.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(`\n${printed(grid)}\n`).toMatchInlineSnapshot(`
      "
          .    .    .    1    2    3    4
          5  6:2  7:1    8    9   10   11
         12   13   14   15   16   17   18
         19   20   21   22   23   24   25
         26   27   28   29 30:5    .    .
      "
    `);
  });

  it('starts the week on Sunday when asked', () => {
    const grid = monthGrid(2021, 4, new Map(), 0);
    expect(grid.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(printed(grid).split('\n')[0]).toBe('    .    .    .    .    1    2    3');
  });

  it('needs four rows for a February that starts on the first column, six for a long month starting late', () => {
    expect(monthGrid(2021, 2, new Map(), 1).weeks).toHaveLength(4); // 1 February 2021 is a Monday
    expect(monthGrid(2021, 5, new Map(), 1).weeks).toHaveLength(6); // 1 May 2021 is a Saturday, 31 days
    expect(monthGrid(2024, 2, new Map(), 1).weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('does not depend on the time zone of the machine', () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles'; // UTC midnight is the evening before here
    try {
      expect(printed(monthGrid(2021, 4, new Map(), 1)).split('\n')[0]).toBe('    .    .    .    1    2    3    4');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('heatLevel', () => {
  it('is 0 without articles and rises to 4 for the busiest day', () => {
    expect([0, 1, 2, 3, 5, 8].map((count) => heatLevel(count, 8))).toEqual([0, 1, 1, 2, 3, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('weekdayName', () => {
  it('names weekdays in the site language, short and long', () => {
    expect([0, 1, 6].map((d) => weekdayName(d, 'en', 'short'))).toEqual(['Sun', 'Mon', 'Sat']);
    expect(weekdayName(1, 'en', 'long')).toBe('Monday');
    expect(weekdayName(1, 'de', 'long')).toBe('Montag');
  });
});

describe('buildDate', () => {
  it('is the build day of SOURCE_DATE_EPOCH, as publication decides it', () => {
    const before = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = String(Date.parse('2021-04-06T22:30:00Z') / 1000);
    try {
      expect(buildDate()).toEqual({ year: 2021, month: 4, day: 6 });
    } finally {
      if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = before;
    }
  });
});
