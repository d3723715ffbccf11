// @vitest-environment node
// The merge, as the issue asks: two and three simulated devices make random saves, unsaves, notes,
// hides, tips, edits and deletions; every change reaches every device in any order, any number of
// times; all devices end with the same state, and each change survives unless a later one replaced it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRegisters, DEVICE_PATTERN, ID_PATTERN, keyOf, mergeRegister, randomId, type Register } from '@/lib/sync/records';
import { EMPTY, mergeStates, put, remove, valueOf, type Edit, type SyncState } from '@/lib/sync/state';

const DEVICES = ['dev0a', 'dev1b', 'dev2c'];
const IDS = ['stress-box-breathing', 'cbt-thought-record', 'tip-1'];
const TOPICS = ['stress', 'cbt', undefined] as const;

const opArb = fc.record({
  type: fc.constantFrom('save', 'unsave', 'note', 'delete-note', 'hide', 'unhide', 'add-tip', 'edit-tip', 'delete-tip'),
  id: fc.constantFrom(...IDS),
  text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  title: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  topic: fc.constantFrom(...TOPICS),
});
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function apply(state: SyncState, op: Op, device: string, now: number): Edit {
  const tip = { text: op.text, ...(op.title !== undefined ? { title: op.title } : {}), ...(op.topic ? { topic: op.topic } : {}) };
  switch (op.type) {
    case 'save':
      return put(state, 'saved', op.id, { savedAt: now }, device, now);
    case 'unsave':
      return remove(state, 'saved', op.id, device, now);
    case 'note':
      return put(state, 'note', op.id, { text: op.text }, device, now);
    case 'delete-note':
      return remove(state, 'note', op.id, device, now);
    case 'hide':
      return put(state, 'hidden', op.id, true, device, now);
    case 'unhide':
      return remove(state, 'hidden', op.id, device, now);
    case 'add-tip':
    case 'edit-tip':
      return put(state, 'tip', op.id, tip, device, now);
    case 'delete-tip':
      return remove(state, 'tip', op.id, device, now);
  }
}

