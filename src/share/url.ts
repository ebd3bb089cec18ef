/**
 * The page's options that a share link carries before the `#`: the firm file it loaded
 * (`pack`, firm-pack.md) and, from an embed, the firm's name and contact, so a colleague who
 * opens the link sees the same firm's settings. Nothing else: the answers stay in the fragment,
 * and presentation (accent, theme…) belongs to the intranet page, not to the decision.
 */
export const CARRIED_OPTIONS = ['pack', 'firm', 'contact'] as const;

/**
 * The full link to a decision in the main app. From inside the embed it points at the
 * main page, so a colleague who opens it gets the whole site, not a bare frame. The carried
 * options are copied as given (re-encoded, each at most once): the page that opens the link
 * checks them with the embed's own parser, as it checks anything in its address.
 */
export function shareUrlFor(query: string, location: Location = window.location): string {
  const path = location.pathname.replace(/embed\.html$/, '');
  let page: URLSearchParams;
  try {
    page = new URLSearchParams(location.search);
  } catch {
    page = new URLSearchParams();
  }
  const carried = new URLSearchParams();
  for (const key of CARRIED_OPTIONS) {
    const values = page.getAll(key);
    if (values.length === 1 && values[0]) carried.set(key, values[0]);
  }
  const search = carried.size > 0 ? `?${carried.toString()}` : '';
  return `${location.origin}${path}${search}#/decision?${query}`;
}

/** Today's date where the reader is, as a link records it (`YYYY-MM-DD`). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
