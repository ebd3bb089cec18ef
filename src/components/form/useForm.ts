import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { getIn, isIndex, isObject, setIn, wordsPath, type Path } from './path';

/**
 * One form's state: its value, what has been touched, and its problems, each field bound
 * from its path alone. A field's words (label, hint) are found at the same path, without row
 * numbers, in the words object the form is given: `words.contacts.href` for
 * "contacts.2.href". Words are declared in screen order: that is the problems' order.
 */

/** The words of one field, or of a group or list (which has a legend instead of a label). */
export interface FieldWords {
  label?: unknown;
  legend?: string;
  hint?: string;
  /** A list's name for one of its rows: "Contact 2". */
  item?: (n: number) => string;
}

export interface Checked {
  /** Each problem, by the path in the value where it was found. */
  errors: ReadonlyMap<string, string>;
}

export interface FieldBinding {
  id: string;
  label: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId: string;
  /** What the form holds at the path, as it is (a list, a flag, text). */
  value: unknown;
  set: (value: unknown) => void;
  /** For a text box, text area or select: spread it on the control. */
  props: {
    id: string;
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
    onBlur: () => void;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  };
}

export interface Problem {
  /** The field's id; none for a problem that no field of the form holds. */
  id?: string;
  label: string;
  message: string;
}

export interface Form<T, R extends Checked = Checked> {
  value: T;
  checked: R;
  field: (path: Path<T>) => FieldBinding;
  set: (path: string, value: unknown) => void;
  update: (change: (value: T) => T) => void;
  /** Starts again from another value, nothing touched. */
  reset: (value: T) => void;
  words: (path: string) => FieldWords | undefined;
  id: (path: string) => string;
  /** The problem of a field shown now, and only one that is its own (not its rows'). */
  errorAt: (path: string) => string | undefined;
  /** Every field with a problem, in screen order. */
  problems: Problem[];
  /** Shows every problem and moves focus to the first on screen. */
  showProblems: () => void;
  /** Every problem is shown, not only those of the fields left. */
  showingAll: boolean;
  /** Focus to move once the next render is on screen (a new row, the Add button). */
  focusAfter: (find: () => Element | null | undefined) => void;
}

export interface FormOptions<T, R extends Checked> {
  initial: () => T;
  check: (value: T) => R;
  words: object;
  /** Problems show as soon as they are there, not once a field is left. */
  eager?: boolean;
}

export function useForm<T extends object, R extends Checked>({
  initial,
  check,
  words,
  eager = false,
}: FormOptions<T, R>): Form<T, R> {
  const uid = useId();
  const [value, setValue] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const checked = useMemo(() => check(value), [check, value]);

  const wordsAt = (path: string) => wordsIn(words, path);
  const id = (path: string) => `${uid}-${path.replace(/\./g, '-')}`;

  // Each problem belongs to the nearest field at or above where it was found: a wrong id in
  // a point's conditions is a problem of those conditions.
  const byField = useMemo(() => {
    const found = new Map<string, string>();
    for (const [path, message] of checked.errors) {
      let at = path;
      while (at && !title(wordsIn(words, at))) at = at.split('.').slice(0, -1).join('.');
      if (!found.has(at)) found.set(at, message);
    }
    return found;
  }, [checked.errors, words]);

  const shown = (path: string) => eager || showAll || touched.has(path);
  const errorAt = (path: string) => (shown(path) ? byField.get(path) : undefined);

  const focusNext = useRef<() => Element | null | undefined>(undefined);
  useEffect(() => {
    const find = focusNext.current;
    if (!find) return;
    focusNext.current = undefined;
    const target = find();
    if (target instanceof HTMLElement) target.focus();
  });
  const focusAfter = (find: () => Element | null | undefined) => (focusNext.current = find);

  const update = (change: (v: T) => T) => setValue(change);
  const set = (path: string, next: unknown) => update((v) => setIn(v, path, next));
  const reset = (next: T) => {
    setValue(next);
    setTouched(new Set());
    setShowAll(false);
  };
  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));

  const field = (path: string): FieldBinding => {
    const w = wordsAt(path);
    const fieldId = id(path);
    const error = errorAt(path);
    const hintId = w?.hint ? `${fieldId}-hint` : undefined;
    const errorId = `${fieldId}-error`;
    const current = getIn(value, path);
    return {
      id: fieldId,
      label: title(w) ?? path,
      hint: w?.hint,
      hintId,
      error,
      errorId,
      value: current,
      set: (next) => set(path, next),
      props: {
        id: fieldId,
        value: typeof current === 'string' || typeof current === 'number' ? String(current) : '',
        onChange: (e) => set(path, e.target.value),
        onBlur: () => touch(path),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, error && errorId].filter(Boolean).join(' ') || undefined,
      },
    };
  };

  // The label a problem goes by in a summary ("Contact 2, Short id"), and its screen order:
  // the position of each part of its path among the words, row numbers as they are.
  const describe = (path: string) => {
    const parts: string[] = [];
    const order: number[] = [];
    let w: unknown = words;
    for (const segment of path ? path.split('.') : []) {
      if (isIndex(segment)) {
        const item = isObject(w) ? (w as FieldWords).item : undefined;
        if (item) parts.push(item(Number(segment) + 1));
        order.push(Number(segment));
        continue;
      }
      order.push(isObject(w) ? Object.keys(w).indexOf(segment) : -1);
      w = isObject(w) ? w[segment] : undefined;
    }
    parts.push(title(w as FieldWords | undefined) ?? '');
    return { label: parts.filter(Boolean).join(', '), order };
  };
  const problems = [...byField]
    .map(([path, message]) => ({ path, message, ...describe(path) }))
    .sort((a, b) => compareOrder(a.order, b.order))
    .map(({ path, label, message }) => ({ id: path ? id(path) : undefined, label, message }));

  const showProblems = () => {
    setShowAll(true);
    // The first of this form's problems on screen (every id of the form starts with uid).
    focusAfter(() => {
      const first = document.querySelector(`[data-error-for^="${uid}-"]`);
      return first && document.getElementById(first.getAttribute('data-error-for') ?? '');
    });
  };

  return {
    value,
    checked,
    field,
    set,
    update,
    reset,
    words: wordsAt,
    id,
    errorAt,
    problems,
    showProblems,
    showingAll: eager || showAll,
    focusAfter,
  };
}

const wordsIn = (words: object, path: string) =>
  getIn(words, wordsPath(path)) as FieldWords | undefined;
const title = (w: FieldWords | undefined) => (typeof w?.label === 'string' ? w.label : w?.legend);

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}
