import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, whenNear } from './whenNear';

/** A stand-in for the browser's IntersectionObserver: `cross` reports the element near or not. */
function fakeObserver() {
  const state = {
    cross: (_near: boolean) => {},
    options: undefined as IntersectionObserverInit | undefined,
    observed: [] as Element[],
    disconnected: false,
  };
  class FakeIntersectionObserver {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      state.options = options;
      state.cross = (near) =>
        callback(
          state.observed.map((target) => ({ target, isIntersecting: near })) as never,
          this as never,
        );
    }
    observe(element: Element) {
      state.observed.push(element);
    }
    disconnect() {
      state.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return state;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whenNear', () => {
  it('waits until the element comes within a screen of the viewport, then runs once', () => {
    const io = fakeObserver();
    const element = document.createElement('div');
    const task = vi.fn();
    whenNear(element, task);
    expect(io.observed).toEqual([element]);
    expect(io.options?.rootMargin).toBe(NEAR_MARGIN);
    expect(task).not.toHaveBeenCalled();

    io.cross(false); // the first report: still far below
    expect(task).not.toHaveBeenCalled();
    io.cross(true);
    expect(task).toHaveBeenCalledOnce();
    expect(io.disconnected).toBe(true);
  });

  it('cancelled (the screen left), it stops watching', () => {
    const io = fakeObserver();
    const task = vi.fn();
    whenNear(document.createElement('div'), task)();
    expect(io.disconnected).toBe(true);
  });

  it('runs at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const task = vi.fn();
    whenNear(document.createElement('div'), task);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs at once in a frame (the embed), whose height follows its content', () => {
    const io = fakeObserver();
    vi.stubGlobal('top', {});
    const task = vi.fn();
    whenNear(document.createElement('div'), task);
    expect(task).toHaveBeenCalledOnce();
    expect(io.observed).toEqual([]);
  });
});
