import { FRAME_TITLE } from '../content/embed';
import { LANGUAGE } from '../content/language';
import type { BodyId } from '../decision/steps';
import { accentHex, type Lang, type Theme } from './options';
import { plainName } from './plainText';
import { safeLink } from './safeLink';

/** What the embed builder's form holds: raw text as typed, checked on the way out. */
export interface BuilderChoices {
  firm: string;
  accent: string;
  theme: Theme;
  body: BodyId | '';
  contact: string;
  showTitle: boolean;
  events: boolean;
  height: string;
  lang?: Lang;
}

export const DEFAULT_CHOICES: BuilderChoices = {
  firm: '',
  accent: '',
  theme: 'auto',
  body: '',
  contact: '',
  showTitle: true,
  events: false,
  height: '720',
  // The builder's own language: a firm building in French gets the French embed.
  lang: LANGUAGE.code,
};

export const MIN_FRAME_HEIGHT = 400;
export const MAX_FRAME_HEIGHT = 3000;

/** The option values a set of choices gives, or the fields that are not valid yet. */
export interface CheckedChoices {
  /** Query-string options, in a stable order: only the valid ones that differ from the default. */
  options: [string, string][];
  height: number;
  invalid: ('firm' | 'accent' | 'contact' | 'height')[];
}

const EMAIL_ONLY = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * Accepts a bare e-mail address as well as a mailto: or https: URL, under the embed's own
 * rules: a mailto: with a query (cc, bcc, subject, body) is refused, never built.
 */
export function contactUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const candidate = EMAIL_ONLY.test(text) ? `mailto:${text}` : text;
  try {
    // A web address normalised first (spaces encoded), then the one rule for links.
    return safeLink(candidate.startsWith('https://') ? new URL(candidate).href : candidate)?.href;
  } catch {
    return undefined;
  }
}

export function checkChoices(c: BuilderChoices): CheckedChoices {
  const options: [string, string][] = [];
  const invalid: CheckedChoices['invalid'] = [];
  // The same rules as embed.html's own parser.
  if (c.firm.trim()) {
    const firm = plainName(c.firm);
    if (firm) options.push(['firm', firm]);
    else invalid.push('firm');
  }
  if (c.accent.trim()) {
    const accent = accentHex(c.accent.trim().replace(/^#/, ''));
    if (accent) options.push(['accent', accent]);
    else invalid.push('accent');
  }
  if (c.theme !== 'auto') options.push(['theme', c.theme]);
  if (c.body) options.push(['body', c.body]);
  if (c.contact.trim()) {
    const href = contactUrl(c.contact);
    if (href) options.push(['contact', href]);
    else invalid.push('contact');
  }
  if (!c.showTitle) options.push(['title', '0']);
  if (c.events) options.push(['events', '1']);
  if (c.lang && c.lang !== 'en') options.push(['lang', c.lang]);
  const height = Number(c.height);
  const heightOk =
    /^\d+$/.test(c.height.trim()) && height >= MIN_FRAME_HEIGHT && height <= MAX_FRAME_HEIGHT;
  if (!heightOk) invalid.push('height');
  return { options, height: heightOk ? height : Number(DEFAULT_CHOICES.height), invalid };
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The embed's page in the language the options ask for: English at the site's root, another
 * language in its folder (docs/decisions/016), so that no frame loads one language to go to
 * the other. The `lang` option stays in the query all the same: it says what was chosen.
 */
function pageFor(embedBase: string, options: [string, string][]): URL {
  const lang = options.find(([key]) => key === 'lang')?.[1];
  return new URL(lang && lang !== 'en' ? `${lang}/embed.html` : 'embed.html', embedBase);
}

/** `…/embed.html?options`, for the iframe snippet and the preview. */
export function embedUrl(embedBase: string, options: [string, string][]): string {
  const url = pageFor(embedBase, options);
  for (const [key, value] of options) url.searchParams.set(key, value);
  return url.href;
}

/** Tier 0: an iframe at a fixed height, for hosts that take no script (SharePoint). */
export function iframeSnippet(embedBase: string, checked: CheckedChoices): string {
  const src = embedUrl(
    embedBase,
    checked.options.filter(([key]) => key !== 'events'),
  );
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(FRAME_TITLE)}"`,
    `  width="100%" height="${checked.height}" style="border:0;max-width:100%"`,
    `  loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin"></iframe>`,
  ].join('\n');
}

/**
 * Options the loader takes from its own script tag only: an element on the page (which a
 * comment can add) can't say who the tool speaks for (public/embed.js).
 */
const SCRIPT_TAG_OPTIONS = new Set(['firm', 'contact']);

/** Tier 1: the loader, for pages that allow a script; the frame follows its content. */
export function loaderSnippet(embedBase: string, checked: CheckedChoices): string {
  const src = pageFor(embedBase, checked.options);
  // One loader for every language, at the site's root.
  const loader = new URL('embed.js', embedBase);
  const attribute = ([key, value]: [string, string]) => `data-${key}="${escapeAttribute(value)}"`;
  const element = [
    'data-should-i-connect',
    `data-src="${escapeAttribute(src.href)}"`,
    ...checked.options.filter(([key]) => !SCRIPT_TAG_OPTIONS.has(key)).map(attribute),
  ];
  const script = [
    `src="${escapeAttribute(loader.href)}"`,
    ...checked.options.filter(([key]) => SCRIPT_TAG_OPTIONS.has(key)).map(attribute),
    'async',
  ];
  return [
    `<div ${element.join('\n     ')}></div>`,
    `<script ${script.join(script.length > 2 ? '\n        ' : ' ')}></script>`,
  ].join('\n');
}

/**
 * Where this copy of the app serves its English embed.html: at the site's root, which is
 * beside the English pages and a folder up from another language's.
 */
export function embedBaseFor(location: Location = window.location): string {
  return new URL(`${LANGUAGE.root}embed.html`, `${location.origin}${location.pathname}`).href;
}
