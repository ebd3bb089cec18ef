import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageLink } from './LanguageLink';

// The link is switched off while the French catalogue is incomplete: these tests are of the
// link itself, whatever the switch says today.
const shown = vi.hoisted(() => ({ value: true }));
vi.mock('../content/language', async (original) => ({
  ...(await original<typeof import('../content/language')>()),
  get LANGUAGE_LINK_SHOWN() {
    return shown.value;
  },
}));

const DECISION = '/decision?v=1&objectives=clients&body=sra&rules=allowed';

function renderAt(path: string, page = '/') {
  window.history.replaceState(null, '', page);
  render(
    <MemoryRouter initialEntries={[path]}>
      <LanguageLink />
    </MemoryRouter>,
  );
  return screen.getByRole('link', { name: 'Version française' });
}

afterEach(() => {
  shown.value = true;
  window.history.replaceState(null, '', '/');
});

describe('the link to the other language', () => {
  it('opens the same page in French with the same answers, marked as French', () => {
    const link = renderAt(DECISION);
    expect(link).toHaveAttribute('href', `fr/#${DECISION}`);
    expect(link).toHaveAttribute('hreflang', 'fr-CA');
    expect(link).toHaveAttribute('lang', 'fr-CA');
    expect(link).toHaveTextContent('Français');
  });

  it('does not repeat a damaged link’s text, only answers in the link’s own format', () => {
    const link = renderAt('/decision?v=1&body=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(link).toHaveAttribute('href', 'fr/#/decision');
  });

  it('keeps the firm settings the page reads (?pack=), and no other part of its address', () => {
    const link = renderAt('/how-it-works', '/?pack=acme&firm=Evil');
    expect(link).toHaveAttribute('href', 'fr/?pack=acme#/how-it-works');
  });

  it('is not there while it is switched off', () => {
    shown.value = false;
    render(
      <MemoryRouter>
        <LanguageLink />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});
