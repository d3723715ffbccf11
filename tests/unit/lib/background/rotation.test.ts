import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { answerShown, keepRotation, type Rotation } from '@/lib/background/rotation';
import { createChooser } from '@/lib/feed';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { catalogOf } from '@/lib/content/catalog';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';
import type { Card } from '@/lib/content/types';

const card = (id: string): Card => ({ id, kind: 'tip', title: `Title ${id}`, topics: ['stress'], summary: [] });
const cards = ['a', 'b', 'c'].map(card);
const opened: TendDb[] = [];

function rotation(): Rotation {
  const db = new TendDb(`bg-rotation-${opened.length}-${Math.random()}`);
  opened.push(db);
  const data = createTendData(db);
  let clock = 1_000_000;
  const chooser = createChooser({ data, catalog: catalogOf(cards), settings: () => ({ ...DEFAULT_SETTINGS, reminders: false }), now: () => clock++, random: Math.random });
  return { data, chooser };
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  vi.restoreAllMocks();
});

describe('the background rotation', () => {
  it('records the view and chooses a next item not yet used in the cycle, with how long choosing took', async () => {
    const r = rotation();
    await r.data.pick(['a', 'b', 'c'], 1, () => 0); // 'a' is on screen: the page took it earlier
    const reply = await answerShown(async () => r, { type: 'tend:shown', id: 'a', at: 5000, prepare: true });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.next?.card.id).not.toBe('a');
    expect(reply.pickMs).toBeGreaterThanOrEqual(0);
    const shown = await r.data.itemState('a');
    expect(shown).toMatchObject({ lastShownAt: 5000, shownCount: 1 });
  });

  it('records only, when the page already has a next item waiting', async () => {
    const r = rotation();
    const pick = vi.spyOn(r.data, 'pick');
    expect(await answerShown(async () => r, { type: 'tend:shown', id: 'b', at: 5000, prepare: false })).toEqual({ ok: true, saved: false, read: false });
    expect(pick).not.toHaveBeenCalled();
    expect((await r.data.itemState('b')).shownCount).toBe(1);
  });

  it('tells the page whether the item on screen is saved and read', async () => {
    const r = rotation();
    await r.data.save('c', 10);
    await r.data.markRead('c', 20);
    expect(await answerShown(async () => r, { type: 'tend:shown', id: 'c', at: 30, prepare: false })).toEqual({ ok: true, saved: true, read: true });
  });

  it('answers ok: false when storage fails, so the page does the work itself', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await answerShown(() => Promise.reject(new Error('IndexedDB is off')), { type: 'tend:shown', id: 'a', at: 1, prepare: true });
    expect(reply).toEqual({ ok: false });
  });

  it('opens once and keeps it; opens again after a failed open or once the connection is gone', async () => {
    let opens = 0;
    let gone: () => void = () => {};
    const open = vi.fn(async (onGone: () => void) => {
      gone = onGone;
      if (++opens === 1) throw new Error('first open fails');
      return rotation();
    });
    const get = keepRotation(open);
    await expect(get()).rejects.toThrow('first open fails');
    const first = await get();
    expect(await get()).toBe(first);
    gone(); // a newer schema opened elsewhere
    expect(await get()).not.toBe(first);
    expect(open).toHaveBeenCalledTimes(3);
  });
});
