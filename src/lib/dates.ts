// One time zone and one notion of "the day of an article": every page, feed and URL asks here.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { site } from './site.ts';

/** A calendar day, as the site's time zone sees it. Months and days are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into a calendar date, or explains why it is not one.
 * Unlike `new Date()` or `z.coerce.date()`, an impossible day such as `2021-02-30` is refused, not rolled over.
 */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
  const match = isoDate.exec(text.trim());
  if (!match) return { error: `"${text}" is not a date of the form YYYY-MM-DD` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      error: `"${text}" is not a calendar date: month ${month} of ${year} has ${daysInMonth(year, month)} days`,
    };
  }
  return { year, month, day };
}

/** Number of days in a month (1-based month), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a calendar date. */
export function isoCalendarDate({ year, month, day }: CalendarDate): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Zero-pads a month or day to two digits, as URLs and ISO dates want them. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first instant of a calendar day in the site's time zone (whatever the build machine's TZ is). */
export function startOfSiteDay({ year, month, day }: CalendarDate, timeZone = site.timeZone): TZDate {
  return new TZDate(year, month - 1, day, timeZone);
}

// Formatting in a named zone costs tens of microseconds (the zone's offset is looked up through Intl each time), and a
// build formats the same few thousand days on tens of thousands of pages: each day and pattern is formatted once.
const formatted = new Map<string, string>();

/** Formats a calendar day with a date-fns pattern, in the site's time zone (default: 'MMMM d, yyyy'). */
export function formatCalendarDate(date: CalendarDate, pattern = 'MMMM d, yyyy'): string {
  const key = `${isoCalendarDate(date)} ${site.timeZone} ${pattern}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format(startOfSiteDay(date), pattern)));
  return text;
}

/** Formats a year and month, e.g. 'April 2021'. */
export function formatMonth(year: number, month: number): string {
  return formatCalendarDate({ year, month, day: 1 }, 'MMMM yyyy');
}

/** ISO 8601 timestamp with the site zone's offset, for `<time datetime>`, feeds and metadata. */
export function siteTimestamp(date: CalendarDate): string {
  return formatCalendarDate(date, "yyyy-MM-dd'T'HH:mm:ssXXX");
}
