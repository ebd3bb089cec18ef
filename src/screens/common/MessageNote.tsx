import { useEffect, useId, useRef, useState } from 'react';
import {
  HOW_TO_ASK,
  MESSAGE_TEMPLATES,
  MESSAGE_VARIANT_NAMES,
  NOTE_LIMIT,
  NOTE_LIMIT_HINT,
  NOTE_REMAINING,
  NOTE_UI,
} from '../../content/message';
import type { Objective } from '../../decision/steps';
import { CopyButton } from '../../components/CopyButton';

/** Characters as a person counts them (an emoji is one, not two UTF-16 units). */
export const noteLength = (text: string) => [...text].length;

/** How long typing must pause before a screen reader hears the count. */
const ANNOUNCE_AFTER_MS = 1000;

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
  const length = noteLength(text);
  const over = length > NOTE_LIMIT;
  // The visible count follows every keystroke; screen readers hear it once typing pauses
  // (announcing every keystroke would talk over the typing).
  const [announced, setAnnounced] = useState('');
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current) return;
    const timer = window.setTimeout(
      () => setAnnounced(NOTE_REMAINING(NOTE_LIMIT - length)),
      ANNOUNCE_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [length]);

  return (
    <section className="card space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-bold">
        {NOTE_UI.messageToSend}
      </h2>
      {withHowTo && (
        <ol className="list-decimal space-y-1 pl-5">
          {HOW_TO_ASK.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {variants.length > 1 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={NOTE_UI.noteVariants}>
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
        {NOTE_UI.noteLabel}
      </label>
      <p id={`${id}-limit`} className="text-sm text-muted">
        {NOTE_LIMIT_HINT(NOTE_LIMIT)}
      </p>
      <textarea
        id={`${id}-note`}
        ref={fieldRef}
        rows={5}
        value={text}
        onChange={(e) => {
          edited.current = true;
          setText(e.target.value);
        }}
        aria-describedby={`${id}-count ${id}-limit`}
        aria-invalid={over || undefined}
        className="w-full rounded-md border border-[var(--line)] bg-[var(--bg)] p-3"
      />
      <p
        id={`${id}-count`}
        className={`text-sm ${over ? 'text-danger font-semibold' : 'text-muted'}`}
      >
        {NOTE_UI.noteCount(length, NOTE_LIMIT)}
        {over ? NOTE_UI.noteTooLong : ''}
      </p>
      <div className="sr-only" aria-live="polite">
        {announced}
      </div>
      <CopyButton text={text} label={NOTE_UI.copyNote} fallbackTarget={() => fieldRef.current} />
    </section>
  );
}
