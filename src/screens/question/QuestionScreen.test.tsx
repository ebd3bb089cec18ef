import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { STEPS } from '../../decision/steps';

/*
 * Component tests for one-question-per-page screens, rendered through the real routes
 * (so the machine, the URL and the screen are exercised together).
 */

const BASE = 'v=1&objectives=clients';
const TO_MATTER = `${BASE}&body=sra&rules=allowed`;
const TO_INVITE = `${TO_MATTER}&matter=none`;
const TO_PROFILE = `${TO_INVITE}&invite=standard`;

beforeAll(async () => {
  // Warm the lazy route so the first test isn't slower than the rest.
  await import('./DecisionRoute');
});

async function openDecision(query: string) {
  const { router } = renderApp(`/decision?${query}`);
  await screen.findByRole('button', { name: 'Continue' });
  return router;
}

/** The browser's languages, which the body question reads for the reader's own country. */
function languages(...tags: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);
}
afterEach(() => vi.restoreAllMocks());

function question(name: string | RegExp) {
  return screen.getByRole('group', { name });
}

function inputsOf(fieldset: HTMLElement) {
  return Array.from(fieldset.querySelectorAll('input'));
}

function mockClipboard(writeText = vi.fn().mockResolvedValue(undefined)) {
  // Must run after userEvent.setup(), which installs its own clipboard stub.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('error summary', () => {
  it('Continue with nothing chosen shows "There is a problem" and moves focus to it', async () => {
    const user = userEvent.setup();
    const router = await openDecision('v=1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert).toHaveTextContent(/choose at least one reason/i);
    await waitFor(() => expect(alert).toHaveFocus());
    // Still on the same question, with the inputs marked invalid.
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?v=1'));
    for (const box of screen.getAllByRole('checkbox')) {
      expect(box).toHaveAttribute('aria-invalid', 'true');
    }
  });

  it('the error link moves focus to the first answer, and choosing one clears the error', async () => {
    const user = userEvent.setup();
    languages('en-GB', 'en');
    await openDecision(BASE);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());

    await user.click(within(alert).getByRole('link'));
    // The first answer of the body question: the first of the reader's own country.
    const first = screen.getByRole('radio', { name: /solicitors, england & wales/i });
    expect(screen.getAllByRole('radio')[0]).toBe(first);
    expect(first).toHaveFocus();

    await user.click(first);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a radio question also refuses to continue without an answer', async () => {
    const user = userEvent.setup();
    await openDecision(TO_INVITE);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What does their invitation say?',
    );
  });
});

