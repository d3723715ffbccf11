// Case 22: random JSON and mutations of valid backups. Every input is either rejected with a
// message (and changes nothing), or accepted with its invariants intact; nothing ever throws.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { backupText, makeBackup, parseBackup, type ParsedBackup } from '@/lib/backup/format';
import { planMerge, planReplace } from '@/lib/backup/merge';
import { isSaneId, isSaneTime } from '@/lib/db/sane';
import { LIMITS } from '@/lib/backup/schema';
import { FORBIDDEN_KEYS } from '@/lib/backup/safe-json';
import { PRACTICE_TYPES, type UserData } from '@/lib/backup/data';
import { TendDb } from '@/lib/db/schema';
import { createBackupData } from '@/lib/db/backup';
import { createTendData } from '@/lib/db/tend-data';
import { THEMES, TEXT_SIZES, validatePatch } from '@/lib/settings/schema';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const KNOWN = new Set(['stress-box-breathing', 'cbt-thought-record', 'change-small-steps']);
const IDS = [...KNOWN, 'retired-item'];

/** Runs per property; the totals are in the test titles. */
const RUNS = { json: 1500, text: 1000, mutations: 2000, valid: 300, db: 40 };
/** A loaded machine runs these slower; none of them waits for time. */
const TIMEOUT = 30_000;

// ---- Valid backups, and ways to break them -------------------------------------------------

const time = fc.integer({ min: 0, max: NOW });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const validData: fc.Arbitrary<UserData> = fc.record({
  items: fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...IDS), shownCount: fc.nat(50), pickedAt: maybe(time), lastShownAt: maybe(time), readAt: maybe(time), savedAt: maybe(time), unsavedAt: maybe(time), remindedAt: maybe(time) }),
    { selector: (r) => r.id, maxLength: IDS.length },
  ),
  events: fc.array(fc.record({ itemId: fc.constantFrom(...IDS), at: time }), { maxLength: 6 }),
  practices: fc.array(fc.record({ type: fc.constantFrom(...PRACTICE_TYPES), at: time, seconds: fc.nat(600) }), { maxLength: 3 }),
  rotation: maybe(fc.record({ cycleStartedAt: time, lastPickedId: maybe(fc.constantFrom(...IDS)) })),
  settings: fc.record({ theme: fc.constantFrom(...THEMES), textSize: fc.constantFrom(...TEXT_SIZES), reminders: fc.boolean() }, { requiredKeys: [] }),
});

