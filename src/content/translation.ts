/**
 * The shape a translated catalogue must have: the English module's, with each text free to
 * say something else. Strings become `string`, functions keep their parameters and return a
 * translation, lists and records keep their length and keys. A French module typed with it
 * cannot compile with a string missing or a parameter left unused in its type
 * (docs/decisions/016-languages.md).
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Translation<R>
    : T extends object
      ? { readonly [K in keyof T]: Translation<T[K]> }
      : T;
