import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

/*
 * The outcome screen, reached the way a user reaches it: by opening a share link that the
 * machine replays to the end, or by answering the last question.
 */

const LINKS = {
  accept:
    'v=1&objectives=clients&body=sra&rules=allowed&matter=none&invite=standard&profile=relevant',
  ignore: 'v=1&objectives=community&body=none&matter=none&invite=pitch&profile=not-relevant',
  'report-spam':
    'v=1&objectives=community&body=sra&rules=allowed&matter=none&invite=suspicious&spam=true-spam',
  wait: 'v=1&objectives=clients,media&body=none&matter=none&invite=standard&profile=unclear&reply=pending',
  'check-rules':
    'v=1&objectives=clients&body=sra&rules=unsure&matter=none&invite=standard&profile=relevant',
  'dont-connect': 'v=1&objectives=clients&body=aba&rules=allowed&matter=juror',
} as const;

type OutcomeId = keyof typeof LINKS;

const TITLES: Record<OutcomeId, string> = {
  accept: 'Accept the invitation',
  ignore: 'Ignore the invitation',
  'report-spam': 'Report it as spam, then ignore it',
  wait: 'Leave it pending until they reply',
  'check-rules': 'Hold off and check your professional body’s guidance first',
  'dont-connect': 'Don’t accept, and don’t discuss the matter with them',
};

/** The reason line for the last answer of each link, to prove the lines follow the answers. */
const LAST_REASON: Record<OutcomeId, string> = {
  accept: 'Their profile fits what you use LinkedIn for.',
  ignore: 'Their profile doesn’t fit what you use LinkedIn for.',
  'report-spam': 'It has the signs of real spam.',
  wait: 'You have asked why they want to connect and are waiting for a reply.',
  'check-rules': 'Their profile fits what you use LinkedIn for.',
  'dont-connect':
    'They are a juror or possible juror in a matter you or your firm handle. Contact with a juror outside court can put the trial at risk, and the court may need to know.',
};

/**
 * A "Change" button's accessible name is "Change" plus the visually hidden answer label.
 * (jsdom computes it without the space between the two; see the report.)
 */
const changeButton = (label: string) =>
  screen.getByRole('button', { name: new RegExp(`^change\\s*${label}$`, 'i') });

const answerCount = (query: string) => query.split('&').length - 1;

beforeAll(async () => {
  await import('../question/DecisionRoute');
});

async function openDecision(query: string) {
  const { router } = renderApp(`/decision?${query}`);
  await waitFor(() =>
    expect(document.querySelector('[data-outcome], form, [data-error]')).toBeInTheDocument(),
  );
  return router;
}

async function openOutcome(id: OutcomeId) {
  const router = await openDecision(LINKS[id]);
  const root = document.querySelector('[data-outcome]') as HTMLElement;
  expect(root).not.toBeNull();
  return { router, root };
}

