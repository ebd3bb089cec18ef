import { describe, expect, it } from 'vitest';
import { isPastDate, today } from './dates';

describe('today', () => {
  it('is the local date as YYYY-MM-DD', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('isPastDate', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('takes a real day up to today, and tomorrow for a time zone ahead', () => {
    for (const date of ['2024-02-29', '2026-12-07', '2026-12-08'])
      expect(isPastDate(date, now), date).toBe(true);
  });

  it('refuses a day that does not exist, another form, or a day still to come', () => {
    for (const date of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '7/12/2026',
      '2026-12-09',
      '9999-12-31',
    ])
      expect(isPastDate(date, now), date).toBe(false);
  });
});
