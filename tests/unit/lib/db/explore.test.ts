import { afterEach, describe, expect, it } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createExploreData } from '@/lib/db/explore';
import { createTendData } from '@/lib/db/tend-data';
import { logReads } from './faults';

let opened: TendDb[] = [];
let counter = 0;

/** Each test gets its own database, and a log of the indexes its reads went through. */
function fresh() {
  const db = new TendDb(`tend-explore-test-${++counter}`);
  const reads = logReads(db);
  return { data: createTendData(db), explore: createExploreData(db), reads };
}

afterEach(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

describe('createExploreData.marks', () => {
  it('returns the marks of the ids asked for that are saved or read, and none for one only shown, unsaved or unknown', async () => {
    const { data, explore } = fresh();
    await data.recordShown('shown', 1);
    await data.save('saved', 2);
    await data.markRead('read', 3);
    await data.save('both', 4);
    await data.markRead('both', 5);
    await data.save('unsaved', 6);
    await data.unsave('unsaved', 7);
    await data.save('not-asked', 8);
    const marks = await explore.marks(['shown', 'saved', 'read', 'both', 'unsaved', 'unknown']);
    expect([...marks.keys()].sort()).toEqual(['both', 'read', 'saved']);
    expect(marks.get('both')).toEqual({ saved: true, read: true });
    expect(marks.get('read')).toEqual({ saved: false, read: true });
    expect(marks.get('saved')).toEqual({ saved: true, read: false });
    expect((await explore.marks([])).size).toBe(0);
  });

  it('reads the ids asked for by key, never a range or the whole table', async () => {
    const { data, explore, reads } = fresh();
    await data.save('a', 1);
    reads.length = 0;
    await explore.marks(['a', 'b']);
    expect(reads).toEqual([]);
  });

  it('is live: a save made elsewhere of an id asked for shows up', async () => {
    const { data, explore } = fresh();
    const seen: string[][] = [];
    let notify: () => void = () => undefined;
    const subscription = liveQuery(() => explore.marks(['x', 'y'])).subscribe((marks) => {
      seen.push([...marks.keys()]);
      notify();
    });
    const next = () => new Promise<void>((resolve) => (notify = resolve));
    await next();
    const update = next();
    await data.save('x', 1);
    await update;
    subscription.unsubscribe();
    expect(seen).toEqual([[], ['x']]);
  });
});
