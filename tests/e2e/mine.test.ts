// Issue 17 in a real Chromium with the built extension: your tips in the rotation ("only mine"),
// shown as text; a note in the reading list and its search; "Not for me" with undo; a change
// arriving in storage.sync as another browser would send it shows up in open pages; and export then
// import on a fresh profile restores tips, notes and hidden items.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, isOn, launch, LIVE_TIMEOUT, moveOn, ready, saveButton, titleOf, type Tend } from './harness';
import { syncRound } from '../../lib/sync/sync';
import { EMPTY, put } from '../../lib/sync/state';
import type { SyncStorage } from '../../lib/sync/storage';
import { readStore } from '../../lib/sync/decode';
import type { Kind } from '../../lib/sync/records';
import { readDb } from './raw-db';

afterEach(closeAndAudit);

/** The extension pages' storage API, as the page scripts below use it (they run in the page, not here). */
declare const chrome: {
  storage: {
    sync: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
};

const STEP = { timeout: 10_000 };
/** "Not for me" lives in the new tab's ··· menu (the dock keeps Save, Mark read and Next). */
async function notForMe(tab: Page): Promise<void> {
  await tab.getByRole('button', { name: 'More' }).click();
  await tab.getByRole('button', { name: 'Not for me' }).click();
}
/** "Add a note" lives in each reading-list row's ··· menu. */
async function addNote(entry: Locator): Promise<void> {
  await entry.getByRole('button', { name: /^More for/ }).click();
  await entry.getByRole('button', { name: 'Add a note' }).click();
}
const NASTY = '<script>window.tendHacked = 1</script> **not bold** breathe out slowly';

async function openOptions(tend: Tend): Promise<Page> {
  const options = await ready(await tend.open('options.html'));
  await options.getByRole('heading', { name: 'Your tips' }).waitFor();
  return options;
}

async function addTip(options: Page, text: string, title = ''): Promise<void> {
  const form = options.getByRole('form', { name: 'Add a tip' });
  if (title) await form.getByLabel('Title (optional)').fill(title);
  await form.getByLabel('Your tip').fill(text);
  await form.getByRole('button', { name: 'Add tip' }).click();
  await options.getByTestId('my-tips').getByText(text).waitFor(STEP);
}

const summaryOf = async (page: Page) => (await page.locator('article.item .item__summary').textContent())?.trim() ?? '';

describe('your tips', () => {
  it('case 42: a personal tip appears in "only mine" mode on the new tab and in the popup, as text, shown as yours', async () => {
    const tend = await launch();
    const options = await openOptions(tend);
    await addTip(options, NASTY, 'My <b>own</b> words');
    await options.getByRole('group', { name: /show$/ }).getByLabel('Only my tips', { exact: false }).check();
    await expect.poll(() => options.evaluate(() => chrome.storage.sync.get('settings.myTips')), STEP).toEqual({ 'settings.myTips': 'only' });

    for (let i = 0; i < 2; i++) {
      const tab = await tend.openNewTab();
      await expect.poll(() => titleOf(tab), STEP).toBe('My <b>own</b> words');
      expect(await summaryOf(tab)).toBe(NASTY);
      expect(await tab.locator('article.item .item__meta').textContent()).toBe('Your tip');
      expect(await tab.locator('article.item script, article.item b').count()).toBe(0);
      expect(await tab.evaluate(() => (window as Window & { tendHacked?: number }).tendHacked)).toBeUndefined();
      await tab.close();
    }
    const popup = await tend.openPopup();
    expect(await titleOf(popup)).toBe('My <b>own</b> words');
  });

  it('case 43: an import with a bad row names its line and adds nothing; a good CSV adds its tips', async () => {
    const tend = await launch();
    const options = await openOptions(tend);
    const input = options.locator('#tips-file');
    await input.setInputFiles({ name: 'tips.csv', mimeType: 'text/csv', buffer: Buffer.from('text,topic\n"ok, fine",sleep\n"broken\n') });
    await expect.poll(() => options.getByRole('alert').textContent(), STEP).toMatch(/broken on line 3.*Nothing was imported/);
    await input.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10_000_000, 'a') });
    await expect.poll(() => options.getByRole('alert').textContent(), STEP).toMatch(/too large.*Nothing was imported/);
    expect(await options.getByTestId('my-tips').count()).toBe(0);
    await input.setInputFiles({ name: 'tips.csv', mimeType: 'text/csv', buffer: Buffer.from('title,text\nOne,"first\nwith a line break"\n,second\n') });
    await options.getByText('Imported 2 tips from “tips.csv”.').waitFor(STEP);
    expect(await options.getByTestId('my-tips').locator('li').count()).toBe(2);
  });
});

