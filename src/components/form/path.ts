/**
 * A field is named by its path in the form's value, "contacts.2.label": the one string from
 * which the kit derives its id, its value, its words and its problem.
 */

type Join<K extends string | number, P> = P extends string ? `${K}.${P}` : never;

/** Every path into `T` (to a depth of 6), as a string type: a mistyped path is a type error. */
export type Path<T, Depth extends 0[] = []> = Depth['length'] extends 6
  ? never
  : T extends readonly (infer E)[]
    ? `${number}` | Join<number, Path<E, [...Depth, 0]>>
    : T extends object
      ? {
          [K in keyof T & string]-?: K | Join<K, Path<NonNullable<T[K]>, [...Depth, 0]>>;
        }[keyof T & string]
      : never;

const isIndex = (segment: string) => /^\d+$/.test(segment);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function getIn(value: unknown, path: string): unknown {
  let at = value;
  for (const segment of path.split('.')) {
    if (!isObject(at)) return undefined;
    at = at[segment];
  }
  return at;
}

/** A copy of `value` with `next` at `path`, copying only what lies on the way. */
export function setIn<T>(value: T, path: string, next: unknown): T {
  const [head = '', ...rest] = path.split('.');
  const tail = rest.join('.');
  const current: unknown = value;
  const child = isObject(current) ? current[head] : undefined;
  const made = rest.length === 0 ? next : setIn(child ?? (isIndex(rest[0]!) ? [] : {}), tail, next);
  if (Array.isArray(current)) {
    const copy: unknown[] = [...(current as unknown[])];
    copy[Number(head)] = made;
    return copy as T;
  }
  // A spread keeps a row's key (a symbol) along with its fields.
  return { ...(isObject(current) ? current : {}), [head]: made } as T;
}

/** The path without row numbers ("contacts.label"): where a field's words are. */
export const wordsPath = (path: string) =>
  path
    .split('.')
    .filter((s) => !isIndex(s))
    .join('.');

export { isIndex, isObject };

/**
 * A row of a list keeps one key while it is edited, for React and for what refers to it;
 * a symbol, so that it is never written to a file (JSON and Object.entries skip symbols).
 */
export const ROW = Symbol('row');
let lastRow = 0;

export function keyed<R extends object>(row: R): R & { [ROW]: number } {
  return { ...row, [ROW]: ++lastRow };
}

export const rowKey = (row: unknown): number | undefined =>
  isObject(row) ? (row as { [ROW]?: number })[ROW] : undefined;

/** The value with a key on every row of every list in it, to edit it in a form. */
export function withRowKeys<T>(value: T): T {
  if (Array.isArray(value))
    return value.map((v: unknown) => (isObject(v) ? keyed(withRowKeys(v)) : v)) as T;
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRowKeys(v)])) as T;
  return value;
}
