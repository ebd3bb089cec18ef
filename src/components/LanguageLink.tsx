import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { FRAME_WORDS, LANGUAGE, LANGUAGE_LINK_SHOWN } from '../content/language';
import { packQuery } from '../share/url';

/** What a decision link is written with (share/link.ts): ids, `=`, `&`, `,` and dates. */
const LINK_CHARACTERS = /^(\?[a-z0-9=&,-]*)?$/;

// The page's own query changes only with a new page load: nothing to subscribe to.
const never = () => () => {};
const pageQuery = () => window.location.search;
// The prerendered start page has no query; the page's own is read once React has hydrated it.
const noQuery = () => '';

/**
 * The same page in the other language, with the same answers (they are all in the fragment)
 * and the same firm settings (`?pack=`). Never followed on its own: the reader chooses
 * (docs/decisions/016-languages.md). The embed has none: its language is the firm's choice
 * (its `lang` option).
 */
export function LanguageLink() {
  const { pathname, search } = useLocation();
  const query = useSyncExternalStore(never, pageQuery, noQuery);
  if (!LANGUAGE_LINK_SHOWN) return null;
  const { other } = LANGUAGE;
  // Answers travel in the decision link's own characters only: a damaged link's text (which
  // may be anything at all) is not repeated into this page's markup.
  const answers = LINK_CHARACTERS.test(search) ? search : '';
  return (
    <a
      href={`${other.path}${packQuery(query)}#${pathname}${answers}`}
      hrefLang={other.tag}
      lang={other.tag}
      aria-label={FRAME_WORDS.otherLanguage}
      className="text-sm font-semibold"
      data-other-language
    >
      {other.name}
    </a>
  );
}
