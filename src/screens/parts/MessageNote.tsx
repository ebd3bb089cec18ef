import { useId, useRef, useState } from 'react';
import {
  HOW_TO_ASK,
  MESSAGE_TEMPLATES,
  MESSAGE_VARIANT_NAMES,
  NOTE_LIMIT,
} from '../../content/questions';
import { OUTCOME_UI } from '../../content/site';
import type { Objective } from '../../decision/answers';
import { CopyButton } from '../../components/CopyButton';

/** Step 7: a polite note asking why, in a variant that fits the user's objectives. */
export function MessageNote({
  objectives,
  withHowTo = false,
}: {
  objectives: Objective[];
  withHowTo?: boolean;
}) {
  const variants = objectives.length > 0 ? objectives : (['default'] as const);
  const [variant, setVariant] = useState<Objective | 'default'>(variants[0] ?? 'default');
  const [text, setText] = useState(MESSAGE_TEMPLATES[variant]);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const over = text.length > NOTE_LIMIT;

  return (
    <section className="card space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-bold">
        {OUTCOME_UI.messageToSend}
      </h2>
      {withHowTo && (
        <ol className="list-decimal space-y-1 pl-5">
          {HOW_TO_ASK.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {variants.length > 1 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={OUTCOME_UI.noteVariants}>
          {variants.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={v === variant}
              className={`btn ${v === variant ? 'btn-primary' : 'btn-secondary'} text-sm`}
              onClick={() => {
                setVariant(v);
                setText(MESSAGE_TEMPLATES[v]);
              }}
            >
              {MESSAGE_VARIANT_NAMES[v]}
            </button>
          ))}
        </div>
      )}
      <label htmlFor={`${id}-note`} className="block font-medium">
        {OUTCOME_UI.noteLabel}
      </label>
      <textarea
        id={`${id}-note`}
        ref={fieldRef}
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-count`}
        className="w-full rounded-md border border-[var(--line)] bg-[var(--bg)] p-3"
      />
      <p
        id={`${id}-count`}
        className={`text-sm ${over ? 'text-danger font-semibold' : 'text-muted'}`}
        aria-live="polite"
      >
        {OUTCOME_UI.noteCount(text.length, NOTE_LIMIT)}
        {over ? OUTCOME_UI.noteTooLong : ''}
      </p>
      <CopyButton text={text} label={OUTCOME_UI.copyNote} fallbackTarget={() => fieldRef.current} />
    </section>
  );
}
