import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import {
  Navigate,
  NavigationType,
  Route,
  Routes,
  useLocation,
  useNavigationType,
} from 'react-router';
import { ModeContext, type AppMode } from '../../hooks/mode';
import { LoadErrorBoundary } from '../../components/LoadErrorBoundary';
import { EMBED_UI } from '../../content/embed';
import { shareUrlFor } from '../../share/url';
import type { Bridge } from '../../embed/bridge';
import type { EmbedOptions } from '../../embed/options';
import type { LinkParts } from '../../embed/safeLink';
import { FirmNotice } from '../../firm/FirmNotice';
import { useFirm } from '../../screens/common/useFirm';

// The embed opens on a question: its screen, a chunk of its own, is fetched beside the route's.
const DecisionRoute = lazy(() => {
  void import('../../screens/question/QuestionScreen').catch(() => undefined);
  return import('../../screens/question/DecisionRoute');
});

interface Props {
  options: EmbedOptions;
  /** Talks to a parent script (embed.js); null when nobody framed us. */
  bridge: Bridge | null;
  /** How many times the reader has pressed a key or a pointer in the frame so far. */
  readerInputs: () => number;
}

/**
 * The wizard without the site's chrome: a name line, the decision, and one compact
 * footer line. Natural height throughout (no viewport units, nothing fixed), so the
 * frame can be exactly as tall as its content.
 */
export function EmbedApp({ options, bridge, readerInputs }: Props) {
  const load = useFirm();
  const settings = load?.kind === 'settings' ? load.settings : undefined;
  // The page's body wins over the file's, for this page. The firm's name and contact are
  // the settings file's when one loaded: the address's show only once the page knows it
  // has none, so they never stand in for a firm's own, not even for a moment.
  const body = options.body ?? settings?.body;
  const fromAddress = load !== undefined && settings === undefined;
  const firm = settings?.firm ?? (fromAddress ? options.firm : undefined);
  const contact = fromAddress ? options.contact : undefined;
  const mode = useMemo<AppMode>(() => ({ embed: true, fixed: body ? { body } : {} }), [body]);
  return (
    <ModeContext.Provider value={mode}>
      {/* Left-aligned like the host page's own text; a little padding for focus rings. */}
      <div className="px-2 py-3">
        <div className="max-w-[42rem] space-y-6">
          {(options.showTitle || firm) && (
            <div>
              {options.showTitle && <p className="text-lg font-bold">{EMBED_UI.toolName}</p>}
              {firm && (
                <p className="text-sm font-semibold text-muted wrap-anywhere">
                  {EMBED_UI.firmLine(firm)}
                </p>
              )}
            </div>
          )}
          {load?.kind === 'notice' && <FirmNotice problem={load.problem} />}
          <main>
            <Suspense fallback={null}>
              <LoadErrorBoundary>
                <Routes>
                  <Route path="decision" element={<DecisionRoute />} />
                  <Route
                    path="*"
                    element={<Navigate to="/decision?v=1" replace state={{ fresh: true }} />}
                  />
                </Routes>
              </LoadErrorBoundary>
            </Suspense>
          </main>
          <EmbedFooter contact={contact} firm={firm} />
        </div>
      </div>
      <ScreenEvents bridge={bridge} readerInputs={readerInputs} />
    </ModeContext.Provider>
  );
}

function EmbedFooter({ contact, firm }: { contact?: LinkParts; firm?: string }) {
  const location = useLocation();
  const query = location.search.replace(/^\?/, '') || 'v=1';
  return (
    <footer className="space-y-2 border-t border-[var(--line)] pt-3 text-sm">
      <p className="flex flex-wrap gap-x-5 gap-y-1">
        {contact && (
          // A long host wraps: its end, the domain that owns it, stays on screen.
          <a
            href={contact.href}
            target="_blank"
            rel="noopener noreferrer"
            className="min-w-0 wrap-anywhere"
          >
            {contact.kind === 'email'
              ? EMBED_UI.contactEmail(contact.display)
              : EMBED_UI.contactWeb(contact.display, firm)}
            {contact.kind === 'web' && <span className="sr-only">{EMBED_UI.newTab}</span>}
          </a>
        )}
        <a href={shareUrlFor(query)} target="_blank" rel="noopener">
          {EMBED_UI.openFullPage}
          <span className="sr-only">{EMBED_UI.newTab}</span>
        </a>
      </p>
      <p className="text-muted">
        {EMBED_UI.credit} {EMBED_UI.disclaimer}
      </p>
    </footer>
  );
}

/**
 * After each screen change the reader made: back to the top inside the frame (a fixed-
 * height frame scrolls inside), then, when a parent script listens, ask it to bring the
 * frame's top into view and report the step (and the outcome, with `events=1`).
 *
 * A change is the reader's when the app made it (a push or a replace, never a POP) after
 * the reader pressed something in the frame since the last change that came from outside.
 * From outside means a POP: the page as loaded (a shared link replayed), the parent setting
 * the frame's `src` to a new fragment, or the browser's Back and Forward (which the parent can
 * cause as well as the reader). None is reported, nor is the app's own
 * rewrite of such an address to its canonical form that follows it: otherwise a parent
 * could choose an outcome for a reader who had clicked once and hear `dt:complete` for it.
 * Read from the URL and the page's DOM hooks only, so this file needs none of the
 * decision's code.
 */
function ScreenEvents({
  bridge,
  readerInputs,
}: {
  bridge: Bridge | null;
  readerInputs: () => number;
}) {
  const location = useLocation();
  const navigationType = useNavigationType();
  // The reader's input count at the last change from outside (the load is the first).
  const inputsAtPop = useRef<number | null>(null);
  useEffect(() => {
    if (navigationType === NavigationType.Pop || inputsAtPop.current === null) {
      inputsAtPop.current = readerInputs();
      return;
    }
    if (readerInputs() <= inputsAtPop.current) return;
    window.scrollTo(0, 0);
    if (!bridge?.linked) return;
    bridge.scrollRequest(0);
    // The URL holds the answers on the path taken (canonical form), one per step passed, and
    // perhaps a shared link's record (made, was), which is no step.
    const answered = [...new URLSearchParams(location.search).keys()].filter(
      (k) => k !== 'v' && k !== 'made' && k !== 'was',
    );
    bridge.step(answered.length);
    const reported = () => {
      const outcome = document.querySelector('[data-outcome]')?.getAttribute('data-outcome');
      if (outcome) bridge.complete(outcome);
      return outcome !== undefined && outcome !== null;
    };
    if (reported()) return;
    // The outcome's screen is a chunk of its own: it may be drawn a moment after the address.
    // Only for this address: a change from outside may draw before this effect is cleaned up.
    const address = window.location.hash;
    const observer = new MutationObserver(() => {
      if (window.location.hash !== address || reported()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location, navigationType, bridge, readerInputs]);
  return null;
}
