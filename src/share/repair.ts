/**
 * Mail link-scanners (Microsoft Safe Links among them) sometimes rewrite the `#` of a
 * share link to `%23`, pushing the answers into the path or the query string. Put them
 * back into the fragment before the router reads it. Returns the repaired URL, or null.
 */
export function repairedUrl(href: string): string | null {
  const url = new URL(href);
  if (url.hash.length > 1) {
    const hash = repairedFragment(url.hash);
    return hash === url.hash ? null : url.href.slice(0, -url.hash.length) + hash;
  }
  const marker = /%23(\/|%2F)/i;
  for (const part of ['pathname', 'search'] as const) {
    const value = url[part];
    const match = marker.exec(value);
    if (!match) continue;
    const before = value.slice(0, match.index);
    const after = decoded(value.slice(match.index + 3));
    if (after === null) return null;
    // Anything after the marker in the path also carries the old query string with it.
    const rest = part === 'pathname' ? url.search : '';
    const path = part === 'pathname' ? before : url.pathname;
    const search = part === 'search' ? before.replace(/^\?$/, '') : '';
    return `${url.origin}${path}${search}#${after}${rest}`;
  }
  return null;
}

/**
 * A fragment whose `?` arrived encoded (`#/decision%3Fv%3D1…`, the same scanners) is decoded
 * back. Then each escape that can't be decoded (a lone `%`, bytes that aren't UTF-8) is made
 * literal text (`%25`): the router decodes the path, and warns on one it can't; the link
 * parser then reports the damage as it does any other.
 */
function repairedFragment(hash: string): string {
  const fixed = (/^#\/[^?]*%3F/i.test(hash) && decoded(hash)) || hash;
  return fixed.replace(/%(?![0-9a-f]{2})|(%[0-9a-f]{2})+/gi, (run) =>
    decoded(run) === null ? run.replace(/%/g, '%25') : run,
  );
}

/** `text` with its escapes decoded, or null if one can't be. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function repairLocation(): void {
  const fixed = repairedUrl(window.location.href);
  if (fixed) window.history.replaceState(null, '', fixed);
}
