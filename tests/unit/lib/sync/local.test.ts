// @vitest-environment node
// Keeping this device's sync state between sessions: exactly what was kept comes back, however
// large, and a damaged copy is refused with a reason instead of being half-loaded.
import { describe, expect, it } from 'vitest';
import { fromStored, toStored } from '@/lib/sync/local';
import { EMPTY, put, remove, type SyncState } from '@/lib/sync/state';
import { numberWrite } from '@/lib/sync/tombstones';

function big(): SyncState {
  let state = EMPTY;
  for (let i = 0; i < 3_000; i++) {
    const edit = i % 7 === 0 ? remove(state, 'saved', `item-${i}`, 'laptop01', 1_000 + i) : put(state, 'note', `item-${i}`, { text: `Note ${i} `.repeat(40) }, 'laptop01', 1_000 + i);
    if (!edit.ok) throw new Error(edit.message);
    state = edit.state;
  }
  return numberWrite(state, 'laptop01', 9_000).state;
}

const sorted = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

describe('the sync state kept on this device', () => {
  it('comes back exactly, with no size limit, through JSON', () => {
    const state = big();
    const back = fromStored(JSON.parse(JSON.stringify(toStored(state, 'laptop01'))));
    if (!back.ok) throw new Error(back.detail);
    expect(sorted(back.state.records)).toEqual(sorted(state.records));
    expect(sorted(back.state.acks)).toEqual(sorted(state.acks));
    expect(back.state.clock).toBe(state.clock);
  });

  it('starts empty when nothing was kept, and refuses a damaged copy with a reason', () => {
    expect(fromStored(undefined)).toEqual({ ok: true, state: EMPTY });
    expect(fromStored('text')).toEqual({ ok: false, detail: 'it is not Tend’s sync state' });
    const kept = toStored(big(), 'laptop01');
    const damaged = { ...kept, 'tend.sync.3': { g: 'local', r: [['n', 'x']] } };
    expect(fromStored(damaged)).toMatchObject({ ok: false, detail: expect.any(String) });
    const missing = { ...kept, 'tend.sync.2': undefined };
    expect(fromStored(missing)).toEqual({ ok: false, detail: 'it is incomplete' });
  });
});
