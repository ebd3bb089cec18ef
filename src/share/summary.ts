import { outcomeContent } from '../content/outcomes';
import { answerLabel, questionFor } from '../content/questions';
import { reasonsFor } from '../content/reasons';
import { OUTCOME_UI, SITE } from '../content/site';
import { ANSWER_KEYS, type Answers, type OutcomeId } from '../decision/steps';

/** The decision as plain text, ready to paste into an email or a Teams message. */
export function summaryText(outcome: OutcomeId, answers: Answers, link: string): string {
  const content = outcomeContent(outcome, answers);
  const lines = ANSWER_KEYS.flatMap((key) => {
    const value = answers[key];
    if (value === undefined) return [];
    const values = ([] as string[]).concat(value);
    return [
      `- ${questionFor(key).summaryLabel}: ${values.map((v) => answerLabel(key, v)).join(', ')}`,
    ];
  });
  return [
    `${SITE.name} ${content.title}.`,
    content.summary,
    '',
    `${OUTCOME_UI.reasons}:`,
    ...reasonsFor(answers).map((line) => `- ${line}`),
    '',
    `${OUTCOME_UI.yourAnswers}:`,
    ...lines,
    '',
    `${OUTCOME_UI.shareLabel}: ${link}`,
  ].join('\n');
}
