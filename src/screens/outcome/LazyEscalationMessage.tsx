import { lazy, Suspense } from 'react';
import { answerLabel } from '../../content/questions';
import { outcomeWords } from '../../content/reasons';
import type { Answers, OutcomeId } from '../../decision/steps';
import type { EscalationInput } from '../../share/escalation';
import { answerLines } from '../../share/summary';
import type { FirmOnOutcome } from '../common/useFirmView';

// Only red flags show it: a chunk of its own, fetched beside the cited guidance it needs.
const Message = lazy(() =>
  import('./EscalationMessage').then((m) => ({ default: m.EscalationMessage })),
);

export type MessageFacts = Pick<EscalationInput, 'title' | 'matter' | 'answers'>;

/**
 * What the message says of the decision, in the decision's own words: the recommendation, who
 * the person is to the matter, and the answers, with what matters most to whoever is told
 * first (who the person is to the matter, then who regulates the reader).
 */
export function messageFacts(answers: Answers, matter: string): MessageFacts {
  const { matter: m, body, ...rest } = answers;
  return {
    title: outcomeWords('dont-connect', answers).title,
    matter: answerLabel('matter', matter),
    answers: [{ matter: m }, { body }, rest].flatMap((a: Answers) => answerLines(a)),
  };
}

interface Props {
  outcome: OutcomeId;
  answers: Answers;
  shareUrl: string;
  /** YYYY-MM-DD: the day the decision was made. */
  made: string;
  firm?: FirmOnOutcome;
}

/** On a red flag, the message to the people to tell, loaded only there. */
export function EscalationMessageHere({ outcome, answers, ...rest }: Props) {
  const { matter } = answers;
  if (outcome !== 'dont-connect' || !matter || matter === 'none') return null;
  return (
    <Suspense fallback={null}>
      <Message answers={answers} facts={messageFacts(answers, matter)} {...rest} />
    </Suspense>
  );
}
