import { describe, expect, it } from 'vitest';
import { buildDay, isScheduled } from './publication.ts';

describe('buildDay', () => {
  it('is the calendar day in the site time zone, not the build machine’s', () => {
    const instant = new Date('2021-04-07T22:30:00Z');
    expect(buildDay(instant, 'UTC')).toBe('2021-04-07');
    expect(buildDay(instant, 'Asia/Karachi')).toBe('2021-04-08');
    expect(buildDay(instant, 'America/Los_Angeles')).toBe('2021-04-07');
  });
});

describe('isScheduled', () => {
  it('holds back only articles dated after the build day', () => {
    expect(isScheduled('2021-04-08', '2021-04-07')).toBe(true);
    expect(isScheduled('2021-04-07', '2021-04-07')).toBe(false);
    expect(isScheduled('2020-12-31', '2021-04-07')).toBe(false);
  });
});