const validJson = validData.map((data) => JSON.parse(backupText(makeBackup(data, NOW - 1000, '0.1.0'))) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Place = [container: Record<string, unknown> | unknown[], key: string | number];

/** Every place in a JSON value: the containers and keys a mutation can change. */
function places(value: unknown, out: Place[] = []): Place[] {
  if (!value || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) {
    out.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
    places(child, out);
  }
  return out;
}

const oddValues: Json[] = [null, -1, 1.5, 0, '', 'x'.repeat(LIMITS.chars + 1), NOW + 400 * 86_400_000, [], {}, true, 'Not An Id', '__proto__', 2 ** 60];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>) }),
  fc.record({ kind: fc.constant('add-key' as const), key: fc.oneof(fc.constantFrom(...FORBIDDEN_KEYS, 'extra', 'id', 'savedAt'), fc.string()), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies one mutation at the `at`-th place (modulo the number of places) and returns the text. */
function mutate(original: unknown, at: number, m: Mutation): string {
  const json = structuredClone(original); // fast-check may reuse generated values while shrinking
  const all = places(json);
  const [container, key] = all[at % all.length]!;
  const record = container as Record<string | number, unknown>;
  if (m.kind === 'delete') {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else Reflect.deleteProperty(record, key);
  } else if (m.kind === 'set') record[key] = m.value;
  else if (m.kind === 'duplicate') {
    if (Array.isArray(container)) container.push(structuredClone(container[key as number]));
    else record[`${key}-copy`] = structuredClone(record[key]);
  } else {
    const target = record[key];
    const host = target && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : record;
    Object.defineProperty(host, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.stringify(json);
}

// ---- Invariants ----------------------------------------------------------------------------
// Collected as sentences and asserted once per input: thousands of runs stay fast.

function forbiddenKeys(value: unknown, problems: string[]): void {
  if (!value || typeof value !== 'object') return;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) problems.push('an object with a foreign prototype');
  for (const key of Reflect.ownKeys(value)) {
    if (FORBIDDEN_KEYS.has(String(key))) problems.push(`a “${String(key)}” key`);
    forbiddenKeys((value as Record<string | symbol, unknown>)[key], problems);
  }
}

// Accepted times are never after the moment of reading (later ones become it); any id the database takes is kept.
const isTime = (t: unknown) => isSaneTime(t) && t <= NOW;
const isId = isSaneId;

function dataProblems(data: UserData): string[] {
  const problems: string[] = [];
  if (new Set(data.items.map((r) => r.id)).size !== data.items.length) problems.push('an item listed twice');
  for (const r of data.items) {
    if (!isId(r.id)) problems.push(`a bad id ${JSON.stringify(r.id)}`);
    if (!Number.isSafeInteger(r.shownCount) || r.shownCount < 0) problems.push(`a bad count in ${r.id}`);
    for (const t of [r.pickedAt, r.lastShownAt, r.readAt, r.savedAt, r.unsavedAt, r.remindedAt]) if (t !== undefined && !isTime(t)) problems.push(`a bad time in ${r.id}`);
  }
  for (const e of data.events) if (!isId(e.itemId) || !isTime(e.at)) problems.push(`a bad read ${JSON.stringify(e)}`);
  for (const p of data.practices) {
    if (!PRACTICE_TYPES.includes(p.type) || !isTime(p.at) || !Number.isSafeInteger(p.seconds) || p.seconds < 0) problems.push(`a bad practice ${JSON.stringify(p)}`);
  }
  if (data.rotation && !isTime(data.rotation.cycleStartedAt)) problems.push('a bad rotation');
  try {
    validatePatch(data.settings);
  } catch (error) {
    problems.push(`bad settings: ${String(error)}`);
  }
  forbiddenKeys(data, problems);
  return problems;
}

/** What every outcome must satisfy. Returns whether the input was accepted. */
function check(result: ParsedBackup, current: UserData): boolean {
  if (!result.ok) {
    if (typeof result.message !== 'string' || result.message.length < 10) expect.fail(`no message: ${JSON.stringify(result)}`);
    return false;
  }
  const problems = dataProblems(result.backup.data);
  if (result.backup.format !== 'tend-backup' || result.backup.formatVersion !== 2) problems.push('a wrong header');
  forbiddenKeys(result.backup, problems);
  if (result.unknownIds.some((id) => KNOWN.has(id))) problems.push('a known id reported unknown');
  const once = planMerge(current, result.backup.data);
  problems.push(...dataProblems(once.result), ...dataProblems(planReplace(current, result.backup.data).result));
  const twice = planMerge(once.result, result.backup.data);
  if (twice.adds + twice.updates + twice.practicesAdded > 0) problems.push('a second merge changed something');
  expect(problems).toEqual([]);
  return true;
}

const CURRENT: UserData = { items: [{ id: 'stress-box-breathing', shownCount: 2, savedAt: NOW - 5000 }], events: [{ itemId: 'stress-box-breathing', at: NOW - 4000 }], practices: [], settings: {} };
const parse = (text: string) => parseBackup(text, KNOWN, NOW);

describe('fuzzing the import (case 22)', () => {
  const outcomes = { accepted: 0, rejected: 0 };
  afterAll(() => console.info(`case 22: ${outcomes.accepted + outcomes.rejected} inputs checked in memory: ${outcomes.accepted} accepted, ${outcomes.rejected} rejected`));
  const tally = (accepted: boolean): void => {
    if (accepted) outcomes.accepted++;
    else outcomes.rejected++;
  };

  it(`case 22: ${RUNS.json} random JSON values: each rejected with a message, never an exception`, () => {
    const property = fc.property(fc.jsonValue(), (value) => {
      tally(check(parse(JSON.stringify(value)), CURRENT));
    });
    fc.assert(property, { numRuns: RUNS.json });
  }, TIMEOUT);

  it(`case 22: ${RUNS.text} random texts (JSON-looking or not) never throw`, () => {
    const property = fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
      tally(check(parse(text), CURRENT));
    });
    fc.assert(property, { numRuns: RUNS.text });
  }, TIMEOUT);

  it(`case 22: ${RUNS.mutations} mutations of valid backups: rejected, or accepted with invariants intact`, () => {
    fc.assert(
      fc.property(validJson, fc.nat(), mutation, fc.nat(), fc.boolean(), (json, at, m, cut, truncate) => {
        let text = mutate(json, at, m);
        if (truncate && cut % 4 === 0) text = text.slice(0, cut % text.length);
        tally(check(parse(text), CURRENT));
      }),
      { numRuns: RUNS.mutations },
    );
  }, TIMEOUT);

  it(`case 22: ${RUNS.valid} valid backups are all accepted`, () => {
    const property = fc.property(validJson, (json) => {
      expect(check(parse(JSON.stringify(json)), CURRENT)).toBe(true);
    });
    fc.assert(property, { numRuns: RUNS.valid });
  }, TIMEOUT);
});

describe('fuzzing the import into a real database (case 22)', () => {
  const db = new TendDb('tend-fuzz');
  const backup = createBackupData(db);
  afterAll(async () => {
    db.close();
    await Dexie.delete('tend-fuzz');
  });

  it(`case 22: ${RUNS.db} mutated files end rejected with the data unchanged, or merged with the data sound`, async () => {
    const tend = createTendData(db);
    await tend.save('stress-box-breathing', NOW - 5000);
    await tend.markRead('cbt-thought-record', NOW - 4000);
    await fc.assert(
      fc.asyncProperty(validJson, fc.nat(), mutation, async (json, at, m) => {
        const before = await backup.snapshot();
        const result = parse(mutate(json, at, m));
        if (!result.ok) {
          expect(await backup.snapshot()).toEqual(before);
          return;
        }
        await backup.importData(result.backup.data, 'merge');
        const after = await backup.snapshot();
        expect(dataProblems(after)).toEqual([]);
        for (const r of before.items) expect(after.items.some((a) => a.id === r.id)).toBe(true);
        const again = await backup.importData(result.backup.data, 'merge');
        expect(again).toMatchObject({ adds: 0, updates: 0 });
      }),
      { numRuns: RUNS.db },
    );
  }, TIMEOUT);
});
