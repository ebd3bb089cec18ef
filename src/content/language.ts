/**
 * The language of this build (each language is its own build: docs/decisions/016). `tag` is
 * the page's `lang` and the locale for `Intl`; `other` is the same page in the other language,
 * relative to this one's folder.
 */
export const LANGUAGE = {
  code: 'en',
  tag: 'en-GB',
  /** Where the site's root is, from this language's pages (firm files live there). */
  root: '',
  other: { code: 'fr', tag: 'fr-CA', name: 'Français', path: 'fr/' },
} as const;

/**
 * Whether pages link to the other language. A French page is offered only once every module
 * it shows is translated (src/content/fr/README.md): switch this off again while one is not.
 */
export const LANGUAGE_LINK_SHOWN = true;

/** Words of the site's frame that belong to no screen. */
export const FRAME_WORDS = {
  skipToMain: 'Skip to main content',
  /** Names the link to the other language for screen readers: "Version française". */
  otherLanguage: 'Version française',
} as const;
