import { useRef } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { ESCALATION_MESSAGE as T } from '../../content/escalation';
import { OUTCOME_UI } from '../../content/site';
import type { BodyContent, Helpline } from '../../content/types';
import { redFlagOf, type Answers } from '../../decision/steps';
import { composeEscalation } from '../../share/escalation';
import type { FirmOnOutcome } from '../common/useFirmView';
import { useBody } from '../common/useBody';
import { useGuidance } from '../common/useGuidance';
import type { MessageFacts } from './LazyEscalationMessage';

type Guidance = typeof import('../../content/guidance');

/**
 * Whom a red flag says to tell, as lines of text, in the order "Whom to tell now" lists them
 * (redFlagAdvice): the supervising lawyer (or the lawyer running the matter), the firm's named
 * contact, the court's lines for a juror, the body's ethics helplines. The reader's own steps
 * (keep a copy, then Ignore, then the note on the file) are not for the message.
 */
export function tellLines(
  guidance: Guidance,
  answers: Answers,
  body: BodyContent | undefined,
  firmLine: string | undefined,
): string[] {
  const flag = redFlagOf(answers);
  if (!flag) return [];
  return guidance
    .redFlagAdvice(flag, answers, body, firmLine !== undefined)
    .tell.flatMap((line) => {
      if (line.firm) return firmLine ? [firmLine] : [];
      if (line.own || !line.text) return [];
      if (line.helplines) return [`${line.text} ${line.helplines.map(helplineText).join('; ')}`];
      return [line.text];
    });
}

function helplineText({ label, phone, email }: Helpline): string {
  return `${label}${phone ? ` (${OUTCOME_UI.phone(phone)})` : ''}${email ? ` (${email})` : ''}`;
}

interface Props {
  /** The answers of a red-flag (`dont-connect`) outcome. */
  answers: Answers;
  facts: MessageFacts;
  shareUrl: string;
  /** YYYY-MM-DD: the day the decision was made. */
  made: string;
  firm?: FirmOnOutcome;
}

/**
 * On a red flag, the message to the people to tell, written for the reader: "Email <contact>"
 * opens their own mail program with it when the firm's escalation contact is an e-mail
 * address; it can always be copied. The tool sends nothing.
 */
export function EscalationMessage({ answers, facts, shareUrl, made, firm }: Props) {
  const guidance = useGuidance();
  const body = useBody(answers.body);
  const details = useRef<HTMLDetailsElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  if (!guidance) return null;
  const contact = firm?.escalationContact(firm.settings, 'dont-connect');
  const message = composeEscalation({
    ...facts,
    link: shareUrl,
    made,
    tell: tellLines(guidance, answers, body, contact?.line),
    ...(contact?.email ? { to: contact.email } : {}),
  });
  const text = `${message.subject}\n\n${message.body}`;
  return (
    <section
      className="card no-print space-y-3"
      aria-labelledby="escalation-message-title"
      data-escalation-message=""
    >
      <h2 id="escalation-message-title" className="text-lg font-bold">
        {T.title}
      </h2>
      <p>{message.href ? T.emailHint : T.copyHint}</p>
      <div className="flex flex-wrap items-center gap-3">
        {message.href && contact && (
          <a href={message.href} className="btn btn-primary" data-compose-escalation="">
            {T.email(contact.label)}
          </a>
        )}
        <CopyButton
          text={text}
          label={T.copy}
          fallbackTarget={() => {
            if (details.current) details.current.open = true;
            return field.current;
          }}
        />
      </div>
      <details ref={details}>
        <summary className="cursor-pointer font-semibold">{T.show}</summary>
        <label htmlFor="escalation-message" className="sr-only">
          {T.fieldLabel}
        </label>
        <textarea
          id="escalation-message"
          ref={field}
          readOnly
          value={text}
          rows={14}
          className="mt-2 w-full rounded-md border border-[var(--line)] bg-[var(--bg)] p-2 text-sm"
        />
      </details>
    </section>
  );
}
