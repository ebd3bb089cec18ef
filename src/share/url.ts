/**
 * The full link to a decision in the main app. From inside the embed it points at the
 * main page, so a colleague who opens it gets the whole site, not a bare frame.
 */
export function shareUrlFor(query: string, location: Location = window.location): string {
  const path = location.pathname.replace(/embed\.html$/, '');
  return `${location.origin}${path}#/decision?${query}`;
}

/** Today's date where the reader is, as a link records it (`YYYY-MM-DD`). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