describe('notes', () => {
  it('a note shows in the reading list and its search finds it; so does Explore’s (issue 17)', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const title = await titleOf(tab);
    await saveButton(tab).click();
    const list = await tend.openReadingList();
    const entry = list.getByTestId('reading-list').locator('[data-item-id]').filter({ hasText: title });
    await addNote(entry);
    await entry.getByLabel(/Your note on/).fill('zebracrossing <i>on Mondays</i>');
    await entry.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => entry.getByTestId('note').textContent(), STEP).toBe('Your note: zebracrossing <i>on Mondays</i>');
    await list.getByLabel('Search your list').fill('zebracrossing');
    await expect.poll(() => list.getByTestId('reading-list').locator('[data-item-id]').count(), STEP).toBe(1);
    await list.getByLabel('Search your list').fill('nowhere-to-be-found');
    await expect.poll(() => list.getByTestId('reading-list').locator('[data-item-id]').count(), STEP).toBe(0);
    const explore = await ready(await tend.open('explore.html'));
    await explore.getByLabel('Search the library').fill('zebracrossing');
    const found = explore.getByTestId('item-list').locator('[data-item-id]');
    await expect.poll(() => found.allTextContents(), STEP).toEqual([expect.stringContaining(title)]);
  });
});

describe('not for me', () => {
  it('hides an item (options lists it) and undo brings it back', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const title = await titleOf(tab);
    await moveOn(tab, () => notForMe(tab));
    const options = await openOptions(tend);
    const hidden = options.getByTestId('hidden-items');
    await expect.poll(() => hidden.textContent(), STEP).toContain(title);
    await tab.getByRole('button', { name: 'Undo' }).click();
    await options.getByTestId('hidden-empty').waitFor({ timeout: LIVE_TIMEOUT });
  });

  it('in the popup, is in the item’s ··· menu, and hides the item shown', async () => {
    const tend = await launch();
    const popup = await tend.openPopup();
    const title = await titleOf(popup);
    // Quiet: no loose button beside the item, only the menu's.
    expect(await popup.getByRole('button', { name: 'Not for me' }).isVisible()).toBe(false);
    const more = popup.getByRole('button', { name: 'More for this item' });
    await moveOn(popup, async () => {
      await more.click();
      await popup.getByRole('button', { name: 'Not for me' }).click();
    });
    await popup.getByTestId('undo-notice').getByText(title).waitFor(STEP);
    const options = await openOptions(tend);
    await expect.poll(() => options.getByTestId('hidden-items').textContent(), STEP).toContain(title);
  });
});

/** The browser's storage.sync, as a page of the extension sees it: what another browser's write looks like arrives there. */
const pageStorage = (page: Page): SyncStorage => ({
  get: (keys) => page.evaluate((k) => chrome.storage.sync.get(k), keys),
  set: (items) => page.evaluate((i) => chrome.storage.sync.set(i), items),
  remove: (keys) => page.evaluate((k) => chrome.storage.sync.remove(k), keys),
});

/** Turns on the options page's sync switch. A click, not check(): the box shows the database's switch, so it turns once the write is done (check() looks at once). */
async function switchSyncOn(options: Page): Promise<void> {
  const box = options.getByLabel(/Sync my saved items, notes, hidden items and my tips/);
  await box.click();
  await expect.poll(() => box.isChecked(), STEP).toBe(true);
}

/** Turns sync on in the options page, waits for its first round, and closes the page. */
async function syncOn(tend: Tend): Promise<void> {
  const options = await openOptions(tend);
  await switchSyncOn(options);
  await expect.poll(() => options.getByTestId('sync-status').textContent(), STEP).toMatch(/Everything is synced|Sync is on/);
  await options.close();
}

/** The item a new tab or the popup shows (the snapshot it keeps for the popup). */
const currentId = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tend.current') ?? '{}').card?.id as string);

/** Writes to storage.sync from `page` as another browser ("remote01") with these records would. */
async function remoteWrite(page: Page, now: number, records: readonly (readonly [Kind, string, unknown])[]) {
  let state = EMPTY;
  for (const [kind, id, value] of records) {
    const edit = put(state, kind, id, value as never, 'remote01', now);
    if (edit.ok) state = edit.state;
  }
  return syncRound(pageStorage(page), state, 'remote01', now);
}

/** Ids of the live records of `kind` in what storage.sync holds. */
function syncedIds(items: Record<string, unknown>, kind: Kind): string[] {
  const read = readStore(items);
  return read.ok ? [...read.state.records.values()].filter((r) => r.kind === kind && r.value !== undefined).map((r) => r.id) : [];
}

