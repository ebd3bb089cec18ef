import { useMemo } from 'react';
import { TitledSection } from '../../components/TitledSection';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import { answerLabel, questionFor, QUESTIONS } from '../../content/questions';
import { WHAT_WOULD_CHANGE } from '../../content/whatWouldChange';
import type { Answers, StepId } from '../../decision/steps';
import { whatIf } from '../../decision/whatIf';

interface Props {
  answers: Answers;
  fixed: Answers;
  onChange: (step: StepId) => void;
}

/**
 * The answers that, changed alone, would change the recommendation (or lead to a question
 * not yet answered): replayed through the machine, never written by hand.
 */
export default function WhatWouldChange({ answers, fixed, onChange }: Props) {
  const groups = useMemo(() => whatIf(answers, fixed), [answers, fixed]);
  return (
    <TitledSection
      id="what-if-title"
      title={WHAT_WOULD_CHANGE.title}
      className="space-y-2"
      data-print="skip"
    >
      {groups.length === 0 && <p className="text-muted">{WHAT_WOULD_CHANGE.none}</p>}
      {groups.length > 0 && (
        <details>
          <summary className="cursor-pointer font-semibold">
            {WHAT_WOULD_CHANGE.show(groups.length)}
          </summary>
          <p className="mt-2 text-muted">{WHAT_WOULD_CHANGE.hint}</p>
          <ul className="mt-2 space-y-2" data-what-if>
            {groups.map((g) => {
              const question = questionFor(g.key).summaryLabel;
              const labels = g.values.map((v) => answerLabel(g.key, v));
              return (
                <li
                  key={`${g.key}:${g.outcome ?? g.asks ?? ''}`}
                  className="flex flex-wrap items-baseline gap-x-3"
                  data-key={g.key}
                  data-values={g.values.join(',')}
                  data-leads-to={g.outcome ?? `ask:${g.asks ?? ''}`}
                >
                  <span>
                    {g.outcome
                      ? WHAT_WOULD_CHANGE.whatIf(question, labels, OUTCOME_CONTENT[g.outcome].title)
                      : WHAT_WOULD_CHANGE.whatIfAsks(
                          question,
                          labels,
                          g.asks ? QUESTIONS[g.asks].title : '',
                        )}
                  </span>
                  <button
                    type="button"
                    className="no-print font-semibold text-[var(--link)] underline underline-offset-2"
                    onClick={() => onChange(g.step)}
                    aria-label={WHAT_WOULD_CHANGE.changeThisLabel(question, labels)}
                  >
                    {WHAT_WOULD_CHANGE.changeThis}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </TitledSection>
  );
}
