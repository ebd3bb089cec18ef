import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { foldedCountry, optionGroups, QUESTIONS, type OptionGroup } from '../../content/questions';
import { readersRegion } from '../../content/regions';
import { FORM } from '../../content/form';
import { SITE } from '../../content/site';
import type { AnswerEvent } from '../../decision/machine';
import { aloneIn, STEPS, type Answers, type BodyId, type StepId } from '../../decision/steps';
import { StepExtras, StepExtrasAfter } from './StepExtras';

interface Props {
  step: StepId;
  /** The answers on the path so far (the step's help may depend on them). */
  answers: Answers;
  /** The answer given to this step before, if any: chosen again. */
  initial?: string | readonly string[];
  progress: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (event: AnswerEvent) => void;
  onBack?: () => void;
  /**
   * The bodies known for the reader (given before, remembered, fixed by the page): the body
   * question shows their country first, unfolded (else the browser's language's country).
   */
  knownBodies?: (BodyId | undefined)[];
  /** Shown above the question: what was kept about the reader ("About you"). */
  before?: ReactNode;
}

/** One question per page: fieldset + legend, hint, native inputs, error summary. */
export function QuestionScreen({
  step,
  answers,
  initial,
  progress,
  headingRef,
  onAnswer,
  onBack,
  knownBodies = [],
  before,
}: Props) {
  const question = QUESTIONS[step];
  const groups = optionGroups(
    step,
    step === 'body' ? readersRegion(knownBodies, navigator.languages) : undefined,
  );
  // The error summary's link goes to the first answer in view.
  const first = groups.find((g) => !g.folded)?.options[0]?.value ?? '';
  const { key, multiple } = STEPS[step];
  const [chosen, setChosen] = useState<string[]>(() => ([] as string[]).concat(initial ?? []));
  const [showError, setShowError] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const hintId = `${key}-hint`;
  const errorId = `${key}-error`;

  function toggle(value: string, checked: boolean) {
    setShowError(false);
    if (!multiple) return setChosen([value]);
    // An answer chosen alone ("only people I know") clears the others, and the other way round.
    const alone = aloneIn(step);
    if (alone.includes(value)) return setChosen(checked ? [value] : []);
    setChosen((prev) =>
      checked
        ? [...prev.filter((v) => !alone.includes(v)), value]
        : prev.filter((v) => v !== value),
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen.length === 0) {
      setShowError(true);
      // Wait for the summary to render before moving focus to it.
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const value = multiple ? chosen : chosen[0];
    onAnswer({ type: 'ANSWER', key, value } as AnswerEvent);
  }

  const renderOption = (option: { value: string; label: string; hint?: string }) => {
    const id = `${key}-${option.value}`;
    return (
      <div key={option.value} className="option">
        <input
          id={id}
          type={multiple ? 'checkbox' : 'radio'}
          name={key}
          value={option.value}
          checked={chosen.includes(option.value)}
          onChange={(e) => toggle(option.value, e.target.checked)}
          aria-describedby={option.hint ? `${id}-hint` : undefined}
          aria-invalid={showError || undefined}
        />
        <div>
          <label htmlFor={id} className="block font-medium">
            {option.label}
          </label>
          {option.hint && (
            <span id={`${id}-hint`} className="block text-sm text-muted">
              {option.hint}
            </span>
          )}
        </div>
      </div>
    );
  };

  const renderGroup = (group: OptionGroup) => {
    if (group.folded && group.legend)
      return (
        <FoldedGroup
          key={group.legend}
          legend={group.legend}
          count={group.options.length}
          // Open from the start where it holds the answer given before.
          open={group.options.some((o) => chosen.includes(o.value))}
        >
          {group.options.map(renderOption)}
        </FoldedGroup>
      );
    if (group.legend)
      return (
        <fieldset key={group.legend} className="space-y-3">
          <legend className="pt-2 text-lg font-bold">{group.legend}</legend>
          {group.options.map(renderOption)}
        </fieldset>
      );
    return groups.length > 1 ? (
      // Set apart from the countries, so that it is not read as one of them.
      <div key="rest" className="space-y-3 border-y border-[var(--line)] py-4">
        {group.options.map(renderOption)}
      </div>
    ) : (
      group.options.map(renderOption)
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {showError && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          className="rounded-md border-4 border-[var(--danger)] p-4"
        >
          <h2 id="error-summary-title" className="text-lg font-bold">
            {SITE.errorSummaryTitle}
          </h2>
          <p>
            <a
              href={`#${key}-${first}`}
              className="font-semibold text-danger"
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(`${key}-${first}`)?.focus();
              }}
            >
              {question.error}
            </a>
          </p>
        </div>
      )}
      {before}
      <fieldset
        aria-describedby={`${hintId}${showError ? ` ${errorId}` : ''}`}
        className="space-y-4"
      >
        <legend className="w-full">
          <span className="block text-sm font-semibold text-muted">{SITE.question(progress)}</span>
          <h1 ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-bold sm:text-3xl">
            {question.title}
          </h1>
        </legend>
        <p id={hintId} className="text-muted">
          {question.hint}
        </p>
        <StepExtras step={step} answers={answers} />
        {showError && (
          <p id={errorId} className="font-semibold text-danger">
            <span className="sr-only">{FORM.errorPrefix} </span>
            {question.error}
          </p>
        )}
        <div className={`space-y-3 ${showError ? 'border-l-4 border-[var(--danger)] pl-3' : ''}`}>
          {groups.map(renderGroup)}
        </div>
      </fieldset>
      <StepExtrasAfter step={step} answers={answers} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn btn-primary">
          {SITE.continue}
        </button>
        {onBack && (
          <button type="button" className="btn btn-secondary" onClick={onBack}>
            {SITE.back}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Another country's answers, one tap away: a native disclosure (Enter or Space on its summary
 * opens it; its radios then join the tab order and the arrow keys' round), holding a group
 * named for screen readers as the visible groups are.
 */
function FoldedGroup({
  legend,
  count,
  open,
  children,
}: {
  legend: string;
  count: number;
  open: boolean;
  children: ReactNode;
}) {
  // Only the first render decides: afterwards the reader opens and closes it.
  const [initiallyOpen] = useState(open);
  return (
    <details open={initiallyOpen}>
      <summary className="cursor-pointer py-2.5 font-semibold">
        {foldedCountry(legend, count)}
      </summary>
      <fieldset className="space-y-3 pt-2 pb-2">
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}
