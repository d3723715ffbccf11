import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { concerns, onChanges, type Change } from '@/lib/changes';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createBackupData } from '@/lib/db/backup';

const stops: (() => void)[] = [];
const opened: TendDb[] = [];

afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Every change note another page (here: the test's database module) announces. */
function listen(): Change[] {
  const heard: Change[] = [];
  stops.push(onChanges((change) => heard.push(change)));
  return heard;
}

function db(): TendDb {
  const db = new TendDb(`changes-${opened.length}-${Math.random()}`);
  opened.push(db);
  return db;
}

describe('change notes (what wakes a new tab that is only looked at)', () => {
  it('are sent for each change the person makes to an item, naming it', async () => {
    const heard = listen();
    const data = createTendData(db());
    await data.save('a', 1);
    await data.markRead('b', 2);
    await data.markUnread('b');
    await data.unsave('a', 3);
    await data.restoreSaved('a', 1);
    await expect.poll(() => heard.length).toBe(5);
    expect(heard).toEqual([{ ids: ['a'] }, { ids: ['b'] }, { ids: ['b'] }, { ids: ['a'] }, { ids: ['a'] }]);
  });

  it('are not sent for the rotation’s own writes (a view, a pick), which would wake every tab', async () => {
    const heard = listen();
    const data = createTendData(db());
    await data.recordShown('a', 1);
    await data.pick(['a', 'b'], 2, Math.random);
    await data.save('c', 3); // a marker: notes arrive in order, so nothing came before it
    await expect.poll(() => heard.length).toBe(1);
    expect(heard).toEqual([{ ids: ['c'] }]);
  });

  it('name no item after a clear, which concerns every item', async () => {
    const heard = listen();
    await createBackupData(db()).clearAll();
    await expect.poll(() => heard.length).toBe(1);
    expect(concerns(heard[0]!, 'any')).toBe(true);
  });

  it('concern only the items they name', () => {
    expect(concerns({ ids: ['a'] }, 'a')).toBe(true);
    expect(concerns({ ids: ['a'] }, 'b')).toBe(false);
    expect(concerns({}, 'b')).toBe(true);
  });
});
