// Month grids for the calendar pages: which day falls in which week row and weekday column, with article counts.
import { daysInMonth, type CalendarDate } from './dates.ts';
import { buildDay } from './content/publication.ts';

/** First column of the week: 0 is Sunday, 1 is Monday (as in `Date#getUTCDay`). */
export type WeekStart = 0 | 1;

/** One day of the month in the grid, with how many articles it has. */
export interface CalendarCell {
  day: number;
  count: number;
}

export interface MonthGrid {
  year: number;
  month: number;
  /** Weekday numbers of the columns, in order (0 Sunday … 6 Saturday). */
  weekdays: number[];
  /** Rows of seven cells; `null` pads the first and last week outside the month. */
  weeks: (CalendarCell | null)[][];
}

/**
 * The month as weeks of seven days starting on `weekStart`; `counts` gives the articles of each day
 * (days missing from it have none). Four to six rows, as a printed calendar.
 */
export function monthGrid(
  year: number,
  month: number,
  counts: ReadonlyMap<number, number>,
  weekStart: WeekStart,
): MonthGrid {
  const weekdays = Array.from({ length: 7 }, (_, i) => (weekStart + i) % 7);
  // Day-of-week from UTC parts: the build machine's zone must not shift a calendar day.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() - weekStart + 7) % 7;
  const cells: (CalendarCell | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push({ day, count: counts.get(day) ?? 0 });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { year, month, weekdays, weeks };
}

/** Heat level 0-4 of a count relative to the busiest day shown, for shading a calendar (0: no articles). */
export function heatLevel(count: number, busiest: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.ceil((count / busiest) * 4)) as 1 | 2 | 3 | 4;
}

/** Name of a weekday (0 Sunday … 6 Saturday) in a language: short or narrow for a column head, long for screen readers. */
export function weekdayName(weekday: number, lang: string, width: 'narrow' | 'short' | 'long'): string {
  // 3 January 2021 was a Sunday; reading it in UTC keeps the build machine's zone out of it.
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2021, 0, 3 + weekday));
}

/** The build's day (see `buildDay`) as a calendar date: the "today" a static page marks. */
export function buildDate(): CalendarDate {
  const [year = 0, month = 0, day = 0] = buildDay().split('-').map(Number);
  return { year, month, day };
}