function mockClipboard(writeText = vi.fn().mockResolvedValue(undefined)) {
  // Must run after userEvent.setup(), which installs its own clipboard stub.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

const shareField = () =>
  screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this decision' });
/** The offered link's answers, without the record it adds (`made`, `was`: record.test.tsx). */
const sharedAnswers = () => shareField().value.replace(/&made=\d{4}-\d{2}-\d{2}&was=[a-z-]+$/, '');
const outcomeId = () => document.querySelector('[data-outcome]')?.getAttribute('data-outcome');
const checkAnswers = () => screen.getByRole('region', { name: 'Check your answers' });

describe.each(Object.keys(LINKS) as OutcomeId[])('outcome %s', (id) => {
  it('shows the recommendation, the reasons, the next steps and the answers', async () => {
    const { root } = await openOutcome(id);
    const n = answerCount(LINKS[id]);

    expect(root).toHaveAttribute('data-outcome', id);
    expect(root).toBe(screen.getByRole('article'));
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();

    const h1s = screen.getAllByRole('heading', { level: 1 });
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toHaveTextContent(TITLES[id]);
    expect(within(root).getByText('Our recommendation')).toBeInTheDocument();

    const why = screen.getByRole('region', { name: 'Why' });
    const reasons = within(why)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(reasons).toHaveLength(n);
    for (const line of reasons) expect(line.trim()).not.toBe('');
    expect(new Set(reasons).size).toBe(n);
    expect(reasons[n - 1]).toBe(LAST_REASON[id]);

    const next = screen.getByRole('region', { name: 'What to do next on LinkedIn' });
    expect(within(next).getByRole('list').tagName).toBe('OL');
    expect(within(next).getAllByRole('listitem').length).toBeGreaterThan(1);

    const answers = checkAnswers();
    expect(within(answers).getAllByRole('term')).toHaveLength(n);
    expect(within(answers).getAllByRole('button', { name: /^Change/ })).toHaveLength(n);

    expect(shareField().value).toContain(`#/decision?${LINKS[id]}`);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });
});

describe('the reasons', () => {
  it('name the objectives in words addressed to the reader (the options are in their voice)', async () => {
    await openOutcome('wait');
    const first = within(screen.getByRole('region', { name: 'Why' })).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(
      /^You use LinkedIn for winning work and raising your profile\.$/,
    );
  });
});

describe('check your answers', () => {
  it('lists every answer with the label the user saw', async () => {
    await openOutcome('accept');
    const rows = within(checkAnswers())
      .getAllByRole('term')
      .map((dt) => {
        const row = dt.parentElement as HTMLElement;
        return [dt.textContent, within(row).getAllByRole('definition')[0]?.textContent];
      });
    expect(rows).toEqual([
      ['What you use LinkedIn for', 'Winning work'],
      ['Professional body', 'Solicitors, England & Wales'],
      ['What your rules allow', 'Yes, they allow it'],
      ['Connection to your firm’s matters', 'No, not as far as I can tell'],
      ['Their invitation', 'Just LinkedIn’s standard text'],
      ['Their profile', 'Yes, they fit'],
    ]);
  });

  it('"Change" opens that question with its answer chosen, and answering returns to the outcome', async () => {
    const user = userEvent.setup();
    await openDecision(LINKS.accept);

    await user.click(changeButton('their invitation'));

    const h1 = await screen.findByRole('heading', {
      level: 1,
      name: 'What does their invitation say?',
    });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(document.querySelector('[data-outcome]')).toBeNull();
    expect(screen.getByText('Question 5')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /standard text/i })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /personal note/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(outcomeId()).toBe('accept'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLES.accept);
    expect(checkAnswers()).toHaveTextContent('A personal note with a clear reason');
    expect(checkAnswers()).not.toHaveTextContent('standard text');
    const expected = LINKS.accept.replace('invite=standard', 'invite=personal');
    await waitFor(() => expect(shareField().value).toContain(`#/decision?${expected}`));
    expect(sharedAnswers().endsWith(`#/decision?${expected}`)).toBe(true);
    // Nothing was dropped by this change, so no "no longer applies" line.
    expect(screen.queryByText(/no longer appl/i)).not.toBeInTheDocument();
  });

  it('"Change" that opens a new step asks it before reaching the new outcome', async () => {
    const user = userEvent.setup();
    await openDecision(LINKS.accept);
    await user.click(changeButton('their profile'));
    await screen.findByRole('heading', { level: 1, name: /having looked at their profile/i });
    expect(screen.getByRole('radio', { name: 'Yes, they fit' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /can’t tell why/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // The message step has no answer yet: it is asked rather than skipped.
    expect(
      await screen.findByRole('heading', { level: 1, name: /did they reply/i }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /genuine reason/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(outcomeId()).toBe('accept'));
    expect(within(checkAnswers()).getAllByRole('term')).toHaveLength(7);
  });

  it('changing the objectives to "known-only" reaches ignore and says which answers no longer apply', async () => {
    const user = userEvent.setup();
    await openDecision(LINKS.accept);

    await user.click(changeButton('what you use linkedin for'));
    await screen.findByRole('heading', { level: 1, name: 'What do you use LinkedIn for?' });
    expect(screen.getByRole('checkbox', { name: /winning work/i })).toBeChecked();

    await user.click(
      screen.getByRole('checkbox', { name: /only connect with people i already know/i }),
    );
    expect(screen.getByRole('checkbox', { name: /winning work/i })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(outcomeId()).toBe('ignore'));
    const note = screen.getByText(/no longer apply/i);
    // The matter question is still asked of everyone, and its answer still applies.
    for (const label of [
      'professional body',
      'what your rules allow',
      'their invitation',
      'their profile',
    ]) {
      expect(note).toHaveTextContent(label);
    }
    expect(note).not.toHaveTextContent('matters');
    expect(within(checkAnswers()).getAllByRole('term')).toHaveLength(2);
    expect(
      within(screen.getByRole('region', { name: 'Why' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    await waitFor(() =>
      expect(shareField().value).toContain('#/decision?v=1&objectives=known-only&matter=none'),
    );
    expect(sharedAnswers()).toMatch(/#\/decision\?v=1&objectives=known-only&matter=none$/);
  });

  it('"Start again" returns to Question 1 with nothing selected', async () => {
    const user = userEvent.setup();
    const router = await openDecision(LINKS.accept);

    await user.click(screen.getByRole('button', { name: 'Start again' }));

    const h1 = await screen.findByRole('heading', {
      level: 1,
      name: 'What do you use LinkedIn for?',
    });
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    expect(document.querySelector('[data-outcome]')).toBeNull();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    for (const box of boxes) expect(box).not.toBeChecked();
    await waitFor(() => expect(router.state.location.search).toBe('?v=1'));
    await waitFor(() => expect(h1).toHaveFocus());

    // The old answers are really gone: the next question is not pre-filled either.
    await user.click(screen.getByRole('checkbox', { name: /taking part in my sector/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Question 2');
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });
});

/** The live region of the "Copy link" button (the share section has its own). */
const shareStatus = () =>
  within(screen.getByRole('button', { name: 'Copy link' }).parentElement as HTMLElement).getByRole(
    'status',
  );

describe('share link', () => {
  it('holds the canonical answers in the fragment, whatever order the link was in', async () => {
    await openDecision(
      'profile=relevant&invite=standard&matter=none&rules=allowed&body=sra&objectives=media,clients&v=1',
    );
    expect(outcomeId()).toBe('accept');
    const canonical =
      'v=1&objectives=clients,media&body=sra&rules=allowed&matter=none&invite=standard&profile=relevant';
    expect(sharedAnswers()).toBe(
      `${window.location.origin}${window.location.pathname}#/decision?${canonical}`,
    );
    // The address bar's canonical form is checked in the browser (tests/e2e/walk.spec.ts).
  });

  it('drops answers for steps that are not on the path', async () => {
    await openDecision(`${LINKS['check-rules']}&reply=none&spam=true-spam`);
    expect(outcomeId()).toBe('check-rules');
    expect(sharedAnswers().endsWith(`#/decision?${LINKS['check-rules']}`)).toBe(true);
    expect(shareField().value).not.toMatch(/reply=|spam=/);
    // The address bar's canonical form is checked in the browser (tests/e2e/walk.spec.ts).
  });

  /*
   * Answers a link gives for steps off its path are dropped silently (the spec; the URL is
   * canonicalised, above): the note that some answers "no longer apply" is only for answers
   * the user's own change has left behind.
   */
  it('opening a link with answers off the path does not claim the user changed something', async () => {
    await openDecision(`${LINKS['check-rules']}&reply=none&spam=true-spam`);
    expect(outcomeId()).toBe('check-rules');
    expect(screen.queryByText(/after your change/i)).not.toBeInTheDocument();
  });

  it('"Copy link" copies the share link and says "Copied"', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    await openOutcome('accept');
    const status = shareStatus();
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(shareField().value);
    await waitFor(() => expect(status).toHaveTextContent('Copied'));
  });

  it('when the clipboard is blocked, selects the link and says how to copy it', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(vi.fn().mockRejectedValue(new Error('NotAllowedError')));
    await openOutcome('accept');

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalled();
    const field = shareField();
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    // The message is a state update after the failed promise: it can render a turn after
    // the focus moves.
    const status = shareStatus();
    await waitFor(() => expect(status).toHaveTextContent(/ctrl\+c/i));
    expect(status).not.toHaveTextContent('Copied');
  });

  it('with no Clipboard API at all, still falls back to selecting the link', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await openOutcome('ignore');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(shareField()).toHaveFocus());
    await waitFor(() => expect(shareStatus()).toHaveTextContent(/ctrl\+c/i));
  });
});

describe('what each outcome must also say', () => {
  it('accept: gives a tip that fits the objectives', async () => {
    await openOutcome('accept');
    const tip = screen.getByRole('heading', { name: 'A tip' }).parentElement as HTMLElement;
    expect(tip).toHaveTextContent(/don’t open with a sales pitch/i);
  });

  it('accept for a regulated user who wants clients: shows the conduct cautions', async () => {
    await openOutcome('accept');
    // Below the fold: mounted just after the outcome paints.
    const cautions = await screen.findByRole('region', { name: 'Also bear in mind' });
    // Folded, each under its title, so the outcome stays short on a phone.
    const titles = cautions.querySelectorAll('details > summary');
    expect(titles.length).toBeGreaterThan(0);
    expect(within(cautions).getAllByText(/our suggestion \(not a rule\)/i).length).toBeGreaterThan(
      0,
    );
  });

  it('ignore: says they will not be told, and shows no conduct cautions', async () => {
    await openOutcome('ignore');
    const discreet = screen.getByRole('heading', { name: /will they know i ignored them/i })
      .parentElement as HTMLElement;
    expect(discreet).toHaveTextContent(
      /linkedin’s help said in 2015–2016 that it doesn’t tell them/i,
    );
    expect(discreet).toHaveTextContent(/invite you again/i);
    // The extras below the fold have mounted (this one last of all), and no cautions.
    await screen.findByRole('heading', { name: 'What would change this?' });
    expect(screen.queryByRole('region', { name: 'Also bear in mind' })).not.toBeInTheDocument();
  });

  it('ignore via known-only, after the red-flag question: two reasons, two answers', async () => {
    await openDecision('v=1&objectives=known-only&matter=none');
    expect(outcomeId()).toBe('ignore');
    const why = within(screen.getByRole('region', { name: 'Why' })).getAllByRole('listitem');
    expect(why).toHaveLength(2);
    expect(why[0]).toHaveTextContent(/only connect with people you already know/i);
    expect(
      screen.getByRole('heading', { name: /will they know i ignored them/i }).parentElement,
    ).toHaveTextContent(/it doesn’t tell them you ignored/i);
  });

  it('report-spam: warns not to click links and lists what counts as real spam', async () => {
    await openOutcome('report-spam');
    expect(screen.getAllByText(/don’t click any link/i).length).toBeGreaterThan(0);
    const signs = screen.getByRole('region', { name: 'Signs of real spam' });
    expect(within(signs).getAllByRole('listitem')).toHaveLength(3);
    expect(signs.parentElement).toHaveTextContent(
      /keep linkedin’s report option for real spammers/i,
    );
  });

  it('dont-connect for a juror under the ABA rules cites Formal Opinion 466 and says ignoring is discreet', async () => {
    await openOutcome('dont-connect');
    const rule = screen.getByRole('heading', { name: 'The rule behind this' })
      .parentElement as HTMLElement;
    expect(rule).toHaveTextContent(/juror/i);
    const cite = within(rule).getAllByRole('link', { name: /466/ })[0]!;
    expect(cite).toHaveTextContent('ABA Formal Opinion 466');
    expect(cite).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.americanbar\.org\//),
    );
    expect(rule).toHaveTextContent('24 Apr 2014');
    // Evidence first; ignoring, discreet, only after telling someone.
    const next = within(
      screen.getByRole('region', { name: 'What to do next on LinkedIn' }),
    ).getAllByRole('listitem');
    expect(next[0]).toHaveTextContent(/^Keep a copy first/);
    expect(next[1]).toHaveTextContent(/now, before the court next sits/);
    expect(next[2]).toHaveTextContent(/^Only then choose Ignore.*doesn’t tell them/);
  });

  it.each(['juror', 'judge', 'witness', 'opposing-party'] as const)(
    'dont-connect for %s: whom to tell now, the helpline, the copy on the file, and our suggestion labelled',
    async (flag) => {
      await openDecision(`v=1&objectives=clients&body=bsb&rules=allowed&matter=${flag}`);
      const tell = screen.getByRole('heading', { name: 'Whom to tell now' })
        .parentElement as HTMLElement;
      expect(tell).toHaveTextContent(/First, keep a copy/i);
      expect(tell).toHaveTextContent(/supervising lawyer now/i);
      expect(tell).toHaveTextContent(/head of legal/i);
      expect(await within(tell).findByRole('link', { name: /bar council/i })).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\/www\.barcouncil\.org\.uk\//),
      );
      expect(tell).toHaveTextContent(/copy on the file with a short note/i);
      if (flag === 'juror') expect(tell).toHaveTextContent(/lawyer running the trial decides/i);
      const rule = screen.getByRole('heading', { name: 'The rule behind this' })
        .parentElement as HTMLElement;
      if (flag === 'judge')
        expect(rule).toHaveTextContent(/Our suggestion \(not a rule\):.*pending/i);
      expect(within(rule).getByText('Our suggestion (not a rule):')).toBeInTheDocument();
    },
  );

  it('dont-connect for someone not regulated: the lawyer running the matter, and never “no rules apply”', async () => {
    await openDecision('v=1&objectives=careers&body=none&matter=witness');
    const tell = screen.getByRole('heading', { name: 'Whom to tell now' })
      .parentElement as HTMLElement;
    expect(tell).toHaveTextContent(/lawyer running the matter/i);
    expect(document.body).not.toHaveTextContent(/no (professional conduct )?rules apply/i);
    expect(screen.getByRole('article')).toHaveTextContent(/your firm’s rules and policy/i);
  });

  it('dont-connect because the rules restrict it names that reason and shows the body’s guidance', async () => {
    await openDecision('v=1&objectives=clients&body=bsb&rules=restricted&matter=none');
    expect(outcomeId()).toBe('dont-connect');
    const rule = screen.getByRole('heading', { name: 'The rule behind this' })
      .parentElement as HTMLElement;
    expect(rule).toHaveTextContent(/your rules restrict/i);
    expect(rule).not.toHaveTextContent(/matter/i);
    expect(screen.getByRole('region', { name: /bar standards board/i })).toBeInTheDocument();
  });

  it('dont-connect where no checked source exists says so instead of inventing a rule', async () => {
    await openDecision('v=1&objectives=clients&body=sra&rules=allowed&matter=judge');
    expect(outcomeId()).toBe('dont-connect');
    const rule = screen.getByRole('heading', { name: 'The rule behind this' })
      .parentElement as HTMLElement;
    expect(rule).toHaveTextContent(/we haven’t reviewed your professional body’s rules/i);
    expect(document.body).not.toHaveTextContent(/found no rule/i);
  });

  it('check-rules: links to the body’s guidance and lists questions to ask', async () => {
    await openOutcome('check-rules');
    const guidance = screen.getByRole('region', { name: /solicitors regulation authority/i });
    expect(
      within(guidance).getAllByRole('link', { name: /Law Society practice note: Social media/ })[0],
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    const ask = screen.getByRole('heading', { name: 'Questions to ask' })
      .parentElement as HTMLElement;
    expect(within(ask).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(ask).toHaveTextContent(/linkedin invitation from someone i have never met/i);
  });

  it('wait: shows the note to send and a reopen link without the reply', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    await openOutcome('wait');

    const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /your note/i });
    expect(note.value).toMatch(/what prompted you/i);
    const reopenSection = screen.getByRole('heading', { name: /come back when they reply/i })
      .parentElement as HTMLElement;
    const reopen = within(reopenSection).getByRole('link');
    const href = reopen.getAttribute('href') ?? '';
    expect(href).toContain(
      '#/decision?v=1&objectives=clients,media&body=none&matter=none&invite=standard&profile=unclear',
    );
    expect(href).not.toContain('reply=');
    expect(reopen).toHaveTextContent(href);
    // The share link, by contrast, keeps the whole decision.
    expect(shareField().value).toContain('reply=pending');

    // The note has its own copy button, separate from the link's.
    await user.click(screen.getByRole('button', { name: 'Copy note' }));
    expect(writeText).toHaveBeenCalledWith(note.value);
    const noteCard = note.closest('section') as HTMLElement;
    await waitFor(() => expect(within(noteCard).getByRole('status')).toHaveTextContent('Copied'));
  });

  it('wait: the reopen link opens the decision at the reply question', async () => {
    await openOutcome('wait');
    const reopenSection = screen.getByRole('heading', { name: /come back when they reply/i })
      .parentElement as HTMLElement;
    const href = within(reopenSection).getByRole('link').getAttribute('href') ?? '';
    const query = href.split('#/decision?')[1] ?? '';
    cleanup();
    await openDecision(query);
    expect(document.querySelector('[data-outcome]')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/did they reply/i);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });
});

describe('focus', () => {
  it('answering the last question moves focus to the recommendation', async () => {
    const user = userEvent.setup();
    await openDecision(LINKS.accept.replace('&profile=relevant', ''));
    await user.click(screen.getByRole('radio', { name: /no, they don’t fit/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(outcomeId()).toBe('ignore'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });
});
