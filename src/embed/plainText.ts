/**
 * Plain text: what a firm's name, a contact's label or a policy point may be, whether it comes
 * from an embed's address (`firm=`) or from the firm's settings file. One rule for both
 * (`../shared/spec/firm-pack.md`, "plain text"), kept free of zod so that the embed's first
 * screen can read its options without a schema library.
 */

/** The longest name: a firm, a contact's label, whoever approved the settings. */
export const MAX_NAME = 80;

// Characters that hide or disguise what text says, in every plane: control characters (tabs
// and line breaks included), line and paragraph separators, format characters (bidi
// controls, zero-width spaces and joiners, soft hyphen, the tag characters U+E0020–E007F),
// private-use and unassigned code points, lone surrogates, and letters drawn as nothing (the
// Hangul and Khmer fillers, the blank Braille pattern, the combining grapheme joiner and the
// Mongolian variation selectors). Whitespace stays: the callers decide about blank text.
const HIDDEN =
  // eslint-disable-next-line no-misleading-character-class -- each mark is listed alone, on purpose
  /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\uffa0]/u;
/** Non-spacing and enclosing marks: stacked, they draw over the lines around them. */
export const MARK = /[\p{Mn}\p{Me}]/u;
/** More combining marks in a row than any language puts on one letter (ệ has two). */
export const MAX_MARKS_IN_A_ROW = 2;
const STACKED = new RegExp(`${MARK.source}{${MAX_MARKS_IN_A_ROW + 1}}`, 'u');

/** Whether one character (a code point) may appear in plain text. */
export const isPlainCharacter = (ch: string): boolean => !HIDDEN.test(ch);

/** Text that shows everything it holds: no hidden characters, no stacks of marks. */
export function isPlainText(text: string): boolean {
  return !HIDDEN.test(text) && !STACKED.test(text);
}

/**
 * A name as shown: trimmed, each run of whitespace one space; undefined if it is not plain
 * text, is blank, or is longer than `MAX_NAME`.
 */
export function plainName(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME || !isPlainText(trimmed)) return undefined;
  return trimmed.replace(/\s+/g, ' ');
}
