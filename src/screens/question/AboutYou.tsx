import { useRef, useState } from 'react';
import { answerLabel, questionFor } from '../../content/questions';
import { REPEAT } from '../../content/repeat';
import { labelled } from '../../content/site';
import { ABOUT_YOU_KEYS } from '../../decision/aboutYou';
import type { Answers } from '../../decision/steps';
import { forgetRemembered } from '../../share/remembered';

interface Props {
  /** The answers about the reader that this decision keeps. */
  answers: Answers;
  /** Whether this device remembers answers about the reader. */
  remembered: boolean;
  /** Back to the first question about the reader, each answer offered again. */
  onChange: () => void;
}

/**
 * "About you": on the first question about the person, what was kept about the reader (in the
 * words they chose), with a way to change it and, where this device remembers it, to forget.
 */
export function AboutYou({ answers, remembered, onChange }: Props) {
  const [said, setSaid] = useState('');
  const saidRef = useRef<HTMLParagraphElement>(null);
  const rows = ABOUT_YOU_KEYS.flatMap((key) => {
    const value = answers[key];
    if (value === undefined) return [];
    const values = ([] as string[]).concat(value);
    return [
      {
        key,
        label: questionFor(key).summaryLabel,
        value: values.map((v) => answerLabel(key, v)).join(', '),
      },
    ];
  });
  if (rows.length === 0) return null;

  function forget() {
    setSaid(forgetRemembered() ? REPEAT.forgotten : REPEAT.forgetFailed);
    // The button goes with what it forgot: focus stays here, on what happened.
    window.requestAnimationFrame(() => saidRef.current?.focus());
  }

  const button = 'py-1 font-semibold text-[var(--link)] underline underline-offset-2';
  return (
    <section aria-labelledby="about-you-title" className="card space-y-1 text-sm" data-about-you>
      {/* Not a heading: the question below is the page's first. */}
      <p className="flex flex-wrap items-baseline justify-between gap-x-4">
        <span id="about-you-title" className="font-bold">
          {REPEAT.aboutYou}
        </span>
        <button type="button" className={button} onClick={onChange}>
          {REPEAT.change} <span className="sr-only">{REPEAT.changeWhat}</span>
        </button>
      </p>
      <dl className="space-y-1">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="inline font-semibold">{labelled(row.label)}</dt>{' '}
            <dd className="inline">{row.value}</dd>
          </div>
        ))}
      </dl>
      {remembered && (
        <p className="text-muted">
          {REPEAT.rememberedHere}{' '}
          <button type="button" className={button} data-forget onClick={forget}>
            {REPEAT.forget} <span className="sr-only">{REPEAT.forgetWhat}</span>
          </button>
        </p>
      )}
      <p ref={saidRef} tabIndex={-1} role="status">
        {said}
      </p>
    </section>
  );
}
