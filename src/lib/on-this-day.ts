// "On this day": the days in other years that share a day's month and day, found through one index built per build.
import { pad, type CalendarDate } from './dates.ts';

/** A day of the archive with its articles (only their number matters here). */
export interface ArchiveDay extends CalendarDate {
  articles: readonly unknown[];
}

/** The same month and day in another year, with how many articles it has. */
export interface OtherYear extends CalendarDate {
  count: number;
}

/**
 * A lookup from a day to the same month and day in the other years that have articles, newest first.
 * Indexed once, so that 10,000 article pages do not each scan every day of the archive.
 */
export function onThisDayIndex(days: readonly ArchiveDay[]): (date: CalendarDate) => OtherYear[] {
  const byMonthDay = new Map<string, OtherYear[]>();
  for (const { year, month, day, articles } of days) {
    const key = `${pad(month)}-${pad(day)}`;
    const list = byMonthDay.get(key) ?? [];
    list.push({ year, month, day, count: articles.length });
    byMonthDay.set(key, list);
  }
  for (const list of byMonthDay.values()) list.sort((a, b) => b.year - a.year);
  return (date) =>
    (byMonthDay.get(`${pad(date.month)}-${pad(date.day)}`) ?? []).filter((other) => other.year !== date.year);
}
