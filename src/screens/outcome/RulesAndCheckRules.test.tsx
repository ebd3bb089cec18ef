import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

/* Issue 21: the rules question puts its answers first; check-rules says what would follow. */

beforeAll(async () => {
  await import('../question/DecisionRoute');
  await import('../../content/guidance');
});

async function open(query: string) {
  renderApp(`/decision?v=1&${query}`);
  return screen.findByRole('heading', { level: 1 });
}

const follows = (a: Element, b: Element) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('the rules question', () => {
  it('puts the answers before the body’s guidance, which is folded until opened', async () => {
    const user = userEvent.setup();
    await open('objectives=clients&body=sra');
    const answers = screen.getByRole('group', { name: /do your rules let you connect/i });
    const guidance = await screen.findByRole('region', {
      name: /solicitors regulation authority/i,
    });
    expect(follows(answers, guidance)).toBe(true);
    const details = guidance.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(within(guidance).getByText(/solicitors regulation authority/i));
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('link').length).toBeGreaterThan(1);
  });

  it('says the body’s position in one plain line, outside the fold, where it is known', async () => {
    await open('objectives=clients&body=aba');
    const guidance = await screen.findByRole('region', { name: /american bar association/i });
    const position = guidance.querySelector('[data-position]') as HTMLElement;
    expect(position).toHaveTextContent(/^In short: D\.C\. Bar Opinion 370 allows you to connect/);
    expect(position.closest('details')).toBeNull();
  });

  it('marks a secondary source once, with †, never in words in each line', async () => {
    await open('objectives=clients&body=aba');
    const guidance = await screen.findByRole('region', { name: /american bar association/i });
    expect(guidance).not.toHaveTextContent(/as (reported|summarised) by/i);
    expect(within(guidance).getAllByText(/^† Known to us from a secondary source/)).toHaveLength(1);
    expect(guidance.querySelectorAll('abbr[title]').length).toBeGreaterThan(1);
  });
});

const UNSURE = 'objectives=clients&body=sra&rules=unsure&matter=none&invite=standard';

describe('check-rules', () => {
  it('with a fitting profile: once your rules allow it, accept; what to ask and whom', async () => {
    const heading = await open(`${UNSURE}&profile=relevant`);
    expect(heading).toHaveTextContent(/hold off and check/i);
    expect(
      screen.getByRole('heading', { name: 'Once your rules allow it: accept' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /your note/i })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask' })).toBeInTheDocument();
    const whom = screen.getByRole('heading', { name: 'Whom to ask' }).closest('section');
    expect(
      within(whom as HTMLElement).getByRole('link', { name: /SRA Professional Ethics helpline/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
  });

  it('when they could not tell why: once your rules allow it, ask them why, with the note', async () => {
    await open(`${UNSURE}&profile=unclear`);
    expect(
      await screen.findByRole('heading', { name: 'Once your rules allow it: ask them why' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /: accept$/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Copy note' })).toBeInTheDocument();
  });

  it('with no helpline known for the body, says where to look instead', async () => {
    await open(`${UNSURE.replace('body=sra', 'body=other')}&profile=relevant`);
    const whom = screen.getByRole('heading', { name: 'Whom to ask' }).closest('section');
    expect(whom).toHaveTextContent(/we don’t hold a helpline/);
  });
});

describe('accept after a genuine reply', () => {
  it('does not say their profile fits what you use LinkedIn for', async () => {
    await open(
      'objectives=clients&body=none&matter=none&invite=standard&profile=unclear&reply=genuine',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accept the invitation');
    // Nowhere on the page, the copy-as-text included.
    expect(screen.queryByText(/they fit what you use LinkedIn for/i)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).closest('header')).toHaveTextContent(
      /they gave a genuine reason, and nothing else/i,
    );
  });
});
