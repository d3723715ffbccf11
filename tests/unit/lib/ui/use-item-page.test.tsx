// What a new tab (or the popup) shows when storage fails (reliability cases 3, 5, 11, 12, 13):
// the page hook on a real (fake-indexeddb) database, rendered with the real components.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie, { liveQuery } from 'dexie';
import { connect } from '@/lib/db/instance';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { STORAGE_MESSAGES } from '@/lib/db/health';
import { createFeed } from '@/lib/rotation/feed';
import { catalogOf } from '@/lib/content/catalog';
import { fallbackCard } from '@/lib/content/loaders';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/model';
import { EXPORT_HREF, useItemPage } from '@/lib/ui/use-item-page';
import { DISK_FULL } from '@/lib/ui/use-item-state';
import type { Session } from '@/lib/ui/session';
import type { Card } from '@/lib/content/types';
import { hasNext, type Upcoming } from '@/lib/newtab/snapshot';
import { ItemActions } from '@/components/ItemActions';
import { StorageNotice } from '@/components/StorageNotice';
import { BrokenUpgradeDb, failingOpenRequest, fillDisk } from '../db/faults';
import v1 from '../../../fixtures/db-v1.json';
import { forceCloseDatabase } from 'fake-indexeddb';

/** Loading the whole bundled library (the fallback path) compiles every content file on first use. */
const BUNDLE = { timeout: 15_000 };
beforeAll(() => fallbackCard().then(() => undefined), 60_000);

const cards: Card[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'tip', title: `Title ${id}`, topics: ['stress'], summary: [] }));
const M = { saved: false, read: false };
const first: Upcoming = { card: cards[0]!, marks: M };

let counter = 0;
const names: string[] = [];
const opened: Dexie[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

function name(label: string): string {
  const n = `tend-item-page-${label}-${++counter}`;
  names.push(n);
  return n;
}
function track<T extends { db: Dexie } | Dexie>(x: T): T {
  opened.push(x instanceof Dexie ? x : x.db);
  return x;
}

// Each test's pages keep their items under a version of their own: a page of an earlier test that
// prepares its next item after that test ended must not hand it to the next test's page.
let version = 'test';
let tests = 0;

beforeEach(() => {
  version = `test-${++tests}`;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  process.on('unhandledRejection', onUnhandled);
});

afterEach(async () => {
  cleanup();
  opened.splice(0).forEach((db) => db.close({ disableAutoOpen: true }));
  for (const n of names.splice(0)) await Dexie.delete(n);
  vi.restoreAllMocks();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled.splice(0), 'unhandled rejections').toEqual([]);
});

/** A light session on `data`, as openSession builds one, over the test's four cards. */
function sessionOn(data: TendData, changed: Partial<Settings> = {}): Session {
  const settings = { ...DEFAULT_SETTINGS, reminders: false, ...changed };
  const catalog = catalogOf(cards);
  const feed = createFeed({
    data,
    catalog,
    version,
    settings: () => settings,
    storage: localStorage,
    now: Date.now,
    random: Math.random,
  });
  return { data, feed, cards, catalog, live: liveQuery, settings: () => settings, onSettings: () => () => undefined };
}

/** When the test's new tab showed its first item. */
const SHOWN_AT = 1_700_000_000_000;

/** The new tab's parts that storage problems touch: the notice, the item, its actions, the status. */
function Page({ initial, open }: { initial?: Upcoming; open: () => Promise<Session> }) {
  const page = useItemPage(initial, SHOWN_AT, open);
  return (
    <>
      {page.notice && <StorageNotice {...page.notice} />}
      {page.card && (
        <>
          <h1 data-testid="item-title">{page.card.title}</h1>
          <ItemActions
            saved={page.saved}
            read={page.read}
            unavailable={page.unavailable}
            onNext={() => void page.next()}
            onToggleSave={() => void page.toggleSave()}
            onToggleRead={() => void page.toggleRead()}
          />
        </>
      )}
      <p data-testid="status">{page.status}</p>
      {page.session && <p data-testid="ready">ready</p>}
    </>
  );
}

const title = () => screen.getByTestId('item-title').textContent;
const idOf = (shownTitle: string | null) => cards.find((c) => c.title === shownTitle)!.id;
const save = () => screen.getByRole('button', { name: /^Saved?$/ }) as HTMLButtonElement;
/** Save ↔ Saved, Mark read ↔ Read: the label says the state. */
const isOn = (button: HTMLElement) => /^(Saved|Read)$/.test(button.textContent?.trim() ?? '');
const notice = () => screen.queryByTestId('storage-notice');
const status = () => screen.getByTestId('status').textContent;

