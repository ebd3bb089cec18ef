import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { FRAME_WORDS, LANGUAGE, LANGUAGE_LINK_SHOWN } from '../content/language';
import { packQuery } from '../share/url';

// The page's own query changes only with a new page load: nothing to subscribe to.
const never = () => () => {};
const pageQuery = () => window.location.search;
// The prerendered start page has no query; the page's own is read once React has hydrated it.
const noQuery = () => '';

/** What a decision link is written with (share/link.ts): ids, `=`, `&`, `,` and dates. */
const LINK_CHARACTERS = /^(\?[a-z0-9=&,-]*)?$/;

/**
 * The same page in the other language, with the same answers (they are all in the fragment)
 * and the same firm settings (`?pack=`). In the embed (`embed`), the other language's
 * embed.html with the same options, opened in the same frame. Never followed on its own: the
 * reader chooses (docs/decisions/016-languages.md).
 */
export function LanguageLink({ embed = false }: { embed?: boolean }) {
  const { pathname, search } = useLocation();
  const query = useSyncExternalStore(never, pageQuery, noQuery);
  if (!LANGUAGE_LINK_SHOWN) return null;
  const { other } = LANGUAGE;
  const page = embed ? `embed.html${withLang(query, other.code)}` : packQuery(query);
  // Answers travel in the decision link's own characters only: a damaged link's text (which
  // may be anything at all) is not repeated into this page's markup.
  const answers = LINK_CHARACTERS.test(search) ? search : '';
  return (
    <a
      href={`${other.path}${page}#${pathname}${answers}`}
      hrefLang={other.tag}
      lang={other.tag}
      aria-label={FRAME_WORDS.otherLanguage}
      // The embed's links open in a new tab (its <base target>): this one stays in the frame.
      target={embed ? '_self' : undefined}
      className="text-sm font-semibold"
      data-other-language
    >
      {other.name}
    </a>
  );
}

/** The embed's options with `lang` saying the language to open, so it is not sent back. */
function withLang(search: string, lang: string): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  params.set('lang', lang);
  return `?${params}`;
}
