/**
 * Dates in words: the one way the app writes a day. Written out rather than with
 * Intl.DateTimeFormat, whose first use took 50 to 180 ms in Chromium here (it loads the
 * locale's data), on the render of an outcome.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-01` as `1 December 2026`. */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
