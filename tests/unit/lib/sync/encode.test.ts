// @vitest-environment node
// The compact encoding: what is written reads back the same, every key fits the per-key limit,
// parts of two writes are never mixed, and anything not ours or damaged is refused with a reason
// and changes nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkKey, MANIFEST_KEY, pack } from '@/lib/sync/encode';
import { readStore } from '@/lib/sync/decode';
import { priorityOrder } from '@/lib/sync/plan';
import { valueProblem } from '@/lib/sync/records';
import { EMPTY, put, remove, type SyncState } from '@/lib/sync/state';
import { itemBytes, QUOTA } from '@/lib/sync/storage';
import { numberWrite, stampOrigins } from '@/lib/sync/tombstones';

const DEVICES = ['dev0a', 'dev1b', 'dev2c'];
const BIG = { bytes: 10_000_000, items: 100_000 };

const stateArb: fc.Arbitrary<SyncState> = fc
  .array(
    fc.record({
      device: fc.constantFrom(...DEVICES),
      kind: fc.constantFrom('saved', 'note', 'hidden', 'tip'),
      id: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8})?$/),
      text: fc.string({ minLength: 1, maxLength: 400, unit: 'binary' }).filter((t) => t.trim() !== ''),
      title: fc.option(fc.string({ maxLength: 60, unit: 'grapheme' }), { nil: undefined }),
      deleted: fc.boolean(),
      at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    }),
    { maxLength: 80 },
  )
  .map((ops) => {
    let state = EMPTY;
    for (const op of ops) {
      const value = op.kind === 'saved' ? { savedAt: op.at } : op.kind === 'note' ? { text: op.text } : op.kind === 'hidden' ? true : { text: op.text.slice(0, 500), title: op.title };
      const edit = op.deleted ? remove(state, op.kind, op.id, op.device, op.at) : put(state, op.kind, op.id, value as never, op.device, op.at);
      if (edit.ok) state = edit.state;
      if (op.deleted && op.at % 2 === 0) {
        const numbered = numberWrite(state, op.device, op.at);
        state = stampOrigins(numbered.state, op.device, numbered.write);
      }
    }
    return state;
  });

const sorted = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

describe('the sync encoding', () => {
  it('reads back exactly what was written, in keys that each fit the per-key limit (300 runs)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const packed = pack(state, priorityOrder(state), BIG, 'dev0a.1', 'dev0a');
        expect(packed.included).toBe(state.records.size);
        for (const [key, value] of Object.entries(packed.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(QUOTA.perItem);
        const total = Object.entries(packed.items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
        expect(total).toBeLessThanOrEqual(packed.bytes);
        const read = readStore(JSON.parse(JSON.stringify(packed.items)));
        if (!read.ok) throw new Error(read.detail);
        expect(sorted(read.state.records)).toEqual(sorted(state.records));
        expect(sorted(read.state.acks)).toEqual(sorted(state.acks));
        expect(read.state.clock).toBe(state.clock);
        expect(read.writer).toBe('dev0a');
      }),
      { numRuns: 300 },
    );
  });

  it('never mixes parts of two writes: a part from another write makes the read wait', () => {
    let state = EMPTY;
    for (let i = 0; i < 400; i++) {
      const edit = put(state, 'note', `item-${i}`, { text: 'A note long enough to need a few parts. '.repeat(3) }, 'dev0a', 1_000 + i);
      if (edit.ok) state = edit.state;
    }
    const first = pack(state, priorityOrder(state), BIG, 'dev0a.1', 'dev0a').items;
    const second = pack(state, priorityOrder(state), BIG, 'dev1b.1', 'dev0a').items;
    expect(Object.keys(first).length).toBeGreaterThan(3);
    const mixed = { ...first, [chunkKey(1)]: second[chunkKey(1)] };
    expect(readStore(mixed)).toMatchObject({ ok: false, problem: 'torn' });
    const missing = Object.fromEntries(Object.entries(first).filter(([key]) => key !== chunkKey(2)));
    expect(readStore(missing)).toMatchObject({ ok: false, problem: 'torn' });
  });

  it('says when another browser wrote with a newer version of Tend', () => {
    expect(readStore({ [MANIFEST_KEY]: { v: 2, anything: true } })).toMatchObject({ ok: false, problem: 'newer' });
  });

  it('refuses values that are not ours or are damaged, with a reason, and never throws', () => {
    const good = pack(...(() => {
      const s = put(EMPTY, 'saved', 'cbt-thought-record', { savedAt: 5 }, 'dev0a', 5);
      if (!s.ok) throw new Error();
      return [s.state, priorityOrder(s.state), BIG, 'dev0a.1', 'dev0a'] as const;
    })()).items;
    const manifest = good[MANIFEST_KEY] as Record<string, unknown>;
    const cases: Record<string, unknown>[] = [
      { [MANIFEST_KEY]: 'hello' },
      { [MANIFEST_KEY]: [1, 2, 3] },
      { [MANIFEST_KEY]: null },
      { [MANIFEST_KEY]: { v: 1 } },
      { [MANIFEST_KEY]: { v: 0.5, g: 'x', n: 0 } },
      { [MANIFEST_KEY]: { ...manifest, d: ['__proto__'] } },
      { [MANIFEST_KEY]: { ...manifest, n: -1 } },
      { [MANIFEST_KEY]: { ...manifest, c: 'not a time!' } },
      { ...good, [chunkKey(0)]: 'text' },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['x', '1', 0, 0]] } },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['nfine', '5', 0, 'x'.repeat(1001)]] } },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['scbt', '5', 7, 0]] } },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['scbt', 'zzzzzzzzzzzz', 0, 0]] } },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['ttip', '5', 0, [42]]] } },
      { ...good, [chunkKey(0)]: { g: manifest.g, r: [['scbt', '5', 0, 0], ['scbt', '5', 0, 0]] } },
    ];
    for (const items of cases) {
      const read = readStore(items);
      expect(read, JSON.stringify(items)).toMatchObject({ ok: false, problem: 'corrupt' });
    }
  });

  it('never throws on random or mutated values, and accepts only valid records (1,000 runs)', () => {
    const s = put(EMPTY, 'tip', 'my-tip', { text: 'Drink water', topic: 'stress' }, 'dev0a', 9);
    if (!s.ok) throw new Error();
    const good = pack(s.state, priorityOrder(s.state), BIG, 'dev0a.1', 'dev0a').items;
    const mutated = fc.tuple(fc.constantFrom(MANIFEST_KEY, chunkKey(0)), fc.jsonValue()).map(([key, value]) => ({ ...good, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(mutated, fc.dictionary(fc.constantFrom(MANIFEST_KEY, chunkKey(0), 'settings'), fc.jsonValue())), (items) => {
        const read = readStore(items);
        if (read.ok) for (const r of read.state.records.values()) if (r.value !== undefined) expect(valueProblem(r.kind, r.value)).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  });
});
