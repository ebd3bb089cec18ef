import { BODY_IDS, type BodyId } from '../decision/steps';
import { PACK_ID } from '../share/url';
import { MAX_NAME, plainName } from './plainText';
import { safeLink, type LinkParts } from './safeLink';

/**
 * A firm's presentation options for `embed.html?…` (the spec's "Embedding" table).
 * Untrusted input, like a share link: each option is checked against an allowlist, and
 * one that fails is dropped with a console warning. What survives is plain data: text
 * that React renders as text, a colour of six hex digits, ids from our own lists, and a
 * contact link under the one rule for links (safeLink.ts). Read without zod: the embed's
 * first screen needs these few checks and none of a schema library.
 */

export type Theme = 'light' | 'dark' | 'auto';
export type Lang = 'en' | 'fr';

export interface EmbedOptions {
  /** Shown as "Guidance for <firm> people". */
  firm?: string;
  /** Six lower-case hex digits, no `#`. */
  accent?: string;
  theme: Theme;
  /** Fixes the professional body: its step is skipped. */
  body?: BodyId;
  contact?: LinkParts;
  /** `title=0` hides the tool's own name when the host page has its own heading. */
  showTitle: boolean;
  /** Set by embed.js and echoed in every message. */
  frameId?: string;
  /** `events=1` opts in to the `dt:complete` message. */
  events: boolean;
  /** `pack=<id>`: the page reads `firms/<id>.json` (src/firm/loadSettings.ts reads it again). */
  pack?: string;
  /** `lang=fr`: the embed in French (fr/embed.html, with the same query and fragment). */
  lang?: Lang;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', showTitle: true, events: false };

/** Longer than any honest set of options: ignore the lot rather than parse it. */
export const MAX_QUERY_LENGTH = 2000;

/** An accent as six lower-case hex digits, or undefined. */
export function accentHex(raw: string): string | undefined {
  return /^[0-9a-fA-F]{6}$/.test(raw) ? raw.toLowerCase() : undefined;
}

const oneOf = <T extends string>(values: readonly T[], raw: string): T | undefined =>
  values.find((v) => v === raw);
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const LANGS: readonly Lang[] = ['en', 'fr'];
const flag = (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined);

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
  'lang',
] as const;
type Key = (typeof KEYS)[number];

const REASONS: Record<Key, string> = {
  firm: `plain text of at most ${MAX_NAME} characters, with no invisible characters`,
  accent: 'six hex digits, such as 00467f',
  theme: 'light, dark or auto',
  body: `one of ${BODY_IDS.join(', ')}`,
  contact: 'a bare mailto: address (no cc, bcc, subject or body) or an https: address',
  title: '0 or 1',
  frameId: 'up to 32 letters, digits, - or _',
  events: '0 or 1',
  pack: '1 to 40 lower-case letters, digits or hyphens',
  lang: 'en or fr',
};

/** Applies one option's raw value to `out`; false when the value is not allowed. */
function apply(key: Key, raw: string, out: EmbedOptions): boolean {
  const set = <K extends keyof EmbedOptions>(k: K, value: EmbedOptions[K] | undefined) => {
    if (value !== undefined) out[k] = value;
    return value !== undefined;
  };
  switch (key) {
    case 'firm':
      return set('firm', plainName(raw));
    case 'accent':
      return set('accent', accentHex(raw));
    case 'theme':
      return set('theme', oneOf(THEMES, raw));
    case 'body':
      return set('body', oneOf(BODY_IDS, raw));
    case 'contact':
      return set('contact', safeLink(raw));
    case 'title':
      return set('showTitle', flag(raw));
    case 'events':
      return set('events', flag(raw));
    case 'lang':
      return set('lang', oneOf(LANGS, raw));
    case 'pack':
      return set('pack', PACK_ID.test(raw) ? raw : undefined);
    case 'frameId':
      return set('frameId', /^[A-Za-z0-9_-]{1,32}$/.test(raw) ? raw : undefined);
  }
}

/**
 * What a page's address may say about the firm: its name and a contact. Only inside a frame,
 * where the intranet page that frames the tool chose them; on a page opened on its own (the
 * full site, or embed.html alone) anyone who sends a link could write them.
 */
const FRAME_ONLY: readonly Key[] = ['firm', 'contact'];

const PREFIX = 'Should I connect? embed:';

/**
 * Parses `location.search`. Never throws; every option that is dropped is reported
 * through `warn` (a console warning by default: a firm's typo is not an error). The
 * warnings name the option but never repeat its value. `framed`: whether another page
 * frames this one (the firm's name and contact count only then).
 */
export function parseEmbedOptions(
  search: string,
  { framed }: { framed: boolean },
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
    if (!framed && FRAME_ONLY.includes(option)) {
      warn(`${PREFIX} option "${option}" ignored: it is used only in a frame on another page.`);
      continue;
    }
    if (!apply(option, values[0] ?? '', out)) {
      warn(`${PREFIX} option "${option}" ignored: expected ${REASONS[option]}.`);
    }
  }
  return out;
}
