import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run the whole suite, and the first import of a lazy module is transformed on
// the spot: give screens time to appear, even on a busy machine (a limit here is not a speed
// test; the test timeout in vite.config.ts is above it).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});

// jsdom has no layout to scroll (its scrollTo only logs "not implemented"); a new step scrolls
// to the top in the app, which the browser tests check.
window.scrollTo = () => {};
