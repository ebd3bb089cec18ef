import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';

const SHARED =
  '/decision?v=1&objectives=clients&body=nzls&rules=allowed&matter=none&invite=standard&profile=relevant';

afterEach(() => {
  window.location.hash = '';
  document.documentElement.classList.remove('deep-link');
  vi.doUnmock('../screens/OutcomeScreen');
  vi.restoreAllMocks();
});

it('works out a shared decision once, not again when the outcome screen’s chunk arrives', async () => {
  // Fresh modules: the test setup has every screen's chunk loaded already, and this is
  // about a page that has to wait for one.
  vi.resetModules();
  // A chunk on its way over the network, as on a phone, not one read from disk at once.
  vi.doMock('../screens/OutcomeScreen', async (original) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return original();
  });
  const { act, createElement, startTransition } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { MemoryRouter } = await import('react-router');
  const { AppRoutes } = await import('./routes');
  const { decisionMachine } = await import('../decision/machine');

  // A page opened on the link, which boot.js marks before the app starts.
  window.location.hash = `#${SHARED}`;
  document.documentElement.classList.add('deep-link');
  const start = vi.spyOn(decisionMachine, 'getInitialSnapshot');
  // As src/main.tsx renders a deep link: in a transition, where React sets aside a render
  // that suspends and starts it again from scratch once it can go on.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  act(() =>
    startTransition(() =>
      root.render(
        createElement(MemoryRouter, { initialEntries: [SHARED] }, createElement(AppRoutes)),
      ),
    ),
  );
  await screen.findByRole('heading', { level: 1, name: 'Accept the invitation' });
  // The screen's own actor is the one given `remembered`; the map's and "What would
  // change this?"'s replays are not.
  const screenActors = start.mock.calls.filter(([, input]) => input && 'remembered' in input);
  expect(screenActors).toHaveLength(1);
  act(() => root.unmount());
});
