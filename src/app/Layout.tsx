import { Suspense, useEffect, useMemo, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageLink } from '../components/LanguageLink';
import { LoadErrorBoundary } from '../components/LoadErrorBoundary';
import { EMBED_UI } from '../content/embed';
import { FRAME_WORDS } from '../content/language';
import { SITE } from '../content/site';
import { FirmNotice } from '../firm/FirmNotice';
import { FULL_SITE, ModeContext, type AppMode } from '../hooks/mode';
import { whenDrawn } from '../hooks/whenDrawn';
import { useFirm } from '../screens/common/useFirm';

/** Site chrome around every page of the full app (the embed has none). */
export function Layout() {
  // The prerendered page that boot.js hid for a deep link is gone once React renders; the
  // footer it hid too comes back with the page's heading, not before: shown over an empty page
  // while the screen's code arrives, it would then be pushed down (a layout shift).
  useEffect(
    () =>
      whenDrawn(
        () => document.querySelector('#main h1') !== null,
        () => document.documentElement.classList.remove('deep-link'),
      ),
    [],
  );
  const { pathname } = useLocation();
  usePageFocus(pathname);
  const load = useFirm();
  const settings = load?.kind === 'settings' ? load.settings : undefined;
  // The firm's name and body come from its settings file alone: the full site takes no
  // firm or contact from its address (embed/options.ts, FRAME_ONLY).
  const firmName = settings?.firm;
  const body = settings?.body;
  const mode = useMemo<AppMode>(
    () => (body ? { ...FULL_SITE, fixed: { body } } : FULL_SITE),
    [body],
  );
  return (
    <ModeContext.Provider value={mode}>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-[var(--bg)] focus:p-2"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {FRAME_WORDS.skipToMain}
        </a>
        <header className="border-b-4 border-[var(--accent)] no-print">
          <div className="mx-auto flex max-w-[42rem] items-center justify-between gap-4 px-4 py-3">
            <Link to="/" className="text-lg font-bold text-[var(--fg)] no-underline">
              {SITE.name}
            </Link>
            {firmName && (
              <p className="min-w-0 text-sm font-semibold text-muted wrap-anywhere">
                {EMBED_UI.firmLine(firmName)}
              </p>
            )}
            <LanguageLink />
          </div>
        </header>
        {/* While a lazy screen loads, show neither it nor the footer: both then appear
          together, so nothing already on screen moves (no layout shift). */}
        <Suspense fallback={null}>
          <main
            id="main"
            tabIndex={-1}
            // The embed builder sets its preview beside its options: it needs the width.
            className={`mx-auto w-full ${pathname === '/embed' ? 'max-w-[80rem]' : 'max-w-[42rem]'} flex-1 px-4 py-8 outline-none`}
          >
            {load?.kind === 'notice' && (
              <div className="mb-6">
                <FirmNotice problem={load.problem} />
              </div>
            )}
            <LoadErrorBoundary resetKey={pathname}>
              <Outlet />
            </LoadErrorBoundary>
          </main>
          <Footer />
        </Suspense>
      </div>
    </ModeContext.Provider>
  );
}

/** How long to wait for a lazy page's heading before giving up (it is usually a few frames). */
const HEADING_WAIT_MS = 3000;

/**
 * On every change of page (not the first load), focus the new page's heading and show the top
 * of the page, as a fresh page load would; otherwise focus stays on the link just used, now
 * gone or in the footer. The decision's own steps do this in useStepFocus. A lazy page's
 * heading arrives after its code, so it is waited for.
 */
function usePageFocus(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname === '/decision') return;
    // While a lazy page loads, <main> itself is not there (Suspense): watch the whole body.
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      window.scrollTo(0, 0);
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => focus() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
}

export function Footer() {
  return (
    <footer className="border-t border-[var(--line)]">
      <div className="mx-auto max-w-[42rem] space-y-1 px-4 py-6 text-sm text-muted">
        <p>{SITE.credit}</p>
        {/* On paper the outcome's record carries this line. */}
        <p className="no-print">{SITE.disclaimer}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-3 pt-2">
          <Link to="/how-it-works">{SITE.howItWorks}</Link>
          <Link to="/sources">{SITE.sources}</Link>
          <Link to="/embed">{SITE.embedLink}</Link>
        </p>
      </div>
    </footer>
  );
}
