import type { ComponentProps, ReactNode } from 'react';
import { FORM } from '../../content/form';
import type { FieldBinding } from './useForm';

/**
 * The kit's controls, each bound to one field (`form.field(path)`): GOV.UK's order of label,
 * hint, error, control; a group is a fieldset with its legend. Everything a control needs
 * (id, value, change, blur, aria-invalid, aria-describedby) comes from the binding.
 */

/** A control's look; a problem shows as a thicker border in the danger colour. */
export const controlClass = (invalid: boolean, size = 'w-full max-w-md') =>
  `block rounded-md bg-[var(--bg)] p-2 ${
    invalid ? 'border-2 border-[var(--danger)]' : 'border border-[var(--line)]'
  } ${size}`;

/** A problem, said beside its control; `data-error-for` finds the first on screen. */
export function ErrorMessage({ field }: { field: Pick<FieldBinding, 'id' | 'errorId' | 'error'> }) {
  if (!field.error) return null;
  return (
    <p id={field.errorId} data-error-for={field.id} className="text-sm font-semibold text-danger">
      <span className="sr-only">{FORM.errorPrefix}</span> {field.error}
    </p>
  );
}

export function Hint({ field }: { field: Pick<FieldBinding, 'hint' | 'hintId'> }) {
  return field.hint ? (
    <p id={field.hintId} className="text-sm text-muted">
      {field.hint}
    </p>
  ) : null;
}

/** Label, hint and problem above the control they describe. */
export function Field({ field, children }: { field: FieldBinding; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block font-medium">
        {field.label}
      </label>
      <Hint field={field} />
      <ErrorMessage field={field} />
      {children}
    </div>
  );
}

type Own = 'id' | 'value' | 'onChange' | 'onBlur' | 'className';

export function TextField({
  field,
  size,
  ...rest
}: { field: FieldBinding; size?: string } & Omit<ComponentProps<'input'>, Own | 'size'>) {
  return (
    <Field field={field}>
      <input type="text" {...rest} {...field.props} className={controlClass(!!field.error, size)} />
    </Field>
  );
}

export function TextArea({
  field,
  ...rest
}: { field: FieldBinding } & Omit<ComponentProps<'textarea'>, Own>) {
  return (
    <Field field={field}>
      <textarea {...rest} {...field.props} className={controlClass(!!field.error, 'w-full')} />
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select whose first option means "none" (its value is the empty text). */
export function SelectField({
  field,
  none,
  options,
}: {
  field: FieldBinding;
  none: string;
  options: readonly Choice[];
}) {
  return (
    <Field field={field}>
      <select {...field.props} className={controlClass(!!field.error)}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One checkbox with its label and hint, in the page's option box. */
export function Checkbox({ field }: { field: FieldBinding }) {
  return (
    <div className="option">
      <input
        id={field.id}
        type="checkbox"
        checked={field.value === true}
        onChange={(e) => field.set(e.target.checked)}
        aria-describedby={field.hintId}
      />
      <div>
        <label htmlFor={field.id} className="block font-medium">
          {field.label}
        </label>
        {field.hint && (
          <span id={field.hintId} className="block text-sm text-muted">
            {field.hint}
          </span>
        )}
      </div>
    </div>
  );
}

/** One choice of several: a fieldset, its legend, a radio button for each choice. */
export function Radios({ field, options }: { field: FieldBinding; options: readonly Choice[] }) {
  return (
    <fieldset className="space-y-3" aria-describedby={field.hintId}>
      <legend className="font-medium">{field.label}</legend>
      <Hint field={field} />
      {options.map((o) => (
        <div key={o.value} className="option">
          <input
            id={`${field.id}-${o.value}`}
            type="radio"
            name={field.id}
            value={o.value}
            checked={field.value === o.value}
            onChange={() => field.set(o.value)}
          />
          <label htmlFor={`${field.id}-${o.value}`} className="block font-medium">
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
