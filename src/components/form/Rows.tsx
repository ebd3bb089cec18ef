import type { ReactNode } from 'react';
import { ErrorMessage, Hint } from './fields';
import { getIn, keyed, rowKey, setIn, type Path } from './path';
import type { Checked, Form } from './useForm';

/** A list's words: its legend and hint, a name for a row, and its buttons. */
export interface RowsWords {
  legend: string;
  hint?: string;
  item: (n: number) => string;
  add: string;
  addAnother: string;
  remove: (n: number) => string;
  max: string;
}

/**
 * A list to add to and remove from (contacts, points): each row a fieldset named by its
 * number, with its own Remove button, and an Add button after the last, up to `max`. Focus
 * goes where a keyboard user wants it next: the new row's first field, or Add where the
 * removed row was.
 */
export function Rows<T extends object>({
  form,
  path,
  max,
  make,
  remove,
  children,
}: {
  form: Form<T, Checked>;
  path: Path<T>;
  max: number;
  /** A new row, given the rows there are. */
  make: (rows: readonly unknown[]) => object;
  /** The value without row `i` (by default the row only). */
  remove?: (value: T, i: number) => T;
  /** Row `i`'s fields. */
  children: (i: number) => ReactNode;
}) {
  const at: string = path;
  const words = form.words(at) as unknown as RowsWords;
  const rowsOf = (value: T) => (getIn(value, at) as unknown[] | undefined) ?? [];
  const rows = rowsOf(form.value);
  const list = form.field(path);
  const addId = form.id(`${at}.add`);

  const add = () => {
    form.update((v) => setIn(v, at, [...rowsOf(v), keyed(make(rowsOf(v)))]));
    form.focusAfter(() =>
      document
        .getElementById(form.id(`${at}.${rows.length}`))
        ?.querySelector('input, textarea, select'),
    );
  };
  const removeRow = (i: number) => {
    form.update((v) =>
      remove
        ? remove(v, i)
        : setIn(
            v,
            at,
            rowsOf(v).filter((_, j) => j !== i),
          ),
    );
    form.focusAfter(() => document.getElementById(addId));
  };

  return (
    // Focusable from the error summary, for a problem of the whole list.
    <fieldset
      id={list.id}
      tabIndex={list.error ? -1 : undefined}
      className="space-y-4"
      aria-describedby={list.props['aria-describedby']}
    >
      <legend className="text-lg font-bold">{words.legend}</legend>
      <Hint field={list} />
      <ErrorMessage field={list} />
      {rows.map((row, i) => (
        <fieldset
          key={rowKey(row) ?? i}
          id={form.id(`${at}.${i}`)}
          className="space-y-3 rounded-md border border-[var(--line)] p-3"
        >
          <legend className="px-1 font-bold">{words.item(i + 1)}</legend>
          {children(i)}
          <button type="button" className="btn btn-secondary" onClick={() => removeRow(i)}>
            {words.remove(i + 1)}
          </button>
        </fieldset>
      ))}
      {rows.length < max ? (
        <button id={addId} type="button" className="btn btn-secondary" onClick={add}>
          {rows.length === 0 ? words.add : words.addAnother}
        </button>
      ) : (
        <p id={addId} tabIndex={-1} className="text-sm font-semibold">
          {words.max}
        </p>
      )}
    </fieldset>
  );
}
