/**
 * The firm file's words that a page needs before any file is read: the loader's problems and
 * the notice (both entries load these).
 */

/** Why a firm file could not be loaded at all. */
export const LOAD_PROBLEMS = {
  notJson: 'The firm file is not valid JSON: check for a missing comma, quote or bracket.',
  tooBig: (kb: number) => `The firm file is larger than ${kb} KB.`,
  notFound: (path: string) => `The firm file ${path} was not found.`,
  httpError: (path: string, status: number) =>
    `The firm file ${path} could not be loaded (the server answered ${status}).`,
  network: (path: string) => `The firm file ${path} could not be loaded (a network error).`,
  badSettingsName:
    'The firm settings named in the page address (pack=…) are not a valid name: use 1 to 40 lower-case letters, digits or hyphens.',
  loadUnreadable: 'The firm file could not be read.',
} as const;

/** The notice shown when a firm's settings could not be used. */
export const FIRM_NOTICE = {
  title: 'Your firm’s settings are not in use',
  after:
    'The tool works as usual without them. Please tell whoever looks after this page on your intranet.',
} as const;
