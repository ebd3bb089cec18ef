import { OUTCOME_CONTENT } from '../../content/outcomes';
import { answerLabel, questionFor } from '../../content/questions';
import { OUTCOME_UI } from '../../content/site';
import type { StepId } from '../../decision/answers';
import type { DecisionContext } from '../../decision/machine';
import { whatIf } from '../../decision/whatIf';

interface Props {
  context: DecisionContext;
  onChange: (step: StepId) => void;
}

/** The answers that, changed alone, would change the recommendation (replayed, never written). */
export function WhatWouldChange({ context, onChange }: Props) {
  const items = whatIf(context);
  return (
    <section aria-labelledby="what-if-title" className="space-y-2">
      <h2 id="what-if-title" className="text-xl font-bold">
        {OUTCOME_UI.whatWouldChange}
      </h2>
      <p className="text-muted">
        {items.length > 0 ? OUTCOME_UI.whatWouldChangeHint : OUTCOME_UI.whatWouldChangeNone}
      </p>
      {items.length > 0 && (
        <ul className="space-y-2">
          {items.map((w) => {
            const values = Array.isArray(w.value) ? w.value : [w.value];
            const question = questionFor(w.key).summaryLabel;
            return (
              <li
                key={`${w.key}=${values.join(',')}`}
                className="flex flex-wrap items-baseline gap-x-3"
              >
                <span>
                  {OUTCOME_UI.whatIf(
                    question,
                    values.map((v) => answerLabel(w.key, v)).join(', '),
                    OUTCOME_CONTENT[w.outcome].title,
                  )}
                </span>
                <button
                  type="button"
                  className="no-print font-semibold text-[var(--link)] underline underline-offset-2"
                  onClick={() => onChange(w.step)}
                >
                  {OUTCOME_UI.changeThis}
                  <span className="sr-only">
                    : {question.toLowerCase()}, to “
                    {values.map((v) => answerLabel(w.key, v)).join(', ')}”
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
