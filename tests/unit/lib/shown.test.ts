import { afterEach, describe, expect, it, vi } from 'vitest';
import { askBackground, isShownRequest, REPLY_WAIT_MS, type ShownReply, type ShownRequest } from '@/lib/shown';
import { hasNext, putNext, takeNext } from '@/lib/upcoming';
import type { Card } from '@/lib/content/types';

const card = (id: string): Card => ({ id, kind: 'tip', title: `Title ${id}`, topics: ['stress'], summary: [] });

afterEach(() => {
  localStorage.clear();
  performance.clearMeasures();
  vi.useRealTimers();
});

describe('askBackground (a new tab that is only looked at)', () => {
  it('asks to record the view and to choose the next item, keeps that item for the next tab, measures the pick, and hands back the marks', async () => {
    const sent: ShownRequest[] = [];
    const marks = await askBackground(
      async (request) => {
        sent.push(request);
        return { ok: true, saved: true, read: false, next: { card: card('b') }, pickMs: 2.5 } satisfies ShownReply;
      },
      localStorage,
      'v1',
      'a',
      1000,
    );
    expect(marks).toEqual({ saved: true, read: false });
    expect(sent).toEqual([{ type: 'tend:shown', id: 'a', at: 1000, prepare: true }]);
    expect(takeNext(localStorage, 'v1', 2000)?.card.id).toBe('b');
    expect(performance.getEntriesByName('tend:pick').map((e) => e.duration)).toEqual([2.5]);
  });

  it('measures a pick that took longer than the page has lived, without failing the answer', async () => {
    const send = async () => ({ ok: true, saved: false, read: false, pickMs: performance.now() + 60_000 });
    expect(await askBackground(send, localStorage, 'v1', 'a', 1000)).toEqual({ saved: false, read: false });
    expect(performance.getEntriesByName('tend:pick')).toHaveLength(1);
  });

  it('asks only to record the view while a next item is already waiting', async () => {
    putNext(localStorage, 'v1', { card: card('waiting') });
    const send = vi.fn(async () => ({ ok: true, saved: false, read: true }));
    expect(await askBackground(send, localStorage, 'v1', 'a', 1000)).toEqual({ saved: false, read: true });
    expect(send).toHaveBeenCalledWith({ type: 'tend:shown', id: 'a', at: 1000, prepare: false });
    expect(takeNext(localStorage, 'v1', 2000)?.card.id).toBe('waiting');
  });

  it.each([
    ['says it could not', async () => ({ ok: false })],
    ['is not there (no listener)', () => Promise.reject(new Error('Could not establish connection'))],
    [
      'cannot be reached (the call throws)',
      () => {
        throw new Error('Extension context invalidated');
      },
    ],
    ['answers nothing', async () => undefined],
  ])('resolves undefined and keeps nothing when the background %s', async (_, send) => {
    expect(await askBackground(send, localStorage, 'v1', 'a', 1000)).toBeUndefined();
    expect(hasNext(localStorage, 'v1')).toBe(false);
  });

  it('gives up after REPLY_WAIT_MS when the background does not answer', async () => {
    vi.useFakeTimers();
    const answer = askBackground(() => new Promise(() => {}), localStorage, 'v1', 'a', 1000);
    await vi.advanceTimersByTimeAsync(REPLY_WAIT_MS - 1);
    let settled = false;
    void answer.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toBeUndefined();
  });

  it('keeps the next item from an answer that came too late, unless one is waiting by then', async () => {
    vi.useFakeTimers();
    const later = (reply: ShownReply) => {
      let answer: (reply: ShownReply) => void = () => undefined;
      const send = () => new Promise<ShownReply>((resolve) => (answer = resolve));
      return { send, answer: () => answer(reply) };
    };
    // Nothing waiting when it comes: the background used this item up for the cycle, so it is kept.
    const first = later({ ok: true, saved: false, read: false, next: { card: card('late') }, pickMs: 9 });
    const gaveUp = askBackground(first.send, localStorage, 'v1', 'a', 1000);
    await vi.advanceTimersByTimeAsync(REPLY_WAIT_MS);
    expect(await gaveUp).toBeUndefined();
    first.answer();
    await vi.waitFor(() => expect(takeNext(localStorage, 'v1', 2000)?.card.id).toBe('late'));

    // The live page prepared one meanwhile: that one stays. The page's storage tells when it is read.
    const looked = vi.fn();
    const storage = new Proxy(localStorage, {
      get: (target, key) => {
        if (key === 'getItem') return (name: string) => (looked(name), target.getItem(name));
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const second = later({ ok: true, saved: false, read: false, next: { card: card('late') } });
    const again = askBackground(second.send, storage, 'v1', 'a', 3000);
    await vi.advanceTimersByTimeAsync(REPLY_WAIT_MS);
    expect(await again).toBeUndefined();
    putNext(localStorage, 'v1', { card: card('page') });
    looked.mockClear();
    second.answer();
    await vi.waitFor(() => expect(looked).toHaveBeenCalled()); // the late answer was heard, and looked for a waiting item
    expect(takeNext(localStorage, 'v1', 4000)?.card.id).toBe('page');
  });
});

describe('isShownRequest', () => {
  it('accepts only a whole request', () => {
    expect(isShownRequest({ type: 'tend:shown', id: 'a', at: 1, prepare: true })).toBe(true);
    for (const bad of [null, 'tend:shown', { type: 'tend:shown', id: 'a', at: 1 }, { type: 'other', id: 'a', at: 1, prepare: true }, { type: 'tend:shown', id: 3, at: 1, prepare: true }]) {
      expect(isShownRequest(bad)).toBe(false);
    }
  });
});
