// What a firm file's links and texts may be: kept apart from the schema (pack.ts), so that the
// parts that render a contact need none of the schema's code.

export const MAX_LINK = 500;

// Control characters (tabs and line breaks included), line and paragraph separators, and
// the invisible marks that reorder or hide text (bidi controls, zero-width spaces, soft
// hyphen, BOM). Written as ranges of the Basic Multilingual Plane rather than \p{…} so that
// the same pattern works in any JSON Schema validator, with or without Unicode regexes.
// The zero-width joiner stays allowed: emoji sequences need it.
export const PLAIN =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /^[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u206f\ufeff\ufff9-\ufffb]*$/;
// A lone half of a surrogate pair is not text; JSON.parse lets one through from "\ud800".
export const LONE_SURROGATE = /\p{Cs}/u;
// A bare address: no `?`, `#`, `%`, `&` or `/`, which a mail program would read as headers
// (cc, bcc, subject, body) or as a second address.
const MAILBOX = /^mailto:[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
export const HTTPS = /^https:\/\/[^\s\\]+$/;
/** What a link shows: the e-mail address, or the web page's host. */
export interface LinkParts {
  kind: 'email' | 'web';
  href: string;
  display: string;
}

/**
 * A link from the file as it may reach the page, or undefined. The schema checks every
 * link with this, and the components check again before they render one, so that a pack
 * built any other way still cannot put another kind of link on the page.
 */
export function linkParts(href: unknown): LinkParts | undefined {
  if (typeof href !== 'string' || href.length > MAX_LINK || !PLAIN.test(href)) return undefined;
  if (/[\s\\]/.test(href) || LONE_SURROGATE.test(href)) return undefined;
  if (href.startsWith('mailto:')) {
    return MAILBOX.test(href)
      ? { kind: 'email', href, display: href.slice('mailto:'.length) }
      : undefined;
  }
  if (!HTTPS.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  return { kind: 'web', href: url.href, display: url.hostname };
}
