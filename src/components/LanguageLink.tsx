import { useLocation } from 'react-router';
import { FRAME_WORDS, LANGUAGE, LANGUAGE_LINK_SHOWN } from '../content/language';

/**
 * The same page in the other language, with the same answers (they are all in the
 * fragment). Never followed on its own: the reader chooses (docs/decisions/016-languages.md).
 */
export function LanguageLink() {
  const { pathname, search } = useLocation();
  if (!LANGUAGE_LINK_SHOWN) return null;
  const { other } = LANGUAGE;
  return (
    <a
      href={`${other.path}#${pathname}${search}`}
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
