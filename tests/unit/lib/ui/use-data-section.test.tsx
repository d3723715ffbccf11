// The "Your data" section wired to a real (fake-indexeddb) database and settings: the whole path
// from a click to the stored data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Dexie, { liveQuery } from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createBackupData } from '@/lib/db/backup';
import { backupText, makeBackup } from '@/lib/backup/format';
import { useDataSection, type DataSectionDeps } from '@/lib/ui/use-data-section';
import { loadSettings } from '@/lib/settings/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { Session } from '@/lib/ui/session';
import type { Card } from '@/lib/content/types';
import { DataSection } from '@/components/DataSection';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const cards: Card[] = ['a', 'b', 'c'].map((id) => ({ id, kind: 'tip', title: id, topics: ['stress'], summary: [] }));

let dbs: TendDb[] = [];
let counter = 0;
afterEach(async () => {
  cleanup();
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
  dbs = [];
});

async function setup() {
  const db = new TendDb(`tend-data-section-${++counter}`);
  dbs.push(db);
  const data = createTendData(db);
  await data.save('a', NOW - 1000);
  await data.markRead('a', NOW - 500);
  // Only what the section uses: its data and the catalog's ids (no feed on the options page's path).
  const session = { data, cards, live: liveQuery } as unknown as Session;
  const deps: DataSectionDeps = { now: () => NOW, appVersion: () => '9.9.9', download: vi.fn() };
  function Harness() {
    return <DataSection {...useDataSection(session, deps)} />;
  }
  render(<Harness />);
  return { data, backup: createBackupData(db), deps };
}

function choose(text: string, name = 'backup.json') {
  const input = screen.getByLabelText(/Choose a Tend backup file/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

const status = () => screen.getByTestId('data-message').textContent;
const fileWith = (items: { id: string; shownCount: number; savedAt?: number }[]) =>
  backupText(makeBackup({ items, events: [], practices: [], settings: { theme: 'dark' } }, NOW - 10_000, '0.1.0'));

describe('useDataSection', () => {
  it('case 17: exports one self-describing file, named by date, with no network and no permission', async () => {
    const { deps } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(status()).toBe('Exported 1 saved, 1 read, your settings to tend-backup-2026-11-26.json.'));
    const [filename, text] = vi.mocked(deps.download).mock.calls[0]!;
    expect(filename).toBe('tend-backup-2026-11-26.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'tend-backup', formatVersion: 2, exportedAt: '2026-11-26T09:30:00.000Z', appVersion: '9.9.9' });
  });

  it('case 21: previews, then merges by default, and says what it did', async () => {
    const { data } = await setup();
    choose(fileWith([{ id: 'a', shownCount: 4 }, { id: 'b', shownCount: 0, savedAt: NOW - 2000 }, { id: 'gone', shownCount: 1 }]));
    await screen.findByTestId('import-counts');
    expect(status()).toBe('Checked “backup.json”. Nothing has changed yet: choose how to import it.');
    expect(screen.getByTestId('import-counts').textContent).toContain('1 item this version of Tend does not know, kept for later');
    expect((await data.readingList()).map((r) => r.id)).toEqual(['a']);

    fireEvent.click(screen.getByRole('button', { name: 'Merge into my data' }));
    await waitFor(() => expect(status()).toBe('Imported “backup.json”. You now have 2 saved, 1 read. Your settings were updated.'));
    expect(screen.queryByTestId('import-counts')).toBeNull();
    expect((await data.readingList()).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('case 18: a bad file gets a specific message that says nothing changed, and nothing changes', async () => {
    const { backup } = await setup();
    const before = await backup.snapshot();
    choose('{"format": "tend-backup", "formatVersion": 3}');
    await waitFor(() => expect(status()).toMatch(/^This backup was made by a newer version of Tend .* Nothing was changed\.$/));
    expect(screen.getByTestId('data-message').classList.contains('data__message--error')).toBe(true);
    expect(screen.queryByTestId('import-counts')).toBeNull();
    expect(await backup.snapshot()).toEqual(before);
  });

  it('case 21: replace asks first, offers a download of the current data, then replaces', async () => {
    const { data, deps, backup } = await setup();
    choose(fileWith([{ id: 'c', shownCount: 1, savedAt: NOW - 3000 }]));
    fireEvent.click(await screen.findByRole('radio', { name: /Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace all your Tend data?' });
    expect((await data.readingList()).map((r) => r.id)).toEqual(['a']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Download my current data first' }));
    await waitFor(() => expect(deps.download).toHaveBeenCalledOnce());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
    await waitFor(() => expect(status()).toBe('Replaced your data with “backup.json”. You now have 1 saved. Your settings were updated.'));
    expect((await data.readingList()).map((r) => r.id)).toEqual(['c']);
    expect((await backup.snapshot()).events).toEqual([]);
  });

  it('case 21: cancelling the replace question changes nothing', async () => {
    const { backup } = await setup();
    const before = await backup.snapshot();
    choose(fileWith([{ id: 'c', shownCount: 1 }]));
    fireEvent.click(await screen.findByRole('radio', { name: /Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(status()).toBe('Nothing was changed.');
    expect(await backup.snapshot()).toEqual(before);
  });

  it('clears everything after confirmation', async () => {
    const { backup } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all data…' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Clear all your Tend data?' })).getByRole('button', { name: 'Clear all data' }));
    await waitFor(() => expect(status()).toMatch(/^All your Tend data was cleared/));
    expect(await backup.snapshot()).toEqual({ items: [], events: [], practices: [], settings: DEFAULT_SETTINGS });
  });
});
