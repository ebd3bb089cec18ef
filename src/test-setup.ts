import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run the whole suite, and the first import of a lazy module is transformed on
// the spot: give screens and the extras that load time to appear, even on a busy machine
// (a limit here is not a speed test; the test timeout in vite.config.ts is above it).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});

// jsdom has no layout to scroll (its scrollTo only logs "not implemented"); a new step scrolls
// to the top in the app, which the browser tests check.
window.scrollTo = () => {};

// Screens that show a professional body's guidance load it lazily in the app; in tests,
// have it ready so every screen renders in one pass.
await import('./content/loadGuidance').then((m) => m.loadGuidance());
await import('./screens/loadScreens').then((m) =>
  Promise.all([m.loadOutcomeScreen(), m.loadQuestionScreen(), m.loadInvalidLinkScreen()]),
);
await import('./screens/parts/loadMessageNote').then((m) => m.loadMessageNote());
await import('./screens/parts/loadOutcomeExtras').then((m) =>
  Promise.all([m.loadPathMap(), m.loadWhatWouldChange()]),
);
