import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_PAUSE_MS, currentAddress, flushAddress, setParam, writeAddress } from '@/lib/lists/address';

afterEach(() => {
  flushAddress();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('the address', () => {
  it('writes at once by default', () => {
    setParam('show', 'read');
    expect(location.search).toBe('?show=read');
    setParam('show', undefined);
    expect(location.search).toBe('');
  });

  it('waits for a pause in typing, writing only the last of a run of keystrokes', () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(history, 'replaceState');
    for (const q of ['n', 'no', 'not']) setParam('q', q, { soon: true });
    expect(location.search).toBe('');
    expect(currentAddress().searchParams.get('q')).toBe('not');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(location.search).toBe('?q=not');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('reads a pending relative address (a path and query, as Explore writes) against the page', () => {
    vi.useFakeTimers();
    writeAddress('/explore.html?topic=sleep&scroll=120', { soon: true });
    setParam('q', 'tired', { soon: true });
    expect(currentAddress().pathname).toBe('/explore.html');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(location.pathname + location.search).toBe('/explore.html?topic=sleep&scroll=120&q=tired');
  });

  it('keeps a pending write when another change comes first, and lets a later one win', () => {
    vi.useFakeTimers();
    setParam('q', 'rest', { soon: true });
    setParam('show', 'all');
    expect(new URLSearchParams(location.search).get('q')).toBe('rest');
    expect(new URLSearchParams(location.search).get('show')).toBe('all');
    writeAddress('/explore.html?kind=tip');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(location.search).toBe('?kind=tip');
  });

  it('writes a pending change when the page is hidden', () => {
    vi.useFakeTimers();
    setParam('q', 'sleep', { soon: true });
    dispatchEvent(new Event('pagehide'));
    expect(location.search).toBe('?q=sleep');
  });
});
