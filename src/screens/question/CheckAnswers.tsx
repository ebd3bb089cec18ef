import { answerLabel, questionFor } from '../../content/questions';
import { OUTCOME_UI } from '../../content/site';
import { STEP_IDS, STEPS, type Answers, type StepId } from '../../decision/steps';

interface Props {
  /** The answers on the path taken. */
  answers: Answers;
  fixed: Answers;
  onChange: (step: StepId) => void;
}

/** "Check your answers": every answer on the path, each with a Change link. */
export function CheckAnswers({ answers, fixed, onChange }: Props) {
  const history = STEP_IDS.filter((step) => answers[STEPS[step].key] !== undefined);
  return (
    <dl className="divide-y divide-[var(--line)] border-y border-[var(--line)]">
      {history.map((step) => {
        const { key } = STEPS[step];
        const value = answers[key];
        const values = Array.isArray(value) ? value : [String(value)];
        const label = questionFor(key).summaryLabel;
        return (
          <div key={step} className="grid gap-1 py-3 sm:grid-cols-[1fr_1.5fr_auto] sm:gap-4">
            <dt className="font-semibold">{label}</dt>
            <dd>{values.map((v) => answerLabel(key, v)).join(', ')}</dd>
            <dd className="no-print">
              {fixed[key] === undefined && (
                <button
                  type="button"
                  className="font-semibold text-[var(--link)] underline underline-offset-2"
                  onClick={() => onChange(step)}
                >
                  {OUTCOME_UI.change} <span className="sr-only">{label.toLowerCase()}</span>
                </button>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
