// The pages that open a full session (reading list, options, history, explore, article) while an
// old Tend tab holds the database at an older version and will not let go (reliability case 5).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { DB_NAME } from '@/lib/db/schema';
import { tendData } from '@/lib/db/instance';
import { pageMessage } from '@/lib/db/health';
import { useSession } from '@/lib/ui/use-session';
import v1 from '../../../fixtures/db-v1.json';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  // The page's shared connection (as every page has one): closed for good, then the database goes.
  tendData().db.close({ disableAutoOpen: true });
  await Dexie.delete(DB_NAME);
});

function Page() {
  const { session, unavailable } = useSession();
  return (
    <>
      {unavailable && <p data-testid="unavailable">{unavailable}</p>}
      {session && <p data-testid="count">{session.cards.length}</p>}
    </>
  );
}

describe('useSession', () => {
  it('case 5: asks to close the other Tend tabs while blocked, then opens once they are closed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const old = new Dexie(DB_NAME);
    old.version(1).stores(v1.stores);
    old.on('versionchange', () => false); // a stuck old tab
    await old.open();
    await old.table('items').bulkAdd(v1.rows.items);

    render(<Page />);
    await waitFor(() => expect(screen.getByTestId('unavailable').textContent).toBe(pageMessage('blocked')), { timeout: 10_000 });
    expect(screen.queryByTestId('count')).toBeNull();

    old.close();
    await screen.findByTestId('count', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('unavailable')).toBeNull();
    const after = new Dexie(DB_NAME);
    await after.open();
    expect(after.verno).toBe(3);
    expect(await after.table('items').count()).toBe(v1.rows.items.length);
    after.close();
  });
});