describe('case 3: an upgrade that throws', () => {
  it('says the update failed and the data is safe, keeps every row, and does not loop', async () => {
    const n = name('upgrade');
    const seed = createTendData(track(new TendDb(n)));
    await seed.save('a', 100);
    seed.db.close();
    const page = track(new BrokenUpgradeDb(n));
    render(<Page initial={first} open={async () => sessionOn(createTendData(page))} />);

    await waitFor(() => expect(notice()?.textContent).toMatch(/^Tend could not update its storage; your data is safe\./));
    expect(save().disabled).toBe(true);
    expect(screen.getByText(STORAGE_MESSAGES['upgrade-failed'].off!)).toBeTruthy();
    expect(title()).toBe('Title a');

    // Next still moves (to an item from the bundle) and never retries the upgrade.
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(title()).not.toBe('Title a'), BUNDLE);
    expect(page.upgrades).toBe(1);
    expect(screen.queryByTestId('ready')).toBeNull();

    const after = track(new TendDb(n));
    await after.open();
    expect(after.verno).toBe(3);
    expect(await after.items.toArray()).toEqual([{ id: 'a', shownCount: 0, savedAt: 100 }]);
  });
});

describe('case 5: a connection that will not close', () => {
  it('asks to close the other Tend tabs while blocked, then completes and works once they are closed', async () => {
    const n = name('blocked');
    const old = track(new Dexie(n));
    old.version(1).stores(v1.stores);
    old.on('versionchange', () => false); // a stuck old tab
    await old.open();
    await old.table('items').bulkAdd(v1.rows.items);

    render(<Page initial={first} open={async () => sessionOn(track(connect(n, () => undefined)))} />);
    await waitFor(() => expect(notice()?.textContent).toBe(STORAGE_MESSAGES.blocked.notice));
    expect(notice()!.textContent).toMatch(/close your other Tend tabs/);
    expect(save().disabled).toBe(true);
    expect(screen.getByText(STORAGE_MESSAGES.blocked.off!)).toBeTruthy();

    old.close();
    await screen.findByTestId('ready');
    expect(notice()).toBeNull();
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    await waitFor(() => expect(isOn(save())).toBe(true));
    expect(status()).toBe('Saved to your reading list.');
  });
});

describe('a toggle pressed before the page loaded does what its label said', () => {
  /** A session that opens only when the test says so: the person acts on the first frame alone. */
  function deferredOpen(data: TendData) {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    return { open: () => gate.then(() => sessionOn(data)), release };
  }
  const markRead = () => screen.getByRole('button', { name: /^(Mark read|Read)$/ }) as HTMLButtonElement;

  it.each([
    ['unsaves an item painted as saved', 'savedAt', { saved: true, read: false }, () => save(), 'Removed from your reading list.'],
    ['marks an item painted as read as not read', 'readAt', { saved: false, read: true }, () => markRead(), 'Marked as not read.'],
  ] as const)('%s, and says so', async (_, field, marks, button, message) => {
    const data = track(connect(name(`early-${field}`), () => undefined));
    await (field === 'savedAt' ? data.save('a', 5) : data.markRead('a', 5));
    const { open, release } = deferredOpen(data);
    render(<Page initial={{ card: cards[0]!, marks }} open={open} />);
    expect(isOn(button())).toBe(true); // the first frame already knows
    fireEvent.click(button());
    release();
    await waitFor(() => expect(status()).toBe(message));
    expect((await data.itemState('a'))[field]).toBeUndefined();
    await waitFor(() => expect(isOn(button())).toBe(false));
  });

  it('saves an item painted as not saved', async () => {
    const data = track(connect(name('early-save'), () => undefined));
    const { open, release } = deferredOpen(data);
    render(<Page initial={first} open={open} />);
    fireEvent.click(save());
    release();
    await waitFor(() => expect(status()).toBe('Saved to your reading list.'));
    expect((await data.itemState('a')).savedAt).toBeDefined();
  });
});

/** Empties the items store through a raw IndexedDB connection, which Dexie's live queries do not see. */
function clearBehindDexie(dbName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('items', 'readwrite');
      tx.objectStore('items').clear();
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
    };
  });
}

