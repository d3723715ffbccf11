// "Saved" pressed on the new tab: the item leaves the list, and Undo (for a while) puts it back with
// the time it was first saved. On a real (fake-indexeddb) database, with the real ItemActions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie, { liveQuery } from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { useItemState } from '@/lib/ui/use-item-state';
import { useUnsaveUndo } from '@/lib/ui/use-unsave-undo';
import type { Session } from '@/lib/ui/session';
import { ItemActions } from '@/components/ItemActions';
import { UndoLine } from '@/components/UndoLine';

let n = 0;
const dbs: TendDb[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function dataWithSaved(id: string, savedAt: number): Promise<TendData> {
  const db = new TendDb(`tend-unsave-undo-${++n}`);
  dbs.push(db);
  const data = createTendData(db);
  await data.save(id, savedAt);
  return data;
}

/** The hook as the new tab uses it: the live state's toggle, wrapped; the notice in ItemActions. */
function Dock({ data, id }: { data: TendData; id: string }) {
  const session = { data, live: liveQuery } as unknown as Session;
  const state = useItemState(session, id, undefined);
  const unsave = useUnsaveUndo(session, id, state.saved, state.toggleSave, state.status);
  return (
    <ItemActions
      saved={state.saved}
      read={state.read}
      onNext={() => undefined}
      onToggleSave={() => void unsave.toggleSave()}
      onToggleRead={() => void state.toggleRead()}
      confirmation={unsave.status}
      undo={unsave.undo}
    />
  );
}

describe('useUnsaveUndo', () => {
  it('un-saving offers Undo, which puts the item back with its first saved time', async () => {
    const data = await dataWithSaved('a', 1000);
    render(<Dock data={data} id="a" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Saved' }));
    const notice = await screen.findByTestId('unsave-undo');
    expect(notice.textContent).toContain('Removed from your reading list.');
    expect((await data.itemState('a')).savedAt).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Put back in your reading list.'));
    expect((await data.itemState('a')).savedAt).toBe(1000);
    expect(screen.queryByTestId('unsave-undo')).toBeNull();
    await screen.findByRole('button', { name: 'Saved' });
  });

  it('the offer ends when its notice says so; saving offers nothing', async () => {
    const data = await dataWithSaved('a', 1000);
    render(<Dock data={data} id="a" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Saved' }));
    await screen.findByTestId('unsave-undo');
    // Saving again ends the offer at once.
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Saved' });
    expect(screen.queryByTestId('unsave-undo')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Saved to your reading list.');
  });
});

describe('UndoLine', () => {
  it('ends the offer after its time unless the pointer or the focus holds it', () => {
    vi.useFakeTimers();
    try {
      const onExpire = vi.fn();
      render(<UndoLine undo={{ onUndo: vi.fn(), onExpire }} confirmation="Removed from your reading list." ms={60} />);
      const notice = screen.getByTestId('unsave-undo');
      fireEvent.mouseEnter(notice);
      vi.advanceTimersByTime(500);
      expect(onExpire).not.toHaveBeenCalled();
      fireEvent.mouseLeave(notice);
      vi.advanceTimersByTime(59);
      expect(onExpire).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onExpire).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
