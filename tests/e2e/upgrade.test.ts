// Upgrades in a real Chromium (reliability cases 4 and 6): a shipped build replaced by the current
// one in the same folder and profile, and a tab that lets go when a newer schema opens. The
// database is read with raw IndexedDB inside extension pages, never through Tend's own code.
import { cpSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { closeAndAudit, entry, isOn, itemTitle, launch, moveOn, nextButton, ready, saveButton, titleOf } from './harness';

/** Tend's database (DB_NAME in lib/db/schema.ts). */
const DB = 'tend';
/** Dexie stores schema version n as IndexedDB version 10 × n. */
const idbVersion = (schemaVersion: number) => schemaVersion * 10;
/** Build N: the last release with schema version 1, made by scripts/release-fixture.mjs. */
const BUILD_N = path.resolve(import.meta.dirname, '../fixtures/builds/schema-v1');

afterEach(closeAndAudit);

type Rows = Record<string, unknown[]>;

interface Stored {
  version: number;
  stores: string[];
  rows: Rows;
}

/**
 * Runs in an extension page: the database as stored, at whatever version is on disk, every row of
 * every store. Never creates or upgrades it (undefined when there is none). Self-contained:
 * Playwright sends it to the page as source.
 */
function readStored(name: string): Promise<Stored | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort(); // there was none: create nothing
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(undefined);
      else reject(request.error ?? new Error(`could not open ${name}`));
    };
    request.onsuccess = () => {
      const db = request.result;
      const stores = Array.from(db.objectStoreNames);
      const rows: Rows = {};
      const done = () => {
        db.close();
        resolve({ version: db.version, stores, rows });
      };
      if (stores.length === 0) return done();
      const tx = db.transaction(stores, 'readonly');
      for (const store of stores) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => (rows[store] = all.result);
      }
      tx.oncomplete = done;
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error(`could not read ${name}`));
      };
    };
  });
}

interface Upgrade {
  /**
   * Whether another connection held the old version open. Reported at once, and then nothing
   * else is: the upgrade would wait for that connection, and the test would only time out.
   */
  blocked: boolean;
  oldVersion: number;
  version: number;
  stores: string[];
  /** Every row as the upgrade found it: after every older connection had closed. */
  rowsAtUpgrade: Rows;
}

/**
 * Runs in an extension page: what a newer build's upgrade does, in raw IndexedDB. Opens the
 * database at `version`, adds the store `added`, and notes every row inside the upgrade's own
 * transaction. The connection stays open afterwards, as a newer page's would.
 */
function upgradeTo({ name, version, added }: { name: string; version: number; added: string }): Promise<Upgrade> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    let oldVersion = -1;
    const rowsAtUpgrade: Rows = {};
    request.onblocked = () => resolve({ blocked: true, oldVersion, version: -1, stores: [], rowsAtUpgrade });
    request.onupgradeneeded = (event) => {
      oldVersion = event.oldVersion;
      const db = request.result;
      const tx = request.transaction!; // always there during upgradeneeded
      for (const store of Array.from(db.objectStoreNames)) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => (rowsAtUpgrade[store] = all.result);
      }
      db.createObjectStore(added, { keyPath: 'id' });
    };
    request.onerror = () => reject(request.error ?? new Error(`could not upgrade ${name}`));
    request.onsuccess = () => {
      const db = request.result;
      (window as Window & { tendNewer?: IDBDatabase }).tendNewer = db;
      resolve({ blocked: false, oldVersion, version: db.version, stores: Array.from(db.objectStoreNames), rowsAtUpgrade });
    };
  });
}

/** The database as stored, read from `page` (an extension page); fails the test when there is none. */
async function stored(page: Page): Promise<Stored> {
  const result = await page.evaluate(readStored, DB);
  expect(result, `the ${DB} database`).toBeDefined();
  return result!;
}

/** Empties `folder` and copies the build in `from` into it, as a person updating an unpacked extension does. */
function replaceContents(folder: string, from: string): void {
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name), { recursive: true, force: true });
  cpSync(from, folder, { recursive: true });
}

// Build N (schema 1) labelled its toggles "Save for later" and "Mark as read" and gave their state
// as aria-pressed; the current build's labels are the state (harness.ts).
const oldSave = (page: Page) => page.getByRole('button', { name: /^Save for later/ });
const oldMark = (page: Page) => page.getByRole('button', { name: /^Mark as read/ });
const pressed = (button: Locator) => button.getAttribute('aria-pressed');

