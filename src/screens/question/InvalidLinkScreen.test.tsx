import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

/* A damaged or out-of-date share link: plain words, a way on, never a crash or injection. */

beforeAll(async () => {
  await import('./DecisionRoute');
});

afterEach(() => {
  vi.restoreAllMocks();
});

function renderAt(path: string) {
  const { router } = renderApp(path);
  return router;
}

async function openBroken(query: string) {
  const router = renderAt(`/decision?${query}`);
  await waitFor(() =>
    expect(document.querySelector('[data-error="invalid-link"]')).toBeInTheDocument(),
  );
  return { router, root: document.querySelector('[data-error="invalid-link"]') as HTMLElement };
}

describe('invalid link', () => {
  it('an unknown version shows the invalid-link screen in plain words, with only "Start again"', async () => {
    const { root } = await openBroken('v=9');

    expect(root).toHaveAttribute('data-error', 'invalid-link');
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('This link is damaged or out of date');
    expect(root).toContainElement(h1);
    expect(within(root).getByRole('listitem')).toHaveTextContent(
      /made by a version of the tool that this one does not know/i,
    );
    // No question and no outcome from a link we could not read.
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(document.querySelector('[data-outcome]')).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Continue from the last valid step' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('moves focus to the heading so screen-reader users hear what went wrong', async () => {
    await openBroken('v=9');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('"Start again" opens Question 1 with nothing chosen', async () => {
    const user = userEvent.setup();
    const { router } = await openBroken('v=9&objectives=clients');

    await user.click(screen.getByRole('button', { name: 'Start again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'What do you use LinkedIn for?' }),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-error]')).toBeNull();
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(router.state.location.search).toBe('?v=1');
  });

  it('an unknown body offers "Continue from the last valid step", which opens Question 2 (the body question)', async () => {
    const user = userEvent.setup();
    const { root, router } = await openBroken('v=1&objectives=clients&body=mars');
    expect(within(root).getByRole('listitem')).toHaveTextContent(
      /the answer for your professional body is not one this tool knows/i,
    );
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue from the last valid step' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Who regulates your profession?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    expect(document.querySelector('[data-error]')).toBeNull();
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(router.state.location.search).toBe('?v=1&objectives=clients');

    // The valid answer was kept: Back shows it chosen.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Question 1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /winning work/i })).toBeChecked();
  });

  it('keeps only the answers before the first damaged one', async () => {
    const user = userEvent.setup();
    const { router } = await openBroken(
      'v=1&objectives=clients&body=sra&rules=maybe&matter=none&invite=standard',
    );
    await user.click(screen.getByRole('button', { name: 'Continue from the last valid step' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /do your rules let you connect/i }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?v=1&objectives=clients&body=sra');
  });

  it.each([
    ['a repeated key', 'v=1&objectives=clients&body=sra&body=bsb', /more than once/i],
    ['"known-only" mixed with other reasons', 'v=1&objectives=known-only,clients', /mixes/i],
    ['a repeated reason', 'v=1&objectives=clients,clients', /repeats/i],
    ['an unknown key', 'v=1&objectives=clients&colour=blue', /does not recognise/i],
    ['no version', 'objectives=clients', /does not say which version/i],
    ['an absurd length', `v=1&objectives=clients&x=${'a'.repeat(2100)}`, /far longer/i],
  ])('names what was wrong: %s', async (_what, query, message) => {
    const { root } = await openBroken(query);
    expect(within(root).getAllByRole('listitem')[0]).toHaveTextContent(message);
  });

  it('never renders a hostile value from the link', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const hostile = '<img src=x onerror=alert(1)>';
    const { root } = await openBroken(`v=1&objectives=clients&body=${encodeURIComponent(hostile)}`);

    expect(document.querySelector('img')).toBeNull();
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(root.textContent).not.toContain('<img');
    expect(root.textContent).not.toContain('alert(1)');
    expect(alert).not.toHaveBeenCalled();
    // The problem is still named, in our words rather than the link's.
    expect(within(root).getByRole('listitem')).toHaveTextContent(/your professional body/i);
  });

  it('never renders a hostile value even when it is not URL-encoded', async () => {
    const { root } = await openBroken('v=1&objectives=clients&body=<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(root.textContent).not.toContain('alert(1)');
  });

  it('a script in an objectives list is rejected the same way', async () => {
    const { root } = await openBroken(
      `v=1&objectives=${encodeURIComponent('clients,<script>alert(1)</script>')}`,
    );
    expect(document.querySelector('main script')).toBeNull();
    expect(root.textContent).not.toContain('<script>');
    expect(
      screen.queryByRole('button', { name: 'Continue from the last valid step' }),
    ).not.toBeInTheDocument();
  });
});
