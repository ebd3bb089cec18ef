import { OUTCOME_CONTENT } from '../content/outcomes';
import { answerLabel, questionFor } from '../content/questions';
import { OUTCOME_UI, SITE } from '../content/site';
import { ANSWER_KEY, type OutcomeId } from '../decision/answers';
import type { DecisionContext } from '../decision/machine';
import { reasonsFor } from '../decision/reasons';

/** The decision as plain text, ready to paste into an email or a Teams message. */
export function summaryText(
  outcome: OutcomeId,
  context: Pick<DecisionContext, 'answers' | 'history'>,
  link: string,
): string {
  const content = OUTCOME_CONTENT[outcome];
  const answers = context.history.map((step) => {
    const key = ANSWER_KEY[step];
    const value = context.answers[key];
    const values = Array.isArray(value) ? value : [String(value)];
    return `- ${questionFor(key).summaryLabel}: ${values.map((v) => answerLabel(key, v)).join(', ')}`;
  });
  return [
    `${SITE.name} ${content.title}.`,
    content.summary,
    '',
    `${OUTCOME_UI.reasons}:`,
    ...reasonsFor(context).map((line) => `- ${line}`),
    '',
    `${OUTCOME_UI.yourAnswers}:`,
    ...answers,
    '',
    `${OUTCOME_UI.shareLabel}: ${link}`,
  ].join('\n');
}
