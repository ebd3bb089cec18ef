import { useState } from 'react';
import { ErrorMessage } from '../components/form/fields';
import type { FieldBinding } from '../components/form/useForm';
import { FIRM_FORM } from '../content/firmForm';
import { WHEN_KEYS, whenChoices, type WhenKey } from './draft';

const W = FIRM_FORM.points.when;

/**
 * A point's conditions: one group of checkboxes per key a point's `when` can list, behind a
 * toggle that says what the point is limited to while it is closed.
 */
export function Conditions({ field, point }: { field: FieldBinding; point: string }) {
  const when = (field.value ?? {}) as Partial<Record<WhenKey, string[]>>;
  const [open, setOpen] = useState(Object.keys(when).length > 0);
  const toggle = (key: WhenKey, value: string, on: boolean) => {
    const listed = when[key] ?? [];
    const next = on ? [...listed, value] : listed.filter((v) => v !== value);
    // Kept in the decision's order, so the file reads the same however it was ticked.
    const order = whenChoices(key).options.map((o) => o.value);
    field.set({ ...when, [key]: order.filter((v) => next.includes(v)) });
  };
  const chosen = WHEN_KEYS.filter((k) => (when[k]?.length ?? 0) > 0);
  const panel = `${field.id}-panel`;
  return (
    <div className="space-y-2">
      <button
        id={field.id}
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        aria-describedby={field.error ? field.errorId : undefined}
        className="btn btn-secondary"
        onClick={() => setOpen((o) => !o)}
      >
        {field.label} <span className="sr-only">({point})</span>
      </button>
      <p className="text-sm text-muted">
        {chosen.length === 0 ? W.everywhere : W.onlyWhen(chosen.map((k) => whenChoices(k).legend))}
      </p>
      <ErrorMessage field={field} />
      <div id={panel} hidden={!open} className="space-y-4">
        <p className="text-sm text-muted">{field.hint}</p>
        {open &&
          WHEN_KEYS.map((key) => {
            const { legend, options } = whenChoices(key);
            return (
              <fieldset key={key} className="space-y-1">
                <legend className="font-medium">{legend}</legend>
                {options.map((o) => {
                  const boxId = `${field.id}-${key}-${o.value}`;
                  return (
                    <div key={o.value} className="flex items-start gap-2">
                      <input
                        id={boxId}
                        type="checkbox"
                        name={`${field.id}-${key}`}
                        value={o.value}
                        checked={when[key]?.includes(o.value) ?? false}
                        onChange={(e) => toggle(key, o.value, e.target.checked)}
                        className="mt-1 size-5"
                      />
                      <label htmlFor={boxId}>{o.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
      </div>
    </div>
  );
}