describe('upgrades', () => {
  it('case 6: build N (schema v1) → build N+1 in the same folder and profile keeps the id and the data, and migrates', async () => {
    // Real path: Chromium reports the folder it loaded resolved, and the harness matches on it.
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'tend-e2e-upgrade-')));
    const folder = path.join(root, 'tend');
    const profile = path.join(root, 'profile');
    cpSync(BUILD_N, folder, { recursive: true });
    try {
      // Build N: save one item, mark the next one read.
      const old = await launch(profile, folder);
      // Build N sets only the ready signal (it has no view-recorded one).
      const tab = await old.context.newPage();
      await tab.goto('chrome://newtab');
      await itemTitle(tab).waitFor();
      await ready(tab);
      const savedTitle = await titleOf(tab);
      await oldSave(tab).click();
      await expect.poll(() => pressed(oldSave(tab))).toBe('true');
      const readTitle = await moveOn(tab, () => nextButton(tab).click());
      await oldMark(tab).click();
      await expect.poll(() => pressed(oldMark(tab))).toBe('true');
      await tab.close(); // nothing of build N writes after the rows below are noted

      const before = await stored(await old.open('help.html'));
      expect(before.version).toBe(idbVersion(1));
      expect(before.stores).toEqual(['events', 'items', 'meta']);
      const savedIds = (before.rows.items as { id: string; savedAt?: number }[]).filter((r) => r.savedAt !== undefined).map((r) => r.id);
      expect(savedIds).toHaveLength(1);
      expect(before.rows.events).toEqual([{ seq: 1, itemId: expect.any(String), at: expect.any(Number) }]);
      const savedId = savedIds[0]!;
      const readId = (before.rows.events![0] as { itemId: string }).itemId;
      expect(readId).not.toBe(savedId);
      await old.close();

      // Build N+1 in the same folder, on the same profile.
      replaceContents(folder, inject('extensionDir'));
      const next = await launch(profile, folder);
      expect(next.extensionId).toBe(old.extensionId);

      const list = await next.openReadingList();
      const saved = list.locator(`[data-testid="reading-list"] [data-item-id="${savedId}"]`);
      await saved.waitFor();
      // By id: an item keeps its id across builds, while its title may be rewritten (as Library v2 did).
      expect(savedTitle, 'build N showed the saved item').not.toBe('');

      // The read-history page is new in build N+1: it opening at all says the new code runs.
      const history = await ready(await next.open('read-history.html'));
      const read = history.getByTestId('history').locator(`[data-item-id="${readId}"]`);
      await read.waitFor();
      // By id, as above: the title build N showed may have been rewritten since.
      expect(readTitle, 'build N showed the read item').not.toBe('');

      const after = await stored(await next.open('help.html'));
      expect(after.version).toBe(idbVersion(3));
      expect(after.stores).toEqual(['events', 'hidden', 'items', 'meta', 'notes', 'practices', 'sync', 'tips']);
      expect(after.rows).toEqual({ ...before.rows, practices: [], tips: [], notes: [], hidden: [], sync: [] });

      // The first new tab after the update: it finds build N's prepared item in localStorage.
      const newTab = await next.openNewTab();
      expect(await titleOf(newTab)).not.toBe('');
      expect(await saveButton(newTab).isDisabled()).toBe(false);
      await next.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('case 4: an open tab lets go when a newer schema opens elsewhere, reloads, and works again on the newer database', async () => {
    const tend = await launch(); // a fresh temporary profile: the newer version dies with it
    const tab = await tend.openNewTab();
    const title = await titleOf(tab);
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    await tab.close();

    // The old tab: the reading list, holding the database open (its live query is showing the item).
    const list = await tend.openReadingList();
    await entry(list, title).waitFor();
    await list.evaluate(() => ((window as Window & { tendBeforeUpgrade?: boolean }).tendBeforeUpgrade = true));

    // A newer build's page upgrades the database, and the old tab reloads.
    const newer = await tend.open('help.html');
    const newerVersion = idbVersion(4);
    const [, upgrade] = await Promise.all([
      list.waitForEvent('load', { timeout: 10_000 }),
      newer.evaluate(upgradeTo, { name: DB, version: newerVersion, added: 'fromTheFuture' }),
    ]);
    expect(upgrade.blocked, 'a connection to the old version held the upgrade back').toBe(false);
    expect(upgrade.oldVersion).toBe(idbVersion(3));
    expect(upgrade.version).toBe(newerVersion);
    expect(upgrade.stores).toContain('fromTheFuture');

    // The old page is gone, and the reloaded one shows the list, with no warning.
    expect(await list.evaluate(() => (window as Window & { tendBeforeUpgrade?: boolean }).tendBeforeUpgrade)).toBeUndefined();
    await ready(list);
    await entry(list, title).waitFor();
    expect(await list.locator('.notice--warn').count()).toBe(0);
    const mark = entry(list, title).getByRole('button', { name: /^Mark read/ });
    expect(await mark.isEnabled()).toBe(true);

    // Nothing was written after the upgrade, by the old page or by its reload; the version stays.
    const after = await stored(newer);
    expect(after.version).toBe(newerVersion);
    expect(after.stores).toEqual(['events', 'fromTheFuture', 'hidden', 'items', 'meta', 'notes', 'practices', 'sync', 'tips']);
    expect(after.rows).toEqual({ ...upgrade.rowsAtUpgrade, fromTheFuture: [] });

    // And the reloaded page works on the newer database.
    await mark.click();
    // The button's label is its state: "Read" once read.
    await entry(list, title).getByRole('button', { name: /^Read\W/ }).waitFor();
    const marked = await stored(newer);
    expect(marked.version).toBe(newerVersion);
    expect(marked.rows.events).toHaveLength(1);
  });
});
