import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, PAINT_WAIT_MS } from '@/lib/newtab/after-paint';

/** A PerformanceObserver whose paints the test reports by hand. */
function fakeObserver(types: string[]) {
  const observers: ((names: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = types;
    constructor(private callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {}
    observe() {
      observers.push((names) => this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }));
    }
    disconnect() {
      observers.length = 0;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: (...names: string[]) => observers.forEach((o) => o(names)), watching: () => observers.length };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not the first (blank) paint, then runs once', () => {
    vi.useFakeTimers();
    const paints = fakeObserver(['paint']);
    const task = vi.fn();
    afterFirstPaint(task);
    paints.paint('first-paint');
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    paints.paint('first-contentful-paint');
    vi.advanceTimersByTime(PAINT_WAIT_MS * 2);
    expect(task).toHaveBeenCalledTimes(1);
    expect(paints.watching()).toBe(0);
  });

  it('runs at once when the browser does not report paints', () => {
    vi.useFakeTimers();
    fakeObserver(['navigation']);
    const task = vi.fn();
    afterFirstPaint(task);
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs when the page is hidden before it painted, and after PAINT_WAIT_MS at most', () => {
    vi.useFakeTimers();
    fakeObserver(['paint']);
    const hidden = vi.fn();
    afterFirstPaint(hidden);
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(0);
    expect(hidden).toHaveBeenCalledTimes(1);

    const late = vi.fn();
    afterFirstPaint(late);
    vi.advanceTimersByTime(PAINT_WAIT_MS - 1);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2); // the wait runs out, then the task's own turn of the event loop
    expect(late).toHaveBeenCalledTimes(1);
  });
});
