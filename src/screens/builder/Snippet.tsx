import { useRef } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { FORM } from '../../content/form';

/** A snippet of code to copy: its title, what it is for, the code, and a copy button. */
export function Snippet({
  id,
  words: { title, hint, label, copy },
  code,
  leftOut,
}: {
  id: string;
  words: { title: string; hint: string; label: string; copy: string };
  code: string;
  /** What the code leaves out, and why: said beside the code it would have changed. */
  leftOut: string[];
}) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="space-y-2">
      <h3 className="font-bold">{title}</h3>
      <p className="text-muted">{hint}</p>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {leftOut.length > 0 && (
        <ul id={`${id}-left-out`} className="space-y-1 text-sm font-semibold text-danger">
          {leftOut.map((line) => (
            <li key={line}>
              <span className="sr-only">{FORM.errorPrefix}</span> {line}
            </li>
          ))}
        </ul>
      )}
      <textarea
        id={id}
        aria-describedby={leftOut.length > 0 ? `${id}-left-out` : undefined}
        ref={fieldRef}
        readOnly
        value={code}
        // Grows to fit in browsers with field-sizing; elsewhere, about enough rows.
        rows={code.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 60), 0)}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-[var(--line)] bg-[var(--surface)] p-2 font-mono text-sm field-sizing-content"
      />
      <CopyButton text={code} label={copy} fallbackTarget={() => fieldRef.current} />
    </div>
  );
}
