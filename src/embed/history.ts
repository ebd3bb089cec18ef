import { UNSAFE_createHashHistory as createHashHistory } from 'react-router';

type History = ReturnType<typeof createHashHistory>;

/**
 * The embed's router history: the URL fragment, like the full site's HashRouter, except
 * that it never adds an entry. A framed page's history entries join the host page's, so
 * each push would make the host's Back button step through our questions before it left
 * the page. Every navigation replaces; `go` (Back/Forward from code) does nothing.
 */
export function createReplaceOnlyHashHistory(win: Window = window): History {
  const hash = createHashHistory({ window: win, v5Compat: true });
  return {
    get action() {
      return hash.action;
    },
    get location() {
      return hash.location;
    },
    createHref: (to) => hash.createHref(to),
    createURL: (to) => hash.createURL(to),
    encodeLocation: (to) => hash.encodeLocation(to),
    push: (to, state: unknown) => hash.replace(to, state),
    replace: (to, state: unknown) => hash.replace(to, state),
    go: () => {},
    listen: (listener) => hash.listen(listener),
  };
}
