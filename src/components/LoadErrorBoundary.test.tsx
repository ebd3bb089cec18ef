import { render, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense, type ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadErrorBoundary } from './LoadErrorBoundary';

// A screen whose chunk can't be fetched, as offline.
const Unreachable = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
);
const Fine = () => <p>Loaded</p>;

/** The boundary around a chunk that can't be fetched, as the app uses it. */
const failing = (props: Omit<ComponentProps<typeof LoadErrorBoundary>, 'children'> = {}) => (
  <Suspense fallback={null}>
    <LoadErrorBoundary {...props}>
      <Unreachable />
    </LoadErrorBoundary>
  </Suspense>
);

describe('LoadErrorBoundary', () => {
  beforeEach(() => {
    // React reports every caught error on the console; here they are the point.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('a screen that cannot load: a heading that takes focus, what to do, a reload button', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    render(failing());
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'This part of the page didn’t load',
    });
    // Focus moves in an effect, which may run just after the heading appears.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('reloading loses nothing');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('leaves focus alone in a page (or an embed) the reader is not using', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    render(failing());
    await screen.findByRole('heading', { level: 1 });
    // Give the effect that would move focus its turn before checking it didn't.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.body).toHaveFocus();
  });

  it('a part of a screen: one line and the button, no heading', async () => {
    render(failing({ fallback: 'part' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Part of this page didn’t load');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('something only for paper: nothing at all', async () => {
    const { container } = render(
      <Suspense fallback={<p>Loading</p>}>
        <LoadErrorBoundary fallback="nothing">
          <Unreachable />
        </LoadErrorBoundary>
      </Suspense>,
    );
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('tries again when the page changes', async () => {
    const { rerender } = render(failing({ resetKey: '/decision' }));
    await screen.findByRole('alert');
    rerender(
      <Suspense fallback={null}>
        <LoadErrorBoundary resetKey="/">
          <Fine />
        </LoadErrorBoundary>
      </Suspense>,
    );
    expect(await screen.findByText('Loaded')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
