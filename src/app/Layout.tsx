import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LoadErrorBoundary } from '../components/LoadErrorBoundary';
import { SITE } from '../content/site';

/** Site chrome around every page of the full app (the embed has none). */
export function Layout() {
  // Rendered by React now: the prerendered page that boot.js hid for a deep link is gone.
  useEffect(() => document.documentElement.classList.remove('deep-link'), []);
  const { pathname } = useLocation();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-[var(--bg)] focus:p-2"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="border-b-4 border-[var(--accent)] no-print">
        <div className="mx-auto flex max-w-[42rem] items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="text-lg font-bold text-[var(--fg)] no-underline">
            {SITE.name}
          </Link>
        </div>
      </header>
      {/* While a lazy screen loads, show neither it nor the footer: both then appear
          together, so nothing already on screen moves (no layout shift). */}
      <Suspense fallback={null}>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-[42rem] flex-1 px-4 py-8 outline-none"
        >
          <LoadErrorBoundary resetKey={pathname}>
            <Outlet />
          </LoadErrorBoundary>
        </main>
        <Footer />
      </Suspense>
    </div>
  );
}

export function Footer() {
  return (
    <footer className="border-t border-[var(--line)]">
      <div className="mx-auto max-w-[42rem] space-y-1 px-4 py-6 text-sm text-muted">
        <p>{SITE.credit}</p>
        <p>{SITE.disclaimer}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-3 pt-2">
          <Link to="/how-it-works">{SITE.howItWorks}</Link>
          <Link to="/embed">{SITE.embedLink}</Link>
        </p>
      </div>
    </footer>
  );
}
