import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterShown, SCREEN_SHOWN } from './afterShown';

const FAKE = [
  'setTimeout',
  'clearTimeout',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('afterShown without Element Timing (Firefox, Safari, jsdom)', () => {
  it('waits for the next frame, then for a task after it', () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    const task = vi.fn();
    afterShown(task);
    // Timers alone never run it: only a frame does.
    vi.advanceTimersByTime(0);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(task).toHaveBeenCalledOnce();
  });

  it('cancels before the frame and between the frame and the task', () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    const early = vi.fn();
    afterShown(early)();
    const late = vi.fn();
    const cancel = afterShown(late);
    vi.advanceTimersToNextFrame();
    cancel();
    vi.advanceTimersByTime(100);
    vi.advanceTimersToNextFrame();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('afterShown with Element Timing (Chromium)', () => {
  /** A stand-in for the browser's observer: `report` delivers an entry for an element. */
  let report: (element: Element) => void;
  let observed: { type?: string; buffered?: boolean } | undefined;
  let disconnected = 0;
  let heading: HTMLElement;
  /** Delivers the IntersectionObserver's first answer for the heading. */
  let see: (isIntersecting: boolean) => void;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    observed = undefined;
    disconnected = 0;
    class FakeObserver {
      static supportedEntryTypes = ['element', 'largest-contentful-paint'];
      constructor(callback: (list: { getEntries: () => unknown[] }) => void) {
        report = (element) => callback({ getEntries: () => [{ element }] });
      }
      observe(options: typeof observed) {
        observed = options;
      }
      disconnect() {
        disconnected++;
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    class FakeIntersection {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        see = (isIntersecting) => callback([{ isIntersecting }]);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersection);
    document.body.innerHTML = `<h1 elementtiming="${SCREEN_SHOWN}">Question</h1><p elementtiming="other">x</p>`;
    heading = document.querySelector('h1')!;
  });

  it('waits until the screen’s heading is reported shown, not just for a frame', () => {
    const task = vi.fn();
    afterShown(task);
    expect(observed).toEqual({ type: 'element', buffered: true });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    // Another element being shown is not the screen.
    report(document.querySelector('p')!);
    expect(task).not.toHaveBeenCalled();
    report(heading);
    expect(disconnected).toBe(1);
    // In a task of its own, not in the observer's.
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
    // Nothing runs it twice: not a later report, not the give-up timer.
    report(heading);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledOnce();
  });

  it('gives up waiting after a few seconds (a heading that is never shown)', () => {
    const task = vi.fn();
    afterShown(task);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(2900);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledOnce();
  });

  it('can be cancelled while waiting', () => {
    const task = vi.fn();
    const cancel = afterShown(task);
    cancel();
    expect(disconnected).toBe(1);
    report(heading);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
  });

  it('with the heading out of view (not drawn until scrolled to), the frame is enough', () => {
    const task = vi.fn();
    afterShown(task);
    vi.advanceTimersToNextFrame();
    see(false);
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
  });

  it('with the heading in view, being in view is not enough: it must be reported shown', () => {
    const task = vi.fn();
    afterShown(task);
    vi.advanceTimersToNextFrame();
    see(true);
    expect(task).not.toHaveBeenCalled();
    report(heading);
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs each task waiting for the heading in a task of its own', () => {
    // One report reaches every observer in the same task: run there, the extras waiting for
    // the heading would add up to one long task on a slow phone.
    const calls: string[] = [];
    const reports: ((element: Element) => void)[] = [];
    for (const name of ['first', 'second']) {
      afterShown(() => calls.push(name));
      reports.push(report);
    }
    for (const r of reports) r(heading);
    expect(calls).toEqual([]);
    // A timer each (nothing else is pending: no frame has passed to start the give-up timers).
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(0);
    expect(calls).toEqual(['first', 'second']);
  });

  it('can be cancelled between the report and its task', () => {
    const task = vi.fn();
    const cancel = afterShown(task);
    report(heading);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
  });

  it('with no screen heading in the page, waits for a frame as without Element Timing', () => {
    heading.remove();
    const task = vi.fn();
    afterShown(task);
    expect(observed).toBeUndefined();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextTimer();
    expect(task).toHaveBeenCalledOnce();
  });
});

describe('afterShown in a frame', () => {
  it('runs in the next task, without waiting for a frame or a heading', () => {
    vi.useFakeTimers({ toFake: [...FAKE] });
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    document.body.innerHTML = `<h1 elementtiming="${SCREEN_SHOWN}">Question</h1>`;
    const task = vi.fn();
    afterShown(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
  });
});
