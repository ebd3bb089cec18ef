import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

function renderAt(path: string) {
  const { router } = renderApp(path);
  return router;
}

describe('StartScreen', () => {
  it('shows the tool name as the only h1', () => {
    renderAt('/');
    const h1s = screen.getAllByRole('heading', { level: 1 });
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toHaveTextContent('Should I connect?');
  });

  it('explains the tool in a two-sentence-or-so intro: what it does, and that answers stay private', () => {
    renderAt('/');
    const main = screen.getByRole('main');
    expect(
      within(main).getByText(/someone you don’t know has invited you to connect on linkedin/i),
    ).toBeInTheDocument();
    expect(within(main).getByText(/clear recommendation/i)).toBeInTheDocument();
    expect(within(main).getByText(/nothing is sent to us or anyone else/i)).toBeInTheDocument();
  });

  it('credits the source of the advice and says it is not legal advice', () => {
    renderAt('/');
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(/based on advice by kirsten hodgson/i);
    expect(footer).toHaveTextContent(/not legal advice/i);
  });

  it('does not show any question or Continue button before the user starts', () => {
    renderAt('/');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('"Start now" opens Question 1: the objectives fieldset with its five checkboxes', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');

    await user.click(screen.getByRole('button', { name: 'Start now' }));

    // The decision route is lazy-loaded: wait for it rather than for any h1.
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'What do you use LinkedIn for?',
    });
    expect(heading).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/decision');
    expect(router.state.location.search).toBe('?v=1');

    const fieldset = screen.getByRole('group', { name: /what do you use linkedin for\?/i });
    expect(fieldset.tagName).toBe('FIELDSET');
    expect(fieldset.querySelector('legend')).toHaveTextContent('What do you use LinkedIn for?');

    const boxes = within(fieldset).getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    expect(boxes.map((b) => b.getAttribute('name'))).toEqual(Array(5).fill('objectives'));
    expect(boxes.map((b) => (b as HTMLInputElement).value)).toEqual([
      'clients',
      'media',
      'community',
      'careers',
      'known-only',
    ]);
    for (const box of boxes) expect(box).not.toBeChecked();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('Back on Question 1 returns to the start page', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await screen.findByRole('group', { name: /what do you use linkedin for/i });

    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Should I connect?');
  });

  it('an unknown path falls back to the start page', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
  });
});