describe('case 37: the database closed under the page (site data cleared)', () => {
  it('shows the truth without any write, and the next toggle does what its label then says', async () => {
    const n = name('cleared');
    const data = track(connect(n, () => undefined));
    render(<Page initial={first} open={async () => sessionOn(data)} />);
    await screen.findByTestId('ready');
    fireEvent.click(save());
    await waitFor(() => expect(isOn(save())).toBe(true));
    // What the browser does when site data is cleared: the data goes, behind Dexie's back (no write
    // it could observe), and the page's connection is closed.
    await clearBehindDexie(n);
    forceCloseDatabase(data.db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await waitFor(() => expect(isOn(save())).toBe(false));
    fireEvent.click(save());
    await waitFor(async () => expect((await data.itemState('a')).savedAt).toBeDefined());
    await waitFor(() => expect(isOn(save())).toBe(true));
  });
});

describe('settings changed before the page went live', () => {
  const other: Upcoming = { card: { id: 'x', kind: 'tip', title: 'Title x', topics: ['cbt'], summary: [] }, marks: M };

  it('moves on from an item they no longer allow, to one they do', async () => {
    const data = track(connect(name('changed'), () => undefined));
    render(<Page initial={other} open={async () => sessionOn(data, { topics: ['stress'] })} />);
    expect(title()).toBe('Title x');
    await screen.findByTestId('ready');
    await waitFor(() => expect(cards.map((c) => c.title)).toContain(title()));
    expect((await data.itemState('x')).shownCount).toBe(0);
  });

  it('keeps a reminder of a saved item, whatever its topic', async () => {
    const data = track(connect(name('reminder'), () => undefined));
    render(<Page initial={{ ...other, savedAt: 5 }} open={async () => sessionOn(data, { topics: ['stress'] })} />);
    await waitFor(async () => expect((await data.itemState('x')).shownCount).toBe(1)); // recorded: the page is settled
    expect((await data.itemState('x')).lastShownAt).toBe(SHOWN_AT); // when the view began, not when the page went live
    expect(title()).toBe('Title x');
  });
});

describe('case 11: the database force-closed mid-session', () => {
  it('the next action works, the live view follows other tabs again, and nothing is left unhandled', async () => {
    const n = name('closed');
    const data = track(connect(n, () => undefined));
    const otherTab = track(connect(n, () => undefined));
    render(<Page open={async () => sessionOn(data)} />);
    await screen.findByTestId('ready');
    await screen.findByTestId('item-title');
    const shown = title();
    fireEvent.click(save());
    await waitFor(() => expect(isOn(save())).toBe(true));

    data.db.close(); // behind the page's back
    fireEvent.click(save());
    await waitFor(() => expect(isOn(save())).toBe(false));
    expect(status()).toBe('Removed from your reading list.');

    await otherTab.save(idOf(shown), 5);
    await waitFor(() => expect(isOn(save())).toBe(true));

    data.db.close();
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(title()).not.toBe(shown));
    expect(notice()).toBeNull();
  });
});

describe('case 12: disk full', () => {
  it('says so with an export action, saves nothing half-way, keeps moving, and recovers when space is back', async () => {
    const data = track(connect(name('quota'), () => undefined));
    const disk = { full: false };
    fillDisk(data.db, disk);
    render(<Page open={async () => sessionOn(data)} />);
    await screen.findByTestId('ready');
    await screen.findByTestId('item-title');
    const shown = idOf(title());
    await waitFor(async () => expect((await data.itemState(shown)).shownCount).toBe(1));
    await waitFor(() => expect(hasNext(localStorage, version)).toBe(true)); // the next item is prepared

    disk.full = true;
    fireEvent.click(save());
    await waitFor(() => expect(status()).toBe(DISK_FULL));
    // The notice's words load when there is one to show.
    await waitFor(() => expect(notice()?.textContent).toMatch(/out of storage space, so that change was not saved/));
    const exportLink = screen.getByRole('link', { name: 'Export your data' });
    expect(exportLink.getAttribute('href')).toBe(EXPORT_HREF);
    expect(EXPORT_HREF).toBe('options.html#data-heading');
    expect(isOn(save())).toBe(false);
    expect((await data.itemState(shown)).savedAt).toBeUndefined();
    expect(await data.readingList()).toEqual([]);

    // The page keeps working: Next moves on, with the prepared item and then without one.
    const seen = [title()];
    for (let i = 0; i < 2; i++) {
      fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
      await waitFor(() => expect(seen).not.toContain(title()), BUNDLE);
      seen.push(title());
    }
    expect(notice()).not.toBeNull();

    disk.full = false;
    fireEvent.click(save());
    await waitFor(() => expect(status()).toBe('Saved to your reading list.'));
    expect(notice()).toBeNull();
    await waitFor(() => expect(isOn(save())).toBe(true));
  });
});

describe('case 13: IndexedDB unavailable', () => {
  it('shows an item from the bundle, turns save and read off with the reason, and warns (no error)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => failingOpenRequest());
    const error = vi.spyOn(console, 'error');
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0).mockReturnValueOnce(0.5);
    render(<Page open={async () => sessionOn(track(connect(name('off'), () => undefined)))} />);

    await screen.findByTestId('item-title', {}, BUNDLE);
    const reason = STORAGE_MESSAGES.unavailable.off!;
    expect(await screen.findByText(reason)).toBeTruthy();
    expect(save().disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^(Mark read|Read)$/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(notice()).toBeNull();
    expect(console.warn).toHaveBeenCalledWith('Tend: storage unavailable', expect.anything());
    expect(error).not.toHaveBeenCalled();

    const shown = title();
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(title()).not.toBe(shown));
    expect(random).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId('ready')).toBeNull();
  });
});
