import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createPracticeData } from '@/lib/db/practice';

let counter = 0;
const opened: TendDb[] = [];

function fresh() {
  const db = new TendDb(`tend-practice-${++counter}`);
  opened.push(db);
  return createPracticeData(db);
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('practice log', () => {
  it('records finished practices and lists them newest first', async () => {
    const data = fresh();
    await data.recordPractice('breathing', 100, 64);
    await data.recordPractice('grounding', 300, 95.6);
    await data.recordPractice('breathing', 200, 57);
    expect(await data.practiceLog()).toEqual([
      { seq: 2, type: 'grounding', at: 300, seconds: 96 },
      { seq: 3, type: 'breathing', at: 200, seconds: 57 },
      { seq: 1, type: 'breathing', at: 100, seconds: 64 },
    ]);
  });

  it('reads only from `since` on (through the `at` index)', async () => {
    const data = fresh();
    await data.recordPractice('breathing', 100, 60);
    await data.recordPractice('breathing', 500, 60);
    expect((await data.practiceLog(200)).map((e) => e.at)).toEqual([500]);
  });

  it('never logs negative seconds', async () => {
    const data = fresh();
    expect((await data.recordPractice('grounding', 1, -5)).seconds).toBe(0);
  });
});
