/**
 * The full link to a decision in the main app. From inside the embed it points at the
 * main page, so a colleague who opens it gets the whole site, not a bare frame.
 */
export function shareUrlFor(query: string, location: Location = window.location): string {
  const path = location.pathname.replace(/embed\.html$/, '');
  return `${location.origin}${path}#/decision?${query}`;
}
