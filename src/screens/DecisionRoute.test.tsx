import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';

// The outcome screen works its summary out on every render: counting the calls counts them.
vi.mock('../share/summary', async (original) => {
  const actual = await original<typeof import('../share/summary')>();
  return { ...actual, summaryText: vi.fn(actual.summaryText) };
});

const SHARED =
  '/decision?v=1&objectives=clients&body=nzls&rules=allowed&matter=none&invite=standard&profile=relevant';

afterEach(() => {
  document.body.replaceChildren();
});

it('renders a shared outcome once: keeping the answers for Back does not render it again', async () => {
  // Fresh modules, so the outcome screen is the one that calls the counted summary (the
  // test setup has loaded the real one already).
  vi.resetModules();
  const { act, createElement } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { MemoryRouter } = await import('react-router');
  const { AppRoutes } = await import('../app/routes');
  const { summaryText } = await import('../share/summary');

  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  act(() =>
    root.render(
      createElement(MemoryRouter, { initialEntries: [SHARED] }, createElement(AppRoutes)),
    ),
  );
  await screen.findByRole('heading', { level: 1, name: 'Accept the invitation' });
  // The extras below it arrive once it is shown; the screen itself must not render again.
  await screen.findByRole('heading', { name: 'What would change this?' });
  expect(summaryText).toHaveBeenCalledTimes(1);
  act(() => root.unmount());
});
