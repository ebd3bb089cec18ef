import { describe, expect, it, vi } from 'vitest';
import { runInSlices } from './runInSlices';

function* count(n: number, seen: number[]): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
  return n;
}

describe('runInSlices', () => {
  it('runs every step, later, and hands over the result', async () => {
    const seen: number[] = [];
    const done = vi.fn();
    runInSlices(count(50, seen), done);
    // Nothing runs in the caller's task.
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith(50), { timeout: 15_000 });
    expect(seen).toHaveLength(50);
  });

  it('splits the work when a slice runs out of time', () => {
    vi.useFakeTimers();
    try {
      let now = 0;
      const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
      const seen: number[] = [];
      const done = vi.fn();
      runInSlices(count(10, seen), done, 8);
      vi.advanceTimersToNextTimer();
      // Each step "takes" 5 ms, so a slice of 8 ms runs only a step or two.
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.length).toBeLessThan(10);
      expect(done).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(done).toHaveBeenCalledWith(10);
      clock.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when cancelled', () => {
    vi.useFakeTimers();
    try {
      const seen: number[] = [];
      const done = vi.fn();
      const cancel = runInSlices(count(10, seen), done);
      cancel();
      vi.runAllTimers();
      expect(seen).toEqual([]);
      expect(done).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
