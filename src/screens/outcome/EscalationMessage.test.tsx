import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ESCALATION } from '../../content/redFlags';
import type { Answers, OutcomeId } from '../../decision/steps';
import { VALID } from '../../firm/fixtures';
import type { FirmSettings } from '../../firm/settings';
import * as view from '../../firm/view';
import { EscalationMessageHere as EscalationMessage } from './LazyEscalationMessage';

const JUROR: Answers = { objectives: ['clients'], body: 'aba', rules: 'allowed', matter: 'juror' };
const LINK =
  'https://tool.example/#/decision?v=1&objectives=clients&body=aba&rules=allowed&matter=juror&made=2026-12-07&was=dont-connect';

const withFirm = (settings: FirmSettings) => ({ ...view, settings });

describe('EscalationMessage', () => {
  it('on a red flag, opens a message to the firm’s e-mail contact in the reader’s own mail program', async () => {
    render(
      <EscalationMessage
        outcome="dont-connect"
        answers={JUROR}
        shareUrl={LINK}
        made="2026-12-07"
        firm={withFirm(VALID)}
      />,
    );
    const link = await screen.findByRole('link', { name: 'Email Risk and Compliance' });
    expect(link).toHaveAttribute('data-compose-escalation');
    expect(link).not.toHaveAttribute('target');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('risk@example.com');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain(ESCALATION.supervisorJuror);
    expect(body).toContain(
      'Tell your firm’s named contact now: Risk and Compliance, risk@example.com',
    );
    expect(body).toContain(LINK);
    // The same text can be copied, and read before it is sent.
    expect(screen.getByRole('button', { name: 'Copy the message' })).toBeInTheDocument();
    expect(screen.getByLabelText('The message to send')).toHaveValue(
      `${url.searchParams.get('subject')}\n\n${body.replace(/\r\n/g, '\n')}`,
    );
  });

  it('without a firm file, offers the same message to copy and no mail link', async () => {
    render(
      <EscalationMessage
        outcome="dont-connect"
        answers={JUROR}
        shareUrl={LINK}
        made="2026-12-07"
      />,
    );
    expect(await screen.findByRole('button', { name: 'Copy the message' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    const text = screen.getByLabelText<HTMLTextAreaElement>('The message to send').value;
    expect(text).toMatch(
      /^A LinkedIn invitation to report: they are a juror or a possible juror\n/,
    );
    expect(text).toContain('Date: 7 December 2026');
    expect(text).toContain(LINK);
  });

  it('when the firm’s contact is a web page, offers the message to copy, naming the page', async () => {
    const settings: FirmSettings = { ...VALID, escalate: 'comms' };
    render(
      <EscalationMessage
        outcome="dont-connect"
        answers={JUROR}
        shareUrl={LINK}
        made="2026-12-07"
        firm={withFirm(settings)}
      />,
    );
    await screen.findByRole('button', { name: 'Copy the message' });
    expect(document.querySelector('[data-compose-escalation]')).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('The message to send').value).toContain(
      'Tell your firm’s named contact now: Communications team, https://intranet.example.com/comms',
    );
  });

  it('shows nothing on other outcomes, nor on a don’t-connect reached through the reader’s rules', async () => {
    // The cited guidance arrives first, so that nothing is left to wait for.
    await import('../../content/guidance');
    const cases: [OutcomeId, Answers][] = [
      ['dont-connect', { objectives: ['clients'], body: 'aba', rules: 'restricted' }],
      ['ignore', { ...JUROR, matter: 'none', invite: 'pitch', profile: 'not-relevant' }],
    ];
    for (const [outcome, answers] of cases) {
      const { container, unmount } = render(
        <EscalationMessage
          outcome={outcome}
          answers={answers}
          shareUrl={LINK}
          made="2026-12-07"
          firm={withFirm(VALID)}
        />,
      );
      expect(container, outcome).toBeEmptyDOMElement();
      unmount();
    }
  });
});
