import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeItem, planMerge, planReplace } from '@/lib/backup/merge';
import { canonical, type UserData } from '@/lib/backup/data';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { ItemRecord } from '@/lib/records';

const item = (id: string, fields: Partial<ItemRecord> = {}): ItemRecord => ({ id, shownCount: 0, ...fields });
const data = (partial: Partial<UserData> = {}): UserData => ({ items: [], events: [], practices: [], settings: {}, ...partial });

describe('mergeItem: the rules, one per row (case 21)', () => {
  const rows: [string, Partial<ItemRecord>, Partial<ItemRecord>, Partial<ItemRecord>][] = [
    ['saved on one side only stays saved', { savedAt: 100 }, {}, { savedAt: 100 }],
    ['saved in the file only becomes saved', {}, { savedAt: 100 }, { savedAt: 100 }],
    ['saved here, unsaved there later: not saved', { savedAt: 100 }, { unsavedAt: 200 }, { unsavedAt: 200 }],
    ['unsaved here later than the file saved it: not saved', { unsavedAt: 200 }, { savedAt: 100 }, { unsavedAt: 200 }],
    ['saved here after the file unsaved it: saved', { savedAt: 300, unsavedAt: 150 }, { unsavedAt: 200 }, { savedAt: 300, unsavedAt: 200 }],
    ['a save and an unsave at the same time: saved', { savedAt: 200 }, { unsavedAt: 200 }, { savedAt: 200, unsavedAt: 200 }],
    ['a save put back by undo survives the unsave it undid', { savedAt: 100, unsavedAt: 200 }, { unsavedAt: 200 }, { savedAt: 100, unsavedAt: 200 }],
    ['saved on both sides: the later save wins', { savedAt: 100 }, { savedAt: 300 }, { savedAt: 300 }],
    ['unsaved on both sides: the later unsave is kept', { unsavedAt: 100 }, { unsavedAt: 300 }, { unsavedAt: 300 }],
    ['read on either side is read', {}, { readAt: 100 }, { readAt: 100 }],
    ['read on both sides: the earlier read is kept', { readAt: 300 }, { readAt: 100 }, { readAt: 100 }],
    ['shown: the larger count and the latest time win', { shownCount: 5, lastShownAt: 100 }, { shownCount: 2, lastShownAt: 300 }, { shownCount: 5, lastShownAt: 300 }],
    ['picked: the latest time wins', { pickedAt: 300 }, { pickedAt: 100 }, { pickedAt: 300 }],
    ['reminded: the latest time wins', { remindedAt: 100 }, { remindedAt: 300 }, { remindedAt: 300 }],
  ];

  it.each(rows)('case 21: %s', (_, current, incoming, expected) => {
    expect(mergeItem(item('a', current), item('a', incoming))).toEqual(item('a', expected));
  });

  it('case 21: an item that is only in the file is taken as it is', () => {
    expect(mergeItem(undefined, item('a', { readAt: 5, savedAt: 6 }))).toEqual(item('a', { readAt: 5, savedAt: 6 }));
  });
});

describe('planMerge (case 21)', () => {
  const current = data({
    items: [item('a', { savedAt: 100 }), item('b', { readAt: 50 }), item('c', { shownCount: 1 })],
    events: [{ itemId: 'b', at: 50 }],
    practices: [{ type: 'breathing', at: 45, seconds: 60 }],
    rotation: { cycleStartedAt: 10, lastPickedId: 'a' },
    settings: { ...DEFAULT_SETTINGS },
  });
  const incoming = data({
    items: [item('a', { savedAt: 100 }), item('b', { readAt: 40 }), item('d', { savedAt: 90 })],
    events: [{ itemId: 'b', at: 40 }, { itemId: 'b', at: 50 }, { itemId: 'e', at: 60 }],
    practices: [{ type: 'grounding', at: 30, seconds: 90 }, { type: 'breathing', at: 45, seconds: 60 }],
    rotation: { cycleStartedAt: 20, lastPickedId: 'd' },
    settings: { theme: 'dark' },
  });

  it('case 21: counts what it would add, update and leave unchanged', () => {
    const plan = planMerge(current, incoming);
    // a: same; b: earlier read and one more read event; d: new row; e: new read of an item with no row.
    expect(plan).toMatchObject({ adds: 2, updates: 1, unchanged: 1, removes: 0, practicesAdded: 1, practicesRemoved: 0, settingsChanged: true });
  });

  it('case 21: unites the reads and the practices, each once, oldest first', () => {
    expect(planMerge(current, incoming).result.events).toEqual([
      { itemId: 'b', at: 40 },
      { itemId: 'b', at: 50 },
      { itemId: 'e', at: 60 },
    ]);
    expect(planMerge(current, incoming).result.practices).toEqual([
      { type: 'grounding', at: 30, seconds: 90 },
      { type: 'breathing', at: 45, seconds: 60 },
    ]);
  });

  it('case 21: keeps what only the current data has, and takes the later rotation and the file’s settings', () => {
    const { result } = planMerge(current, incoming);
    expect(result.items.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.rotation).toEqual({ cycleStartedAt: 20, lastPickedId: 'd' });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(planMerge(incoming, current).result.rotation).toEqual({ cycleStartedAt: 20, lastPickedId: 'd' });
  });

  it('case 21: keeps the current rotation on a tie', () => {
    const tie = { ...incoming, rotation: { cycleStartedAt: 10, lastPickedId: 'd' } };
    expect(planMerge(current, tie).result.rotation).toEqual(current.rotation);
  });

  it('case 21: merging the same file twice changes nothing the second time', () => {
    const once = planMerge(current, incoming);
    const twice = planMerge(once.result, incoming);
    expect(twice).toMatchObject({ adds: 0, updates: 0, removes: 0, unchanged: 4, practicesAdded: 0, settingsChanged: false });
    expect(twice.result).toEqual(once.result);
  });

  it('case 17: merging into nothing gives back exactly the file', () => {
    const plan = planMerge(data(), incoming);
    expect(plan.result).toEqual(canonical(incoming));
    expect(plan).toMatchObject({ adds: 4, updates: 0, unchanged: 0 });
  });
});

