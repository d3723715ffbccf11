import { describe, expect, it } from 'vitest';
import { firstPaint } from '@/lib/newtab/first-paint';
import { keepWaiting, putNext, readCurrent, setCurrent } from '@/lib/newtab/snapshot';
import { writeMirror } from '@/lib/settings/mirror';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';
import type { Card } from '@/lib/content/types';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const M = { saved: false, read: false };
const card = (id: string, topics: Card['topics'] = ['stress']): Card => ({ id, kind: 'tip', title: id, topics, summary: [] });

describe('firstPaint (what the new tab paints first)', () => {

  it('takes the prepared item on every tab by default', () => {
    setCurrent(localStorage, 'v', { card: card('old'), marks: M }, at(26, 9));
    putNext(localStorage, 'v', { card: card('new'), marks: M });
    expect(firstPaint(localStorage, 'v', at(26, 9, 1)).initial?.card.id).toBe('new');
  });

  it('keeps the current item within the day when the cadence is daily', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, cadence: 'daily' });
    setCurrent(localStorage, 'v', { card: card('today'), marks: M }, at(26, 8));
    putNext(localStorage, 'v', { card: card('tomorrow'), marks: M });
    expect(firstPaint(localStorage, 'v', at(26, 20)).initial?.card.id).toBe('today');
    expect(firstPaint(localStorage, 'v', at(27, 7)).initial?.card.id).toBe('tomorrow');
    expect(readCurrent(localStorage, 'v')).toEqual({ card: card('tomorrow'), marks: M, at: at(27, 7) });
  });

  it('does not paint a prepared item whose topic was turned off', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, topics: ['cbt'] });
    putNext(localStorage, 'v', { card: card('stressful', ['stress']), marks: M });
    expect(firstPaint(localStorage, 'v', 1).initial).toBeUndefined();
  });

  it('still paints a reminder of something saved, whatever the topics', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, topics: ['cbt'] });
    putNext(localStorage, 'v', { card: card('saved', ['stress']), marks: M, savedAt: 5 });
    expect(firstPaint(localStorage, 'v', 10).initial).toEqual({ card: card('saved', ['stress']), marks: M, savedAt: 5 });
  });
});

describe('firstPaint: the reading list’s count', () => {
  it('comes with the first frame, as last kept, whatever the item; unknown when never kept or not a count', () => {
    expect(firstPaint(localStorage, 'v', 1).waiting).toBeUndefined();
    keepWaiting(localStorage, 3);
    expect(firstPaint(localStorage, 'v', 1).waiting).toBe(3);
    putNext(localStorage, 'v', { card: card('new'), marks: M });
    expect(firstPaint(localStorage, 'v', 2)).toMatchObject({ initial: { card: card('new') }, waiting: 3 });
    keepWaiting(localStorage, 0);
    expect(firstPaint(localStorage, 'v', 3).waiting).toBe(0);
    for (const bad of ['-1', '2.5', 'many', '']) {
      localStorage.setItem('tend.waiting', bad);
      expect(firstPaint(localStorage, 'v', 4).waiting, bad).toBeUndefined();
    }
  });
});

describe('firstPaint: the quiet-mode choice', () => {
  const card: Card = { id: 'next', kind: 'tip', title: 'Next', topics: ['stress'], summary: [] };

  it('takes the prepared item once, with the quiet-mode choice from the settings copy', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, quiet: 'title' });
    putNext(localStorage, 'v', { card, marks: M });
    expect(firstPaint(localStorage, 'v', 1)).toEqual({ initial: { card, marks: M }, quiet: 'title' });
    // The page's live part is handed this decision; deciding again would find nothing prepared.
    expect(firstPaint(localStorage, 'v', 2)).toEqual({ initial: undefined, quiet: 'title' });
  });
});

describe('case 33: the first paint survives missing, refusing or damaged storage', () => {
  const card: Card = { id: 'next', kind: 'tip', title: 'Next', topics: ['stress'], summary: [] };

  it('paints nothing prepared, with default settings, when the browser has no localStorage', () => {
    expect(firstPaint(undefined, 'v', 1)).toEqual({ quiet: 'off' });
  });

  it('falls back to defaults when the settings copy is null, a list or a number', () => {
    for (const garbage of ['null', '[1,2]', '7', '"text"', '{"quiet":null,"topics":[null]}']) {
      localStorage.setItem('tend.settings', garbage);
      putNext(localStorage, 'v', { card, marks: M });
      expect(firstPaint(localStorage, 'v', 1)).toEqual({ initial: { card, marks: M }, quiet: 'off' });
    }
  });

  it('chooses after loading when every read and removal throws', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(firstPaint(refusing, 'v', 1)).toEqual({ initial: undefined, quiet: 'off' });
  });
});

describe('firstPaint with nothing prepared (a first run)', () => {
  const fallback: Card = { id: 'short', kind: 'tip', title: 'Short', topics: ['stress'], summary: [] };

  it('paints the bundled tip at once and makes it the current item', () => {
    expect(firstPaint(localStorage, 'v', 5, fallback)).toEqual({ initial: { card: fallback, marks: M }, quiet: 'off' });
    expect(readCurrent(localStorage, 'v')).toEqual({ card: fallback, marks: M, at: 5 });
  });

  it('paints it without localStorage too', () => {
    expect(firstPaint(undefined, 'v', 5, fallback).initial?.card.id).toBe('short');
  });

  it('paints nothing when the settings turned its topic off: the page chooses after loading', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, topics: ['cbt'] });
    expect(firstPaint(localStorage, 'v', 5, fallback)).toEqual({ quiet: 'off' });
  });

  it('prefers a prepared item', () => {
    putNext(localStorage, 'v', { card: card('prepared'), marks: M });
    expect(firstPaint(localStorage, 'v', 5, fallback).initial?.card.id).toBe('prepared');
  });
});
