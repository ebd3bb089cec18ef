import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isOfficialUrl } from '../../content/officialLinks';
import { renderApp } from '../../test/renderApp';

const NEW_BODIES = [
  'us-ca',
  'us-ny',
  'us-tx',
  'us-fl',
  'us-il',
  'barreau-qc',
  'lsni',
  'faculty-advocates',
  'cilex',
  'ipreg',
] as const;

async function open(query: string) {
  renderApp(`/decision?${query}`);
  await waitFor(() => expect(document.querySelector('[data-outcome]')).toBeInTheDocument());
  return document.querySelector('[data-outcome]') as HTMLElement;
}

const officialLinks = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('https://') && isOfficialUrl(href));

describe.each(NEW_BODIES)('%s', (body) => {
  it('a red flag names whom to tell and links the body’s own guidance or helpline', async () => {
    await open(`v=1&objectives=clients&body=${body}&rules=allowed&matter=juror`);
    const tell = (await screen.findByRole('heading', { name: 'Whom to tell now' }))
      .parentElement as HTMLElement;
    expect(tell).toHaveTextContent(/supervising lawyer now, before the court next sits/i);
    expect(tell).toHaveTextContent(/lawyer running the trial decides/i);
    // New York's duty is verified; elsewhere, "consider" (the body's own lines come with its
    // content, fetched after the screen is drawn).
    await waitFor(() =>
      expect(tell).toHaveTextContent(body === 'us-ny' ? /require/ : /Consider with them now/),
    );
    await waitFor(() => expect(officialLinks(tell).length).toBeGreaterThan(0));
  });

  it('check-rules shows the body’s guidance with an official link', async () => {
    const root = await open(
      `v=1&objectives=clients&body=${body}&rules=unsure&matter=none&invite=standard&profile=relevant`,
    );
    expect(root).toHaveAttribute('data-outcome', 'check-rules');
    const guidance = await screen.findByRole('region', {
      name: /your professional body’s guidance/i,
    });
    expect(officialLinks(guidance).length).toBeGreaterThan(0);
  });
});

describe('cautions where a body’s rule changes what to do', () => {
  const accept = (body: string, objectives: string) =>
    `v=1&objectives=${objectives}&body=${body}&rules=allowed&matter=none&invite=standard&profile=relevant`;

  it.each(['us-tx', 'us-ny', 'us-ca'])(
    '%s, winning work: no pitch through LinkedIn messages or chat',
    async (body) => {
      await open(accept(body, 'clients'));
      const caution = await waitFor(() => {
        const el = document.querySelector(`[data-caution="${body}-solicitation"]`);
        expect(el).not.toBeNull();
        return el as HTMLElement;
      });
      expect(caution).toHaveTextContent(/messages or chat/i);
      expect(caution).toHaveTextContent(/our suggestion \(not a rule\)/i);
    },
  );

  it('not for raising one’s profile alone, nor in another state', async () => {
    await open(accept('us-tx', 'media'));
    await screen.findByRole('region', { name: 'Also bear in mind' });
    expect(document.querySelector('[data-caution$="-solicitation"]')).toBeNull();
  });

  it('Florida’s invitations: something to check, not a rule stated as fact', async () => {
    await open(accept('us-fl', 'clients'));
    const caution = await waitFor(() => {
      const el = document.querySelector('[data-caution="us-fl-invitations"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(caution).toHaveTextContent(/check/i);
  });
});