/** A step: a device makes a change (its clock skewed), or a message already sent arrives somewhere. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('op' as const), device: fc.nat(2), op: opArb, tick: fc.nat(3) }),
  fc.record({ kind: fc.constant('deliver' as const), message: fc.nat(), to: fc.nat(2) }),
);

const scenario = (devices: number) =>
  fc.record({
    devices: fc.constant(devices),
    skew: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }),
    steps: fc.array(stepArb, { maxLength: 60 }),
    // The final deliveries: every message to every device, in an order set by these keys, some twice.
    order: fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
    again: fc.array(fc.tuple(fc.nat(), fc.nat(2)), { maxLength: 20 }),
  });

function run(s: Scenario) {
  const states: SyncState[] = Array.from({ length: s.devices }, () => EMPTY);
  const messages: SyncState[] = []; // single changes and whole-state snapshots, both are states
  const made: Register[] = [];
  let time = 1_000;
  const deliver = (m: number, to: number) => {
    const message = messages[m % messages.length];
    if (message) states[to] = mergeStates(states[to]!, message);
  };
  for (const step of s.steps) {
    if (step.kind === 'op') {
      const d = step.device % s.devices;
      time += step.tick;
      const edit = apply(states[d]!, step.op, DEVICES[d]!, time + s.skew[d]!);
      expect(edit.ok).toBe(true);
      if (!edit.ok) continue;
      states[d] = edit.state;
      made.push(edit.register);
      messages.push({ ...EMPTY, records: new Map([[keyOf(edit.register.kind, edit.register.id), edit.register]]), clock: edit.register.ts });
      messages.push(edit.state);
    } else deliver(step.message, step.to % s.devices);
  }
  const all = messages.map((_, i) => i).sort((a, b) => (s.order[a % s.order.length]! - s.order[b % s.order.length]!) || a - b);
  for (let to = 0; to < s.devices; to++) for (const m of all) deliver(m, to);
  for (const [m, to] of s.again) deliver(m, to % s.devices);
  return { states, made };
}
type Scenario = { devices: number; skew: number[]; steps: ({ kind: 'op'; device: number; op: Op; tick: number } | { kind: 'deliver'; message: number; to: number })[]; order: number[]; again: [number, number][] };

const asObject = (state: SyncState) => [...state.records].sort(([a], [b]) => (a < b ? -1 : 1));

function checkConvergence(s: Scenario) {
  const { states, made } = run(s);
  for (const state of states) expect(asObject(state)).toEqual(asObject(states[0]!));
  const final = states[0]!;
  for (const r of made) {
    const kept = final.records.get(keyOf(r.kind, r.id))!;
    // Kept, or replaced by a later change to the same record.
    expect(compareRegisters(kept, r)).toBeGreaterThanOrEqual(0);
  }
  // And what is kept is exactly the latest change made to each record: nothing invented.
  for (const [key, kept] of final.records) {
    const latest = made.filter((r) => keyOf(r.kind, r.id) === key).reduce(mergeRegister);
    expect(kept).toEqual(latest);
  }
}

describe('merge of synced records', () => {
  it('converges on two devices, whatever the order and repetition of delivery (500 runs)', () => {
    fc.assert(fc.property(scenario(2), (s) => checkConvergence(s as Scenario)), { numRuns: 500 });
  });

  it('converges on three devices, whatever the order and repetition of delivery (500 runs)', () => {
    fc.assert(fc.property(scenario(3), (s) => checkConvergence(s as Scenario)), { numRuns: 500 });
  });

  it('is commutative, associative and idempotent on whole states', () => {
    const stateArb = fc.array(fc.tuple(fc.nat(2), opArb, fc.nat(5)), { maxLength: 12 }).map((ops) => {
      let state = EMPTY;
      for (const [d, op, t] of ops) {
        const edit = apply(state, op, DEVICES[d]!, 1_000 + t);
        if (edit.ok) state = edit.state;
      }
      return state;
    });
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(asObject(mergeStates(a, b))).toEqual(asObject(mergeStates(b, a)));
        expect(asObject(mergeStates(mergeStates(a, b), c))).toEqual(asObject(mergeStates(a, mergeStates(b, c))));
        expect(asObject(mergeStates(a, a))).toEqual(asObject(a));
      }),
      { numRuns: 300 },
    );
  });

  it('lets a change made after seeing another replace it, even when this device’s clock is behind', () => {
    const ahead = put(EMPTY, 'saved', 'cbt-thought-record', { savedAt: 5_000 }, 'dev1b', 5_000);
    if (!ahead.ok) throw new Error(ahead.message);
    const behind = remove(mergeStates(EMPTY, ahead.state), 'saved', 'cbt-thought-record', 'dev0a', 1_000);
    if (!behind.ok) throw new Error(behind.message);
    expect(behind.register.ts).toBeGreaterThan(5_000);
    expect(valueOf(mergeStates(ahead.state, behind.state), 'saved', 'cbt-thought-record')).toBeUndefined();
  });

  it('refuses a note or tip that is too long, or a topic Tend does not have, and changes nothing', () => {
    const long = put(EMPTY, 'note', 'cbt-thought-record', { text: 'x'.repeat(1001) }, 'dev0a', 1);
    expect(long).toEqual({ ok: false, message: 'A note can be up to 1000 characters long.' });
    expect(put(EMPTY, 'tip', 'tip-1', { text: 'y'.repeat(501) }, 'dev0a', 1)).toEqual({ ok: false, message: 'A tip can be up to 500 characters long.' });
    expect(put(EMPTY, 'tip', 'tip-1', { text: 'Breathe', topic: 'astrology' }, 'dev0a', 1)).toEqual({ ok: false, message: 'That topic is not one of Tend’s topics.' });
    expect(put(EMPTY, 'tip', 'tip-1', { text: '   ' }, 'dev0a', 1)).toEqual({ ok: false, message: 'A tip needs some text.' });
    expect(EMPTY.records.size).toBe(0);
  });
});

describe('new ids', () => {
  it('makes device and tip ids that sync accepts, from the randomness given', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 10, maxLength: 10 }), (draws) => {
        let i = 0;
        const id = randomId(() => draws[i++]!);
        expect(id).toMatch(DEVICE_PATTERN);
        expect(`tip-${id}`).toMatch(ID_PATTERN);
      }),
    );
  });
});