describe('moving through the questions', () => {
  it('choosing an answer then Continue advances to Question 2 and records it in the URL', async () => {
    const user = userEvent.setup();
    const router = await openDecision('v=1');

    await user.click(screen.getByRole('checkbox', { name: /winning work/i }));
    await user.click(screen.getByRole('checkbox', { name: /raising my profile/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Question 2')).toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Who regulates your profession?');
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(router.state.location.search).toBe('?v=1&objectives=clients,media'));
  });

  it('"known-only" clears the other reasons, and choosing another reason clears "known-only"', async () => {
    const user = userEvent.setup();
    await openDecision('v=1');
    const clients = screen.getByRole('checkbox', { name: /winning work/i });
    const community = screen.getByRole('checkbox', { name: /taking part in my sector/i });
    const knownOnly = screen.getByRole('checkbox', {
      name: /only connect with people i already know/i,
    });

    await user.click(clients);
    await user.click(community);
    expect(clients).toBeChecked();
    expect(community).toBeChecked();

    await user.click(knownOnly);
    expect(knownOnly).toBeChecked();
    expect(clients).not.toBeChecked();
    expect(community).not.toBeChecked();

    await user.click(community);
    expect(community).toBeChecked();
    expect(knownOnly).not.toBeChecked();
    expect(screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)).toEqual([
      community,
    ]);
  });

  it('unchecking a reason removes it', async () => {
    const user = userEvent.setup();
    const router = await openDecision('v=1');
    await user.click(screen.getByRole('checkbox', { name: /winning work/i }));
    await user.click(screen.getByRole('checkbox', { name: /recruiting or my own career/i }));
    await user.click(screen.getByRole('checkbox', { name: /winning work/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Question 2');
    await waitFor(() => expect(router.state.location.search).toBe('?v=1&objectives=careers'));
  });

  it('Back returns to the previous question with its answer still chosen', async () => {
    const user = userEvent.setup();
    await openDecision('v=1');
    await user.click(screen.getByRole('checkbox', { name: /winning work/i }));
    await user.click(screen.getByRole('checkbox', { name: /raising my profile/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Question 2');
    await user.click(screen.getByRole('radio', { name: /solicitors, england & wales/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Question 3');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Question 2')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /solicitors, england & wales/i })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Question 1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /winning work/i })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /raising my profile/i })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /taking part in my sector/i })).not.toBeChecked();
  });

  it('Back after a skipped step (not regulated) returns to the body question, not the rules one', async () => {
    const user = userEvent.setup();
    await openDecision(`${BASE}&body=none`);
    // Rules are skipped, and the progress still counts only questions asked.
    expect(screen.getByText('Question 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Is this person connected to a matter you or your firm handle, or a judge or tribunal member you appear or may appear before?',
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Question 2')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /i am not regulated/i })).toBeChecked();
  });

  it('opening a partial link resumes at the first unanswered step', async () => {
    const router = await openDecision(TO_MATTER);
    expect(screen.getByText('Question 4')).toBeInTheDocument();
    expect(question(/connected to a matter you or your firm handle/i)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(`?${TO_MATTER}`));
  });
});

describe('each step is a fieldset whose legend is the question, with name = key and value = id', () => {
  const cases = [
    {
      step: 'objectives',
      query: 'v=1',
      n: 1,
      title: 'What do you use LinkedIn for?',
      type: 'checkbox',
      name: 'objectives',
      values: ['clients', 'media', 'community', 'careers', 'known-only'],
    },
    {
      step: 'body',
      query: BASE,
      n: 2,
      title: 'Who regulates your profession?',
      type: 'radio',
      name: 'body',
      // The ids themselves are the step table's (its own test holds them to the spec).
      values: [...STEPS.body.values],
    },
    {
      step: 'rules',
      query: `${BASE}&body=sra`,
      n: 3,
      title: 'Do your rules let you connect with people you have not met?',
      type: 'radio',
      name: 'rules',
      values: ['allowed', 'restricted', 'unsure'],
    },
    {
      step: 'matter',
      query: TO_MATTER,
      n: 4,
      title:
        'Is this person connected to a matter you or your firm handle, or a judge or tribunal member you appear or may appear before?',
      type: 'radio',
      name: 'matter',
      values: ['none', 'opposing-party', 'juror', 'witness', 'judge'],
    },
    {
      step: 'invite',
      query: TO_INVITE,
      n: 5,
      title: 'What does their invitation say?',
      type: 'radio',
      name: 'invite',
      values: ['personal', 'standard', 'pitch', 'suspicious'],
    },
    {
      step: 'profile',
      query: TO_PROFILE,
      n: 6,
      title: 'Having looked at their profile, do they fit why you are on LinkedIn?',
      type: 'radio',
      name: 'profile',
      values: ['relevant', 'unclear', 'not-relevant', 'spam'],
    },
    {
      step: 'message',
      query: `${TO_PROFILE}&profile=unclear`,
      n: 7,
      title: 'Ask them why they want to connect. Did they reply?',
      type: 'radio',
      name: 'reply',
      values: ['genuine', 'pitch', 'none', 'pending'],
    },
    {
      step: 'spamCheck',
      query: `${TO_INVITE}&invite=suspicious`,
      n: 6,
      title: 'Is this a true spammer?',
      type: 'radio',
      name: 'spam',
      values: ['true-spam', 'not-spam'],
    },
  ];

  it.each(cases)('$step', async ({ query, n, title, type, name, values }) => {
    await openDecision(query);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(title);
    expect(screen.getByText(`Question ${n}`)).toBeInTheDocument();

    const fieldset = question(new RegExp(title.replace(/[.?]/g, '\\$&')));
    expect(fieldset.tagName).toBe('FIELDSET');
    const legend = fieldset.querySelector(':scope > legend');
    expect(legend).toHaveTextContent(title);
    expect(legend).toContainElement(h1);

    const inputs = inputsOf(fieldset).filter((i) => i.type === 'radio' || i.type === 'checkbox');
    expect(inputs.map((i) => i.type)).toEqual(Array(values.length).fill(type));
    expect(inputs.map((i) => i.name)).toEqual(Array(values.length).fill(name));
    // Every answer id, once (the bodies are grouped by country, so their order differs).
    expect(inputs.map((i) => i.value).sort()).toEqual([...values].sort());
    // Each input has a visible label, so a user can find it by name.
    for (const input of inputs) expect(input).toHaveAccessibleName();
    // Nothing is pre-selected on a step that hasn't been answered.
    for (const input of inputs) expect(input).not.toBeChecked();
    // Exactly one primary button.
    expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(1);
  });
});

describe('the body question, with twenty answers', () => {
  it('groups the bodies by country, the reader’s own first, then the answers of no country, then each other country folded', async () => {
    languages('en-GB', 'en');
    await openDecision(BASE);
    const body = question(/who regulates your profession/i);
    const fieldsets = [...body.querySelectorAll('fieldset')];
    expect(fieldsets.map((g) => g.querySelector(':scope > legend')?.textContent)).toEqual([
      'United Kingdom',
      'Ireland',
      'United States',
      'Canada',
      'Australia',
      'New Zealand',
    ]);
    // Only the reader's own country is open; every other is one tap away, named with its count.
    const folded = [...body.querySelectorAll('details')];
    expect(folded.map((d) => d.open)).toEqual(Array(5).fill(false));
    expect(folded.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      'Ireland (1 answer)',
      'United States (6 answers)',
      'Canada (2 answers)',
      'Australia (1 answer)',
      'New Zealand (1 answer)',
    ]);
    const us = within(body).getByRole('group', { name: 'United States' });
    expect(
      within(us)
        .getAllByRole('radio', { hidden: true })
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['aba', 'us-ca', 'us-ny', 'us-tx', 'us-fl', 'us-il']);
    // "Another body" and "not regulated" stand on their own, right after the reader's country.
    const radios = [...body.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value).slice(7, 9)).toEqual(['other', 'none']);
    expect(within(body).getByText(/more than one place/i)).toBeInTheDocument();
  });

  it('where the country is not known, folds every country and shows the answers of none', async () => {
    languages('fr-FR', 'en');
    await openDecision(BASE);
    const body = question(/who regulates your profession/i);
    expect([...body.querySelectorAll('details')].map((d) => d.open)).toEqual(Array(6).fill(false));
    expect(screen.getByRole('radio', { name: /i am not regulated/i })).toBeInTheDocument();
  });

  it('opens the country of the answer given before, wherever the browser is', async () => {
    languages('en-GB');
    const user = userEvent.setup();
    await openDecision(BASE);
    const body = question(/who regulates your profession/i);
    await user.click(within(body).getByText('New Zealand (1 answer)'));
    await user.click(screen.getByRole('radio', { name: /lawyers, new zealand/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: /do your rules let you connect/i });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: /who regulates your profession/i });
    // New Zealand now comes first, open, with its answer chosen.
    const first = question(/who regulates your profession/i).querySelector(
      'fieldset fieldset > legend',
    );
    expect(first).toHaveTextContent('New Zealand');
    expect(screen.getByRole('radio', { name: /lawyers, new zealand/i })).toBeChecked();
  });

  it('is answered by keyboard alone: the arrow keys move between the bodies shown, another country opens on its name', async () => {
    const user = userEvent.setup();
    languages('en-GB');
    const router = await openDecision(BASE);
    act(() => screen.getByRole('radio', { name: /solicitors, england & wales/i }).focus());
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /barristers, england & wales/i })).toBeChecked();
    await user.click(screen.getByText('United States (6 answers)'));
    await user.click(screen.getByRole('radio', { name: /lawyers, texas/i }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('body=us-tx'));
  });
});

