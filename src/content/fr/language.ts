import type { FRAME_WORDS as EnglishFrame, LANGUAGE as English } from '../language';
import type { Translation } from '../translation';

export const LANGUAGE: Translation<typeof English> = {
  code: 'fr',
  tag: 'fr-CA',
  root: '../',
  other: { code: 'en', tag: 'en', name: 'English', path: '../' },
};

// One switch for both languages.
export { LANGUAGE_LINK_SHOWN } from '../language';

export const FRAME_WORDS: Translation<typeof EnglishFrame> = {
  skipToMain: 'Passer au contenu principal',
  otherLanguage: 'English version',
};
