/**
 * `compute`, remembering its last answer: asked again for the same key, it answers from
 * memory. For work that several renders or components ask for with the same input, where a
 * useMemo would be lost with a render React sets aside (while a chunk loads) and redoes.
 */
export function keepLast<A extends unknown[], R>(
  key: (...args: A) => string,
  compute: (...args: A) => R,
): (...args: A) => R {
  let last: { key: string; value: R } | undefined;
  return (...args) => {
    const k = key(...args);
    if (last?.key !== k) last = { key: k, value: compute(...args) };
    return last.value;
  };
}
