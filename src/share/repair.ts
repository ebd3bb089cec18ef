/**
 * Mail link-scanners (Microsoft Safe Links among them) sometimes rewrite the `#` of a
 * share link to `%23`, pushing the answers into the path or the query string. Put them
 * back into the fragment before the router reads it. Returns the repaired URL, or null.
 */
export function repairedUrl(href: string): string | null {
  const url = new URL(href);
  if (url.hash.length > 1) return null;
  const marker = /%23(\/|%2F)/i;
  for (const part of ['pathname', 'search'] as const) {
    const value = url[part];
    const match = marker.exec(value);
    if (!match) continue;
    const before = value.slice(0, match.index);
    let after: string;
    try {
      after = decodeURIComponent(value.slice(match.index + 3));
    } catch {
      return null;
    }
    // Anything after the marker in the path also carries the old query string with it.
    const rest = part === 'pathname' ? url.search : '';
    const path = part === 'pathname' ? before : url.pathname;
    const search = part === 'search' ? before.replace(/^\?$/, '') : '';
    return `${url.origin}${path}${search}#${after}${rest}`;
  }
  return null;
}

export function repairLocation(): void {
  const fixed = repairedUrl(window.location.href);
  if (fixed) window.history.replaceState(null, '', fixed);
}
