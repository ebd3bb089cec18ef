import { isPlainText } from './plainText';

/**
 * The one rule for a link that a firm gives us, from an embed's address (`contact=`) or from
 * its settings file (contacts, policy link): only a bare `mailto:` address or an `https:`
 * page, and link text that says honestly where it goes. Kept free of zod for the embed's
 * first screen.
 */

/** Longer than any honest contact or policy link. */
export const MAX_LINK = 500;

/** What a link shows: the e-mail address, or the web page's host. */
export interface LinkParts {
  kind: 'email' | 'web';
  /** `mailto:` and one address, or the `https:` URL as the URL parser normalises it. */
  href: string;
  /** The address, or the host: the link's text. */
  display: string;
}

// The part before the @ as mail programs agree on it: no `?`, `#`, `%`, `&`, `/` or `,`, which
// some would read as headers (cc, bcc, subject, body) or as a second address, and ASCII only,
// as a look-alike letter there could not be shown any other way.
const LOCAL_PART = /^[A-Za-z0-9._+'-]+$/;
// A host as the URL parser writes it (lower case; outside ASCII in its `xn--` form) that is a
// real DNS name: labels of 1 to 63 letters, digits, hyphens (and the underscores of some
// intranet names), 253 characters in all. A mail domain needs a dot; a web host may be one
// name on an intranet.
const HOST = /^(?=.{1,253}$)[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/;

/** A domain as a browser shows it: lower case, and outside ASCII in its `xn--` form. */
function shownHost(domain: string): string | undefined {
  if (/[/?#%&@:[\]\\]/.test(domain)) return undefined;
  try {
    const host = new URL(`https://${domain}/`).hostname;
    return HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link that is safe to put in an `href` and whose text says where it goes, or undefined. A
 * `mailto:` is one bare address: a query (`cc`, `bcc`, `subject`, `body`…) could copy the
 * reader's message to a hidden recipient or write it for them under a link that names only
 * the address. A mail domain or web host outside ASCII is shown, and linked, in the `xn--`
 * form browsers fall back to, so a letter from another script can't pass for the firm's own.
 */
export function safeLink(raw: unknown): LinkParts | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_LINK || !isPlainText(raw)) return undefined;
  // Raw whitespace or a backslash: the URL parser would quietly drop or turn them.
  if (/[\s\\]/.test(raw)) return undefined;
  if (raw.startsWith('mailto:')) {
    const address = raw.slice('mailto:'.length);
    const at = address.indexOf('@');
    const local = address.slice(0, at);
    const domain = shownHost(address.slice(at + 1));
    if (at < 0 || !LOCAL_PART.test(local) || !domain?.includes('.')) return undefined;
    return { kind: 'email', href: `mailto:${local}@${domain}`, display: `${local}@${domain}` };
  }
  if (!raw.startsWith('https://')) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !HOST.test(url.hostname))
    return undefined;
  return { kind: 'web', href: url.href, display: url.hostname };
}
