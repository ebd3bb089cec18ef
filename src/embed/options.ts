import * as z from 'zod/mini';
import { BODY_IDS, type BodyId } from '../decision/steps';

/**
 * A firm's presentation options for `embed.html?…` (the spec's "Embedding" table).
 * Untrusted input, like a share link: each option is checked against an allowlist, and
 * one that fails is dropped with a console warning. What survives is plain data: text
 * that React renders as text, a colour of six hex digits, ids from our own lists, and a
 * contact URL rebuilt by the URL parser with an allowed scheme.
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface Contact {
  /** `mailto:` and one address, or `https:` as normalised by `new URL()`. */
  href: string;
  kind: 'email' | 'web';
  /** The e-mail address, or the site's host name: for the link text. */
  display: string;
}

export interface EmbedOptions {
  /** Shown as "Guidance for <firm> people". */
  firm?: string;
  /** Six lower-case hex digits, no `#`. */
  accent?: string;
  theme: Theme;
  /** Fixes the professional body: its step is skipped. */
  body?: BodyId;
  contact?: Contact;
  /** `title=0` hides the tool's own name when the host page has its own heading. */
  showTitle: boolean;
  /** Set by embed.js and echoed in every message. */
  frameId?: string;
  /** `events=1` opts in to the `dt:complete` message. */
  events: boolean;
  /** `pack=<id>`: the page reads `firms/<id>.json` (src/firm/loadPack.ts reads it again). */
  pack?: string;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', showTitle: true, events: false };

/** Longer than any honest set of options: ignore the lot rather than parse it. */
export const MAX_QUERY_LENGTH = 2000;
export const MAX_FIRM_LENGTH = 80;
const MAX_CONTACT_LENGTH = 320;

// Characters a firm's name never needs: markup, control characters (tabs and new lines
// included), line separators and the invisible format marks that reorder or hide text.
const NOT_PLAIN_TEXT = /[<>\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const EMAIL = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

const firmSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_FIRM_LENGTH),
  z.refine((s) => !NOT_PLAIN_TEXT.test(s)),
);
const accentSchema = z.string().check(z.regex(/^[0-9a-fA-F]{6}$/), z.toLowerCase());
const themeSchema = z.enum(['light', 'dark', 'auto']);
const bodySchema = z.enum(BODY_IDS);
const flagSchema = z.enum(['0', '1']);
const frameIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/));
const packSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const contactSchema = z.string().check(
  z.maxLength(MAX_CONTACT_LENGTH),
  // Raw whitespace or control characters: the URL parser would quietly drop some of them.
  z.refine((s) => !/[\s\p{Cc}\p{Cf}]/u.test(s)),
);

/** A firm's name as shown (trimmed, single spaces), or undefined if it is not plain text. */
export function plainFirm(raw: string): string | undefined {
  const r = firmSchema.safeParse(raw);
  return r.success ? r.data.replace(/\s+/g, ' ') : undefined;
}

/** An accent as six lower-case hex digits, or undefined. */
export function accentHex(raw: string): string | undefined {
  const r = accentSchema.safeParse(raw);
  return r.success ? r.data : undefined;
}

/**
 * A `mailto:` or `https:` URL that is safe to put in an `href`, and whose link text can say
 * honestly where it goes, or undefined. A `mailto:` is one bare address: any query (`cc`,
 * `bcc`, `subject`, `body`…) is refused, as it could copy the reader's message to a hidden
 * recipient or write it for them under a link that names only the address. A web contact's
 * text shows its host (`display`), so a look-alike site can't pass for the firm's own.
 */
export function safeContact(raw: string): Contact | undefined {
  if (!contactSchema.safeParse(raw).success) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') {
    if (!url.hostname || url.username || url.password) return undefined;
    return { href: url.href, kind: 'web', display: url.hostname };
  }
  if (url.protocol === 'mailto:') {
    if (url.search || url.hash) return undefined;
    let address: string;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
    // An encoded `?` or `&` would be read as the start of headers by some mail programs.
    if (!EMAIL.test(address) || NOT_PLAIN_TEXT.test(address) || /[?&%]/.test(address))
      return undefined;
    return { href: `mailto:${address}`, kind: 'email', display: address };
  }
  return undefined;
}

const KEYS = [
  'firm',
  'accent',
  'theme',
  'body',
  'contact',
  'title',
  'frameId',
  'events',
  'pack',
] as const;
type Key = (typeof KEYS)[number];

const REASONS: Record<Key, string> = {
  firm: `plain text of at most ${MAX_FIRM_LENGTH} characters, with no markup`,
  accent: 'six hex digits, such as 00467f',
  theme: 'light, dark or auto',
  body: `one of ${BODY_IDS.join(', ')}`,
  contact: 'a bare mailto: address (no cc, bcc, subject or body) or an https: address',
  title: '0 or 1',
  frameId: 'up to 32 letters, digits, - or _',
  events: '0 or 1',
  pack: '1 to 40 lower-case letters, digits or hyphens',
};

/** Applies one option's raw value to `out`; false when the value is not allowed. */
function apply(key: Key, raw: string, out: EmbedOptions): boolean {
  switch (key) {
    case 'firm':
      out.firm = plainFirm(raw);
      return out.firm !== undefined;
    case 'accent':
      out.accent = accentHex(raw);
      return out.accent !== undefined;
    case 'theme': {
      const r = themeSchema.safeParse(raw);
      if (r.success) out.theme = r.data;
      return r.success;
    }
    case 'body': {
      const r = bodySchema.safeParse(raw);
      if (r.success) out.body = r.data;
      return r.success;
    }
    case 'contact': {
      const contact = safeContact(raw);
      if (contact) out.contact = contact;
      return contact !== undefined;
    }
    case 'title': {
      const r = flagSchema.safeParse(raw);
      if (r.success) out.showTitle = r.data === '1';
      return r.success;
    }
    case 'events': {
      const r = flagSchema.safeParse(raw);
      if (r.success) out.events = r.data === '1';
      return r.success;
    }
    case 'pack': {
      const r = packSchema.safeParse(raw);
      if (r.success) out.pack = r.data;
      return r.success;
    }
    case 'frameId': {
      const r = frameIdSchema.safeParse(raw);
      if (r.success) out.frameId = r.data;
      return r.success;
    }
  }
}

const PREFIX = 'Should I connect? embed:';

/**
 * Parses `location.search`. Never throws; every option that is dropped is reported
 * through `warn` (a console warning by default: a firm's typo is not an error). The
 * warnings name the option but never repeat its value.
 */
export function parseEmbedOptions(
  search: string,
  warn: (message: string) => void = (m) => console.warn(m),
): EmbedOptions {
  const out: EmbedOptions = { ...DEFAULT_OPTIONS };
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    warn(`${PREFIX} the options are longer than ${MAX_QUERY_LENGTH} characters; all ignored.`);
    return out;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    warn(`${PREFIX} the options could not be read; all ignored.`);
    return out;
  }
  for (const key of new Set(params.keys())) {
    if (!(KEYS as readonly string[]).includes(key)) {
      warn(`${PREFIX} unknown option ${JSON.stringify(key.slice(0, 32))} ignored.`);
      continue;
    }
    const option = key as Key;
    const values = params.getAll(option);
    if (values.length > 1) {
      warn(`${PREFIX} option "${option}" is given more than once; ignored.`);
      continue;
    }
    if (!apply(option, values[0] ?? '', out)) {
      warn(`${PREFIX} option "${option}" ignored: expected ${REASONS[option]}.`);
    }
  }
  return out;
}