describe('step help', () => {
  it('the rules step shows the chosen body’s guidance with source links', async () => {
    await openDecision(`${BASE}&body=sra`);
    const guidance = screen.getByRole('region', { name: /solicitors regulation authority/i });
    expect(guidance).toHaveTextContent(/confidential/i);
    const links = within(guidance).getAllByRole('link');
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      expect(link).toHaveAttribute('href', expect.stringMatching(/^https?:\/\//));
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
    expect(
      within(guidance).getAllByRole('link', { name: /Law Society practice note: Social media/ })[0],
    ).toHaveAttribute(
      'href',
      'https://www.lawsociety.org.uk/topics/business-management/social-media',
    );
    expect(guidance).toHaveTextContent(/source:/i);
    expect(guidance).toHaveTextContent(/last reviewed/i);
  });

  it('the rules step changes with the body: barristers see the BSB guidance and helpline', async () => {
    await openDecision(`${BASE}&body=bsb`);
    const guidance = screen.getByRole('region', { name: /bar standards board/i });
    expect(
      within(guidance).getAllByRole('link', { name: /bsb social media guidance/i }).length,
    ).toBeGreaterThan(0);
    expect(guidance).toHaveTextContent('020 7611 1307');
    expect(screen.queryByText(/solicitors regulation authority/i)).not.toBeInTheDocument();
  });

  it('the rules step for "another body" tells the user to check their own code', async () => {
    await openDecision(`${BASE}&body=other`);
    expect(screen.getByText(/we don’t hold guidance for your body/i)).toBeInTheDocument();
  });

  it('the profile step lists what to look for, tuned to the objectives (media)', async () => {
    await openDecision('v=1&objectives=media&body=sra&rules=allowed&matter=none&invite=standard');
    const lookFor = screen.getByRole('region', { name: 'What to look for' });
    const lines = within(lookFor)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain(
      'Do they write for, edit or produce a publication or programme your clients read?',
    );
    expect(lines).toContain('Do they comment publicly on your area of law?');
    // Always-on checks are there too, but not the lines for other objectives.
    expect(lines).toContain(
      'Does the profile look real: a believable photo, job history and connections?',
    );
    expect(lookFor).not.toHaveTextContent(/refers work to firms like yours/i);
    expect(lookFor).not.toHaveTextContent(/someone you might hire/i);
  });

  it('the profile step lists different lines for clients and careers', async () => {
    await openDecision('v=1&objectives=clients,careers&body=none&matter=none&invite=personal');
    const lookFor = screen.getByRole('region', { name: 'What to look for' });
    expect(lookFor).toHaveTextContent(/refers work to firms like yours/i);
    expect(lookFor).toHaveTextContent(/someone you might hire/i);
    expect(lookFor).not.toHaveTextContent(/publication or programme/i);
  });

  it('the spam step shows the signs of real spam', async () => {
    await openDecision(`${TO_INVITE}&invite=suspicious`);
    const signs = screen.getByRole('region', { name: 'Signs of real spam' });
    expect(within(signs).getAllByRole('listitem')).toHaveLength(3);
    expect(signs).toHaveTextContent(/fake|invented/i);
  });
});

describe('message step: the note to send', () => {
  const MESSAGE = `${TO_PROFILE}&profile=unclear`;

  it('shows an editable note, explains how to send it without accepting, and counts characters as you type', async () => {
    const user = userEvent.setup();
    await openDecision(MESSAGE);
    expect(screen.getByText(/reply without accepting/i)).toBeInTheDocument();

    const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /your note/i });
    expect(note.value).toMatch(/what prompted you to get in touch/i);
    const count = () => screen.getByText(/of 300 characters/);
    expect(count()).toHaveTextContent(`${note.value.length} of 300 characters`);
    expect(note).toHaveAccessibleDescription(
      new RegExp(`^${note.value.length} of 300 characters .*fits most of LinkedIn’s message boxes`),
    );

    await user.clear(note);
    expect(count()).toHaveTextContent('0 of 300 characters');
    await user.type(note, 'Hello, why?');
    expect(note).toHaveValue('Hello, why?');
    expect(count()).toHaveTextContent('11 of 300 characters');
    expect(count()).not.toHaveTextContent(/too long/i);
  });

  it('warns when the note is longer than a LinkedIn note allows', async () => {
    const user = userEvent.setup();
    await openDecision(MESSAGE);
    const note = screen.getByRole('textbox', { name: /your note/i });
    await user.clear(note);
    await user.click(note);
    await user.paste('x'.repeat(301));
    expect(screen.getByText(/of 300 characters/)).toHaveTextContent(
      /301 of 300 characters.*too long/i,
    );
  });

  it('offers one note per objective when several were chosen', async () => {
    const user = userEvent.setup();
    await openDecision(
      'v=1&objectives=clients,media&body=none&matter=none&invite=standard&profile=unclear',
    );
    const variants = screen.getByRole('group', { name: /choose a version of the note/i });
    const forClients = within(variants).getByRole('button', { name: /winning work/i });
    const forMedia = within(variants).getByRole('button', { name: /journalists/i });
    expect(forClients).toHaveAttribute('aria-pressed', 'true');
    expect(forMedia).toHaveAttribute('aria-pressed', 'false');

    await user.click(forMedia);
    expect(forMedia).toHaveAttribute('aria-pressed', 'true');
    const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /your note/i });
    expect(note.value).toMatch(/story or an interview/i);
    expect(screen.getByText(/of 300 characters/)).toHaveTextContent(
      `${note.value.length} of 300 characters`,
    );
  });

  it('"Copy note" copies the edited note and says "Copied"', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    await openDecision(MESSAGE);
    const note = screen.getByRole('textbox', { name: /your note/i });
    await user.clear(note);
    await user.type(note, 'Why connect?');

    await user.click(screen.getByRole('button', { name: 'Copy note' }));

    expect(writeText).toHaveBeenCalledWith('Why connect?');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    // Copying is not answering: we are still on the message question.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Question 7')).toBeInTheDocument();
  });

  it('when the clipboard is blocked, selects the note and says how to copy it', async () => {
    const user = userEvent.setup();
    mockClipboard(vi.fn().mockRejectedValue(new Error('denied')));
    await openDecision(MESSAGE);
    const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /your note/i });

    await user.click(screen.getByRole('button', { name: 'Copy note' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/ctrl\+c/i));
    expect(screen.getByRole('status')).not.toHaveTextContent('Copied');
    expect(note).toHaveFocus();
    expect(note.selectionStart).toBe(0);
    expect(note.selectionEnd).toBe(note.value.length);
  });

  it('answering "Not yet" leads to the wait outcome', async () => {
    const user = userEvent.setup();
    await openDecision(MESSAGE);
    await user.click(screen.getByRole('radio', { name: 'Not yet' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.querySelector('[data-outcome]')).toHaveAttribute('data-outcome', 'wait'),
    );
  });
});

