import { describe, expect, it } from 'vitest';
import { KEYS, shortcutFor } from '@/lib/newtab/shortcuts';
import { shortcutList } from '@/lib/newtab/shortcut-list';
import { cardMeta, plural, relativeDay } from '@/lib/format';
import { isEligible, DEFAULT_SETTINGS } from '@/lib/settings/model';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null; repeat: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    ['n', 'next'],
    ['N', 'next'],
    ['s', 'save'],
    ['r', 'read'],
    ['m', 'mark'],
    ['b', 'breathe'],
    ['B', 'breathe'],
    ['?', 'help'],
    ['x', undefined],
    ['Enter', undefined],
  ])('%s → %s', (k, action) => expect(shortcutFor(key(k))).toBe(action));

  it('case 35: acts once for a key held down (its repeats do nothing)', () => {
    for (const k of ['s', 'm', 'n', 'b', '?']) expect(shortcutFor(key(k, { repeat: true }))).toBeUndefined();
    expect(shortcutFor(key('s', { repeat: false }))).toBe('save');
  });

  it('ignores keys with a modifier (browser shortcuts stay the browser’s)', () => {
    expect(shortcutFor(key('n', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(key('s', { metaKey: true }))).toBeUndefined();
    expect(shortcutFor(key('n', { altKey: true }))).toBeUndefined();
  });

  it('ignores keys that only look like a key (an inherited property name)', () => {
    for (const k of ['constructor', 'toString', '__proto__']) expect(shortcutFor(key(k))).toBeUndefined();
  });

  it('the ? dialog lists every key the handler acts on, each in words, then Esc and Space', () => {
    const list = shortcutList(KEYS);
    expect(list.map((s) => s.key)).toEqual(['N', 'S', 'R', 'M', 'B', 'G', '?', 'Esc', 'Space']);
    for (const { key: k, action } of list) {
      expect(action.length, k).toBeGreaterThan(8);
      if (k.length === 1) expect(shortcutFor(key(k))).toBeDefined();
    }
    expect(list.find((s) => s.key === 'S')?.action).toBe('Save to the reading list, or remove it');
  });

  it('ignores keys typed into a field', () => {
    for (const tag of ['input', 'textarea', 'select']) {
      expect(shortcutFor(key('n', { target: document.createElement(tag) }))).toBeUndefined();
    }
  });
});

describe('format', () => {
  it('describes a card', () => {
    expect(cardMeta({ kind: 'article', topics: ['cbt'], minutes: 2 })).toBe('Article · Thoughts, feelings, actions · 2 min read');
    expect(cardMeta({ kind: 'tip', topics: ['stress'] })).toBe('Tip · Calming stress');
  });

  it('says how long ago in local days', () => {
    const now = new Date(2026, 10, 26, 9, 0).getTime();
    expect(relativeDay(new Date(2026, 10, 26, 1, 0).getTime(), now)).toBe('today');
    expect(relativeDay(new Date(2026, 10, 25, 23, 59).getTime(), now)).toBe('yesterday');
    expect(relativeDay(new Date(2026, 10, 23, 12, 0).getTime(), now)).toBe('3 days ago');
    expect(relativeDay(new Date(2026, 9, 1).getTime(), now, 'en-GB')).toBe('1 Oct 2026');
  });

  it('pluralises', () => {
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(3, 'item')).toBe('3 items');
  });
});

describe('isEligible', () => {
  it('needs an enabled kind and at least one enabled topic', () => {
    const settings = { ...DEFAULT_SETTINGS, topics: ['cbt' as const], kinds: ['tip' as const] };
    expect(isEligible({ kind: 'tip', topics: ['stress', 'cbt'] }, settings)).toBe(true);
    expect(isEligible({ kind: 'article', topics: ['cbt'] }, settings)).toBe(false);
    expect(isEligible({ kind: 'tip', topics: ['dbt'] }, settings)).toBe(false);
  });
});
