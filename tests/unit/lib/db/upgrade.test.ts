// Upgrades from every shipped schema version keep every row (reliability case 2), seeded from a
// committed fixture of that version: the raw stores as they shipped, not today's TendDb.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createPracticeData } from '@/lib/db/practice';
import { createTendData } from '@/lib/db/tend-data';
import v1 from '../../../fixtures/db-v1.json';

let counter = 0;
const names: string[] = [];
const opened: Dexie[] = [];

afterEach(async () => {
  opened.forEach((db) => db.close());
  opened.length = 0;
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 left it, filled with the fixture's rows. */
async function seedV1(): Promise<string> {
  const name = `tend-upgrade-v1-${++counter}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(v1.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('items').bulkAdd(v1.rows.items);
    await old.table('events').bulkAdd(v1.rows.events);
    await old.table('meta').bulkAdd(v1.rows.meta);
  });
  expect(old.verno).toBe(1);
  old.close();
  return name;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('upgrade from version 1 (fixture tests/fixtures/db-v1.json)', () => {
  it('case 2: keeps every item, read and rotation record, adds an empty practices table and the empty tables of version 3, and opens at version 3', async () => {
    const db = new TendDb(await seedV1());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(byId(await db.items.toArray())).toEqual(byId(v1.rows.items));
    expect(await db.events.orderBy('seq').toArray()).toEqual(v1.rows.events);
    expect(await db.meta.toArray()).toEqual(v1.rows.meta);
    expect(await db.practices.count()).toBe(0);
    expect([await db.tips.count(), await db.notes.count(), await db.hidden.count(), await db.sync.count()]).toEqual([0, 0, 0, 0]);
  });

  it('serves the old indexes and the new one after the upgrade', async () => {
    const db = new TendDb(await seedV1());
    opened.push(db);
    const data = createTendData(db);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['dbt-paced-breathing', 'cbt-thought-record']);
    expect(await db.events.where('itemId').equals('stress-box-breathing').count()).toBe(1);
    const practice = createPracticeData(db);
    await practice.recordPractice('breathing', 1764200000000, 64);
    expect(await practice.practiceLog()).toEqual([{ seq: 1, type: 'breathing', at: 1764200000000, seconds: 64 }]);
    expect(await db.practices.where('type').equals('breathing').count()).toBe(1);
  });

  it('the fixture is the version 1 schema TendDb still declares (versions are kept forever)', async () => {
    const name = `tend-upgrade-v1-${++counter}`;
    names.push(name);
    // Dexie keeps each declared version's stores in an internal list; reading it is the only way to
    // see version 1's declaration on its own. If Dexie renames it, this test fails loudly (not silently).
    const db = new TendDb(name);
    opened.push(db);
    const declared = (db as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string> } }[] })._versions;
    const first = declared.find((v) => v._cfg.version === 1);
    expect(first?._cfg.storesSource).toEqual(v1.stores);
  });
});

describe('upgrade from version 2 (issue 17 adds tips, notes, hidden and sync)', () => {
  it('case 2, case 40: keeps every item, read, rotation and practice row of version 2, and the new tables work', async () => {
    const name = `tend-upgrade-v2-${++counter}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(v1.stores);
    old.version(2).stores({ practices: '++seq, at, type' });
    await old.open();
    const practices = [{ seq: 1, type: 'breathing', at: 1764200000000, seconds: 64 }];
    await old.transaction('rw', old.tables, async () => {
      await old.table('items').bulkAdd(v1.rows.items);
      await old.table('events').bulkAdd(v1.rows.events);
      await old.table('meta').bulkAdd(v1.rows.meta);
      await old.table('practices').bulkAdd(practices);
    });
    old.close();

    const db = new TendDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(byId(await db.items.toArray())).toEqual(byId(v1.rows.items));
    expect(await db.events.orderBy('seq').toArray()).toEqual(v1.rows.events);
    expect(await db.meta.toArray()).toEqual(v1.rows.meta);
    expect(await db.practices.toArray()).toEqual(practices);
    const mine = createTendData(db).mine;
    const added = await mine.addTip({ text: 'Drink water.' }, 1764200000000, () => 0.5);
    expect(added.ok).toBe(true);
    await mine.setNote('cbt-thought-record', 'Try this on Monday.', 1764200000000);
    await mine.hide('dbt-paced-breathing', 1764200000000);
    expect([await db.tips.count(), (await mine.notes()).get('cbt-thought-record'), [...(await mine.hiddenIds())]]).toEqual([1, 'Try this on Monday.', ['dbt-paced-breathing']]);
  });
});