describe('sync', () => {
  it('case 47: a saved item and a note written to storage.sync by "another browser" show up in an open reading list, new tab and popup', async () => {
    const tend = await launch();
    await syncOn(tend);
    const list = await tend.openReadingList();
    const tab = await tend.openNewTab();
    const popup = await tend.openPopup();
    const shown = [await titleOf(tab), await titleOf(popup)];
    const onTab = await currentId(tab);
    const onPopup = await currentId(popup);

    // Another browser (device "remote01") saves the items on the new tab and in the popup, and one more with a note.
    const now = Date.now();
    const round = await remoteWrite(await tend.open('help.html'), now, [
      ['saved', onTab, { savedAt: now }],
      ['saved', onPopup, { savedAt: now - 1 }],
      ['saved', 'cbt-a-thought-is-a-guess', { savedAt: now - 2 }],
      ['note', 'cbt-a-thought-is-a-guess', { text: 'from my other browser' }],
    ]);
    expect(round.problem).toBeUndefined();

    const expected = new Set([onTab, onPopup, 'cbt-a-thought-is-a-guess']).size;
    await expect.poll(() => list.getByTestId('reading-list').locator('[data-item-id]').count(), { timeout: 15_000 }).toBe(expected);
    await list.getByTestId('note').filter({ hasText: 'from my other browser' }).waitFor(STEP);
    await expect.poll(() => isOn(saveButton(tab)), { timeout: 15_000, message: `saved mark of ${shown[0]}` }).toBe(true);
    await expect.poll(() => isOn(saveButton(popup)), { timeout: 15_000, message: `saved mark of ${shown[1]} in the popup` }).toBe(true);
  });

  it('case 48: a save in the popup reaches storage.sync after the popup closes, with no Tend page open', async () => {
    const tend = await launch();
    await syncOn(tend);
    const popup = await tend.openPopup();
    const id = await currentId(popup);
    await saveButton(popup).click();
    await expect.poll(() => isOn(saveButton(popup)), STEP).toBe(true);
    await popup.close();
    // help.html runs no Tend data code: only the background can publish the save.
    const help = await tend.open('help.html');
    await expect.poll(async () => syncedIds(await pageStorage(help).get(null), 'saved'), { timeout: 15_000 }).toContain(id);
  });

  it('case 48: another browser’s write reaches this browser’s database with no Tend page open', async () => {
    const tend = await launch();
    await syncOn(tend);
    const help = await tend.open('help.html');
    const now = Date.now();
    const round = await remoteWrite(help, now, [['note', 'cbt-a-thought-is-a-guess', { text: 'written far away' }]]);
    expect(round.problem).toBeUndefined();
    await expect.poll(() => readDb<{ text: string } | undefined>(help, { table: 'notes', op: 'get', key: 'cbt-a-thought-is-a-guess' }).then((n) => n?.text), { timeout: 15_000 }).toBe('written far away');
  });

  it('case 46: a foreign or corrupt tend.sync value: a plain message, nothing here changed', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await saveButton(tab).click();
    const options = await openOptions(tend);
    await switchSyncOn(options);
    await options.evaluate(() => chrome.storage.sync.set({ 'tend.sync': { not: 'ours' } }));
    await expect.poll(() => options.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toMatch(/could not be read.*Nothing on this browser has changed/);
    const list = await tend.openReadingList();
    expect(await list.getByTestId('reading-list').locator('[data-item-id]').count()).toBe(1);
  });
});

describe('backups', () => {
  it('case 44: export then import on a fresh profile restores your tips, notes and hidden items', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const savedTitle = await titleOf(tab);
    await saveButton(tab).click();
    const hiddenTitle = await moveOn(tab, () => tab.getByRole('button', { name: /^Next/ }).click());
    await moveOn(tab, () => notForMe(tab));
    const list = await tend.openReadingList();
    const entry = list.getByTestId('reading-list').locator('[data-item-id]').filter({ hasText: savedTitle });
    await addNote(entry);
    await entry.getByLabel(/Your note on/).fill('keep this note');
    await entry.getByRole('button', { name: 'Save note' }).click();
    await entry.getByTestId('note').waitFor(STEP);
    const options = await openOptions(tend);
    await addTip(options, 'A tip that travels\nwith its line break');
    await options.getByTestId('hidden-items').getByText(hiddenTitle).waitFor(STEP);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my data' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    await tend.close();

    const fresh = await launch();
    const target = await openOptions(fresh);
    await target.locator('#data-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await target.getByTestId('import-counts').getByText(/In the file: .*1 tip of yours, 1 note, 1 hidden item/).waitFor(STEP);
    await target.getByRole('button', { name: 'Merge into my data' }).click();
    await target.getByTestId('my-tips').getByText('A tip that travels').waitFor(STEP);
    await target.getByTestId('hidden-items').getByText(hiddenTitle).waitFor(STEP);
    const freshList = await fresh.openReadingList();
    await freshList.getByTestId('note').filter({ hasText: 'keep this note' }).waitFor(STEP);
  });
});
