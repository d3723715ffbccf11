import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createBackupData } from '@/lib/db/backup';
import { backupText, makeBackup, parseBackup } from '@/lib/backup/format';
import { MAX_TIME } from '@/lib/records';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
let opened: TendDb[] = [];
let counter = 0;

function fresh() {
  const db = new TendDb(`tend-sane-test-${++counter}`);
  opened.push(db);
  return { db, data: createTendData(db), backup: createBackupData(db) };
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
});

describe('the database refuses ids and times no backup could carry (case 32)', () => {
  it.each([
    ['an id longer than 200 characters', (d: ReturnType<typeof fresh>['data']) => d.save('x'.repeat(201), NOW)],
    ['a time that is not a number', (d: ReturnType<typeof fresh>['data']) => d.recordShown('a', Number.NaN)],
    ['a negative time', (d: ReturnType<typeof fresh>['data']) => d.markRead('a', -1)],
    ['a time past the largest date', (d: ReturnType<typeof fresh>['data']) => d.save('a', MAX_TIME + 1)],
  ])('case 32: refuses %s and writes nothing', async (_, write) => {
    const { db, data } = fresh();
    await expect(write(data)).rejects.toThrow(/Tend did not write to (items|events)/);
    expect([await db.items.count(), await db.events.count()]).toEqual([0, 0]);
  });

  it('case 32: keeps an id outside the catalog (even one like markup) at the largest time, and a time ahead of the clock; its export imports again', async () => {
    const { data, backup } = fresh();
    const odd = '<img src=x onerror=alert(1)>';
    await data.recordShown(odd, MAX_TIME);
    await data.markRead(odd, MAX_TIME);
    await data.pick(['a'], NOW + 10 * 86_400_000, () => 0); // a clock 10 days ahead
    const text = backupText(makeBackup(await backup.snapshot(), NOW + 10 * 86_400_000, '0.1.0'));

    const parsed = parseBackup(text, new Set(['a']), NOW);
    expect(parsed.ok ? parsed.unknownIds : parsed.message).toEqual([odd]);
    if (!parsed.ok) return;
    const target = fresh();
    await target.backup.importData(parsed.backup.data, 'merge');
    const after = await target.backup.snapshot();
    expect(after.items.find((r) => r.id === odd)).toMatchObject({ readAt: NOW, lastShownAt: NOW });
    expect(after.items.find((r) => r.id === 'a')?.pickedAt).toBe(NOW);
    expect(after.events).toEqual([{ itemId: odd, at: NOW }]);
  });

  it('writes a field left undefined (a rotation not started yet has no last pick)', async () => {
    const { db } = fresh();
    await db.meta.put({ key: 'rotation', cycleStartedAt: NOW, lastPickedId: undefined });
    expect(await db.meta.get('rotation')).toMatchObject({ cycleStartedAt: NOW });
  });
});
