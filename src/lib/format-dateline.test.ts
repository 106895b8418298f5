import { describe, expect, it } from 'vitest';
import { formatDateline } from './format-dateline.ts';

const april7 = { year: 2021, month: 4, day: 7 };

describe('formatDateline', () => {
  it('joins place, day and agency', () => {
    expect(formatDateline({ place: 'Islamabad', agency: 'Reuters', dateText: 'April 7' }, april7)).toBe(
      'Islamabad, April 7, 2021 (Reuters)',
    );
  });

  it('is the day alone without a place', () => {
    expect(formatDateline(null, april7)).toBe('April 7, 2021');
  });

  it('shows the calendar day whatever the machine time zone is', () => {
    // December 31 at UTC midnight is still December 30 in Los Angeles: the calendar day must not move.
    expect(formatDateline({ place: 'Moscow', agency: null, dateText: null }, { year: 2020, month: 12, day: 31 })).toBe(
      'Moscow, December 31, 2020',
    );
  });
});
