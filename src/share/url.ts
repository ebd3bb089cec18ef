/** A firm settings file's name in `?pack=<id>` (firm-pack.md): `firms/<id>.json`. */
export const PACK_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The full link to a decision in the main app. From inside the embed it points at the main
 * page (`embed.html`, or `embed` where a host drops the extension), so a colleague who opens
 * it gets the whole site, not a bare frame. Of the page's own options it keeps only a valid
 * `?pack=<id>`, the firm settings the page loaded: the answers stay in the fragment, and a
 * firm's name or contact from an address never travels (anyone could write one into a link;
 * a firm that wants its name on shared links uses a settings file).
 */
export function shareUrlFor(query: string, location: Location = window.location): string {
  const path = location.pathname.replace(/(^|\/)embed(\.html)?$/, '$1');
  return `${location.origin}${path}${packQuery(location.search)}#/decision?${query}`;
}

/** `?pack=<id>` for a page's query that names one valid firm settings file, else ''. */
export function packQuery(search: string): string {
  let packs: string[];
  try {
    packs = new URLSearchParams(search).getAll('pack');
  } catch {
    packs = [];
  }
  const [pack] = packs;
  return packs.length === 1 && pack && PACK_ID.test(pack) ? `?pack=${pack}` : '';
}
