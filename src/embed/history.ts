import { UNSAFE_createHashHistory as createHashHistory } from 'react-router';

type History = ReturnType<typeof createHashHistory>;

/**
 * The embed's router history: the URL fragment, like the full site's HashRouter. A framed
 * page's history entries join the host page's, and that is what the reader's Back (the
 * browser's button, a swipe, Alt+Left) walks through: each step the reader takes adds one, so
 * Back returns through the questions to the first, where the embed started, and only then
 * leaves the host page.
 *
 * Code in the frame never walks that history itself (`go` does nothing): the entry before
 * ours may be the host page's, and a Back button inside the frame must never leave it. The
 * frame's own Back goes to the previous question by replacing the entry it is on.
 */
export function createFrameHashHistory(win: Window = window): History {
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
    push: (to, state: unknown) => hash.push(to, state),
    replace: (to, state: unknown) => hash.replace(to, state),
    go: () => {},
    listen: (listener) => hash.listen(listener),
  };
}
