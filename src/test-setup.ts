import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run the whole suite: give screens that load a lazy chunk time to appear.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
});

// Screens that show a professional body's guidance load it lazily in the app; in tests,
// have it ready so every screen renders in one pass.
await import('./content/loadGuidance').then((m) => m.loadGuidance());
await import('./screens/loadScreens').then((m) =>
  Promise.all([m.loadOutcomeScreen(), m.loadQuestionScreen(), m.loadInvalidLinkScreen()]),
);
