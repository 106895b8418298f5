// How a dateline reads on the page: the place, the day (formatted by date-fns in the site zone), the agency.
import { formatCalendarDate, type CalendarDate } from './dates.ts';
import type { ExtractedFields } from './remark/frontmatter.ts';

/** The pieces of a shown dateline, so a page can put the day in a `<time>` element. */
export interface DatelineParts {
  /** "Islamabad, " or "" when no place is known. */
  before: string;
  /** "April 7, 2021". */
  day: string;
  /** " (Reuters)" or "". */
  after: string;
}

export function datelineParts(dateline: ExtractedFields['dateline'], date: CalendarDate): DatelineParts {
  return {
    before: dateline ? `${dateline.place}, ` : '',
    day: formatCalendarDate(date),
    after: dateline?.agency ? ` (${dateline.agency})` : '',
  };
}

/** "Islamabad, April 7, 2021 (Reuters)"; "April 7, 2021" when no place is known. */
export function formatDateline(dateline: ExtractedFields['dateline'], date: CalendarDate): string {
  const { before, day, after } = datelineParts(dateline, date);
  return `${before}${day}${after}`;
}
