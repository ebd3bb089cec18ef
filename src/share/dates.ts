/**
 * Dates as a link and a firm's settings file write them (`YYYY-MM-DD`): today's, and which
 * are real days that have come. The words for a date are in content/site.ts (longDate).
 */

/** Today's date where the reader is, as a link records it (`YYYY-MM-DD`). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30), that is not in the future. */
export function isPastDate(text: string, now = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  // A day's grace: the date may come from a time zone ahead of the reader's.
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(text) &&
    date.getTime() <= tomorrow
  );
}