describe('browser history (the app runs on a hash router)', () => {
  // Each answer is a history entry, so the browser's Back and Forward move between questions.
  it("the browser's Back returns to the previous question, and Forward comes back", async () => {
    window.history.replaceState(null, '', '/#/decision?v=1');
    let router: ReturnType<typeof renderApp>['router'] | undefined;
    try {
      const user = userEvent.setup();
      router = renderApp('/', { hash: true }).router;
      await screen.findByRole('button', { name: 'Continue' });
      await user.click(screen.getByRole('checkbox', { name: /winning work/i }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await screen.findByText('Question 2');
      expect(window.location.hash).toBe('#/decision?v=1&objectives=clients');

      await act(async () => {
        window.history.back();
        await new Promise((r) => setTimeout(r, 50));
      });
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
          'What do you use LinkedIn for?',
        ),
      );
      // Not bounced forward again by the URL sync.
      expect(window.location.hash).toBe('#/decision?v=1');
      expect(screen.getByText('Question 1')).toBeInTheDocument();

      await act(async () => {
        window.history.forward();
        await new Promise((r) => setTimeout(r, 50));
      });
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
          'Who regulates your profession?',
        ),
      );
      expect(window.location.hash).toBe('#/decision?v=1&objectives=clients');
    } finally {
      cleanup();
      router?.dispose();
      window.history.replaceState(null, '', '/');
    }
  });
});
