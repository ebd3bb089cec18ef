import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

describe('preloadable', () => {
  it('loads once and marks the promise fulfilled for use()', async () => {
    const load = vi.fn(() => Promise.resolve('module'));
    const get = preloadable(load);
    const first = get();
    expect(get()).toBe(first);
    await first;
    expect(first).toMatchObject({ status: 'fulfilled', value: 'module' });
    expect(load).toHaveBeenCalledOnce();
  });

  it('after a failed load, the next call tries again instead of repeating the failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module');
    const get = preloadable(load);
    await expect(get()).rejects.toThrow('Failed to fetch');
    await expect(get()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a preload nobody waits for fails quietly (no unhandled rejection)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const get = preloadable(() => Promise.reject(new TypeError('offline')));
      void get();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
