import { useEffect, useState } from 'react';
import { runInSlices } from '../../app/runInSlices';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import { answerLabel, questionFor, QUESTIONS } from '../../content/questions';
import { WHAT_WOULD_CHANGE } from '../../content/whatWouldChange';
import type { Answers, StepId } from '../../decision/answers';
import type { DecisionContext } from '../../decision/machine';
import { groupWhatIf, whatIfSteps, type WhatIfGroup } from '../../decision/whatIf';
import { TitledSection } from '../../components/TitledSection';

interface Props {
  context: DecisionContext;
  onChange: (step: StepId) => void;
}

/**
 * Replaying every other answer takes a few dozen runs of the machine: done after the
 * outcome is on screen, a few at a time, so it never holds up the page. Until then (a
 * fraction of a second, below the fold) the section isn't shown.
 */
function useWhatIf({ answers, history, fixed }: DecisionContext): WhatIfGroup[] | undefined {
  const [result, setResult] = useState<{ for: Answers; groups: WhatIfGroup[] }>();
  useEffect(
    () =>
      runInSlices(whatIfSteps({ answers, history, fixed }), (found) =>
        setResult({ for: answers, groups: groupWhatIf(found) }),
      ),
    [answers, history, fixed],
  );
  return result?.for === answers ? result.groups : undefined;
}

/**
 * The answers that, changed alone, would change the recommendation (or lead to a question
 * not yet answered): replayed through the machine, never written by hand. A chunk of its
 * own (below the fold, not needed to read the recommendation).
 */
export default function WhatWouldChange({ context, onChange }: Props) {
  const groups = useWhatIf(context);
  if (!groups) return null;
  return (
    <TitledSection
      id="what-if-title"
      title={WHAT_WOULD_CHANGE.title}
      className="space-y-2"
      data-print="skip"
    >
      <p className="text-muted">
        {groups.length > 0 ? WHAT_WOULD_CHANGE.hint : WHAT_WOULD_CHANGE.none}
      </p>
      {groups.length > 0 && (
        <ul className="space-y-2" data-what-if>
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
      )}
    </TitledSection>
  );
}