describe('planReplace (case 21)', () => {
  const current = data({
    items: [item('a', { savedAt: 1 }), item('b', { readAt: 2 })],
    events: [{ itemId: 'b', at: 2 }],
    practices: [{ type: 'breathing', at: 3, seconds: 60 }],
    rotation: { cycleStartedAt: 5 },
    settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
  });
  const incoming = data({ items: [item('b', { readAt: 2 }), item('c')], events: [{ itemId: 'b', at: 2 }], settings: { textSize: 'large' } });

  it('case 21: the result is the file, with settings it leaves out at their defaults', () => {
    const plan = planReplace(current, incoming);
    expect(plan.result).toEqual({ ...canonical(incoming), settings: { ...DEFAULT_SETTINGS, textSize: 'large' } });
    expect(plan.result.rotation).toBeUndefined();
  });

  it('case 21: counts adds, updates, unchanged and removals', () => {
    expect(planReplace(current, incoming)).toMatchObject({ adds: 1, updates: 0, unchanged: 1, removes: 1, practicesRemoved: 1, settingsChanged: true });
  });

  it('case 21: replacing with the same data changes nothing', () => {
    const plan = planReplace(current, current);
    expect(plan).toMatchObject({ adds: 0, updates: 0, removes: 0, unchanged: 2, practicesAdded: 0, practicesRemoved: 0, settingsChanged: false });
  });
});

describe('merge properties over random data (case 21)', () => {
  const time = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined });
  const record = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    shownCount: fc.nat(10),
    pickedAt: time,
    lastShownAt: time,
    readAt: time,
    savedAt: time,
    unsavedAt: time,
    remindedAt: time,
  });
  const userData = fc
    .record({
      items: fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 4 }),
      events: fc.array(fc.record({ itemId: fc.constantFrom('a', 'b', 'e'), at: fc.integer({ min: 0, max: 50 }) }), { maxLength: 6 }),
      practices: fc.array(fc.record({ type: fc.constantFrom('breathing' as const, 'grounding' as const), at: fc.integer({ min: 0, max: 50 }), seconds: fc.nat(3) }), { maxLength: 4 }),
      rotation: fc.option(fc.record({ cycleStartedAt: fc.integer({ min: 0, max: 1000 }) }), { nil: undefined }),
      settings: fc.record({ theme: fc.constantFrom('system' as const, 'dark' as const) }, { requiredKeys: [] }),
    })
    .map((d) => canonical(d));

  it('case 21: is idempotent: a second merge of the same file adds and updates nothing (500 runs)', () => {
    fc.assert(
      fc.property(userData, userData, (current, incoming) => {
        const once = planMerge(current, incoming);
        const twice = planMerge(once.result, incoming);
        expect(twice.adds + twice.updates + twice.removes + twice.practicesAdded + twice.practicesRemoved).toBe(0);
        expect(twice.result).toEqual(once.result);
      }),
      { numRuns: 500 },
    );
  });

  it('case 21: merging data with itself, or into nothing, gives it back unchanged (500 runs)', () => {
    fc.assert(
      fc.property(userData, (x) => {
        expect(planMerge(x, x).result).toEqual(x);
        expect(planMerge(data(), x).result).toEqual(x);
      }),
      { numRuns: 500 },
    );
  });

  it('case 21: never loses a read or a save the other side did not undo later (500 runs)', () => {
    fc.assert(
      fc.property(userData, userData, (current, incoming) => {
        const { result } = planMerge(current, incoming);
        const byId = new Map(result.items.map((r) => [r.id, r]));
        for (const r of [...current.items, ...incoming.items]) {
          const merged = byId.get(r.id)!;
          if (r.readAt !== undefined) expect(merged.readAt).toBeDefined();
          if (r.savedAt !== undefined && (merged.unsavedAt ?? -1) <= Math.max(r.savedAt, r.unsavedAt ?? 0)) expect(merged.savedAt).toBeDefined();
        }
        expect(result.events.length).toBeGreaterThanOrEqual(Math.max(current.events.length, incoming.events.length));
      }),
      { numRuns: 500 },
    );
  });
});
