import { expect, it, vi } from 'vitest';
import { keepLast } from './keepLast';

it('answers the same key from memory, and works a new one out', () => {
  const compute = vi.fn((a: number, b: number) => ({ sum: a + b }));
  const sum = keepLast((a: number, b: number) => `${a},${b}`, compute);
  const first = sum(1, 2);
  expect(sum(1, 2)).toBe(first);
  expect(compute).toHaveBeenCalledTimes(1);
  expect(sum(2, 2)).toEqual({ sum: 4 });
  // Only the last is kept: back to the first key, it is worked out again.
  expect(sum(1, 2)).toEqual(first);
  expect(compute).toHaveBeenCalledTimes(3);
});
