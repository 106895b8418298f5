// Which articles a build publishes by date: an article dated after the build's day is held back until a later build.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { environment } from '../../environment.ts';
import { site } from '../site.ts';

/**
 * The build's calendar day, `YYYY-MM-DD`, in the site time zone (default: now, in `site.timeZone`).
 * `SOURCE_DATE_EPOCH` (seconds), the reproducible-builds convention, fixes "now" for a repeatable build.
 */
export function buildDay(now: Date = buildClock(), timeZone = site.timeZone): string {
  return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
}

function buildClock(): Date {
  const epoch = environment.sourceDateEpoch;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}

/**
 * Like Hugo and Jekyll by default, a future-dated article is scheduled, not published: a static site has no clock
 * at reading time, so it appears with the first build on or after its day. The build says so, naming the file.
 */
export function isScheduled(isoDate: string, today: string): boolean {
  return isoDate > today;
}
