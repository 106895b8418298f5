import { afterEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate, siteTimestamp, startOfSiteDay } from './dates.ts';

const originalTZ = process.env['TZ'];
afterEach(() => {
  if (originalTZ === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTZ;
});

describe('parseCalendarDate', () => {
  it('reads a real day', () => {
    expect(parseCalendarDate('2021-04-07')).toEqual({ year: 2021, month: 4, day: 7 });
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses impossible days instead of rolling them over', () => {
    expect(parseCalendarDate('2021-02-30')).toEqual({
      error: '"2021-02-30" is not a calendar date: month 2 of 2021 has 28 days',
    });
    expect(parseCalendarDate('2020-13-45')).toEqual({ error: '"2020-13-45" has no month 13' });
    expect(parseCalendarDate('2021-4-7')).toEqual({ error: '"2021-4-7" is not a date of the form YYYY-MM-DD' });
  });
});

describe('the site day does not depend on the machine time zone', () => {
  for (const zone of ['America/Los_Angeles', 'Asia/Karachi', 'Pacific/Kiritimati', 'UTC']) {
    it(`shows April 7 for 2021-04-07 with TZ=${zone}`, () => {
      process.env['TZ'] = zone;
      const day = { year: 2021, month: 4, day: 7 };
      expect(formatCalendarDate(day, 'EEEE, MMMM d, yyyy')).toBe('Wednesday, April 7, 2021');
      expect(siteTimestamp(day)).toBe('2021-04-07T00:00:00Z');
    });
  }

  it('starts the day at midnight in the site zone, whatever zone it is', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(startOfSiteDay({ year: 2021, month: 4, day: 7 }, 'Asia/Karachi').getTime()).toBe(
      Date.parse('2021-04-06T19:00:00Z'),
    );
  });
});
