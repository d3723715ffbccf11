// Data safety, round 2, in a real Chromium with the built extension (reliability cases 31, 32, 34,
// 36 and 39): an import the page is closed in the middle of leaves all or nothing; a backup with
// odd times and an id like markup imports, and shows as text; history with 100,000 reads lists a
// page at a time; two options pages changing different settings at once both keep their change;
// a data-only import works with the sync write quota used up. After every test, the audit: no
// request left the machine and no extension page logged an error.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../scripts/content/compile';
import { readContentFiles } from '../../scripts/content/files';
import { HISTORY_PAGE, readingLog } from '../../lib/history';
import { closeAndAudit, launch, ready, type Tend } from './harness';
import { addReads as seedReads, readDb } from './raw-db';

const STEP = { timeout: 10_000 };
const DAY = 86_400_000;

const CATALOG = compileCatalog(readContentFiles(path.resolve(import.meta.dirname, '../../content')));
const IDS = CATALOG.map((item) => item.id);

afterEach(closeAndAudit);

/** The extension API inside a Tend page, typed only as far as these tests use it. */
declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };

// --- helpers -------------------------------------------------------------------------------

async function openOptions(tend: Tend): Promise<Page> {
  const options = await tend.open('options.html');
  await options.getByRole('group', { name: 'Topics' }).waitFor();
  return ready(options);
}

/** Everything in storage.sync, as the extension's own pages see it. */
const syncStorage = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => chrome.storage.sync.get(null));

/** Rows in a table of Tend's database, read with plain IndexedDB (no Tend code involved). */
const countRows = (page: Page, table: string): Promise<number> => readDb<number>(page, { table, op: 'count' });

interface FileData {
  items: { id: string; shownCount: number; [time: string]: unknown }[];
  events: { itemId: string; at: number }[];
  settings: Record<string, unknown>;
  rotation?: { cycleStartedAt: number; lastPickedId?: string };
}

const backupFile = (data: FileData, now = Date.now()): string =>
  JSON.stringify({ format: 'tend-backup', formatVersion: 1, exportedAt: new Date(now).toISOString(), appVersion: '0.1.0', data: { practices: [], ...data } });

const chooseFile = (options: Page, name: string, text: string) =>
  options.locator('#data-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const messageText = async (options: Page) => (await options.getByTestId('data-message').textContent())?.trim() ?? '';

/** Chooses the file, waits for its preview, and merges it; returns once the page says how it went. */
async function mergeFile(options: Page, name: string, text: string): Promise<string> {
  await chooseFile(options, name, text);
  await options.getByTestId('import-counts').waitFor(STEP);
  await options.getByRole('button', { name: 'Merge into my data' }).click();
  await expect.poll(() => messageText(options), STEP).toMatch(/^(Imported|There is not enough|Tend could not)/);
  return messageText(options);
}

// --- tests ---------------------------------------------------------------------------------

describe('case 31: an import applies all or nothing', () => {
  it('case 31: while a large merge runs, the page shows its progress and every control is off; closing the page then leaves all or nothing', async () => {
    const tend = await launch();
    let options = await openOptions(tend);
    const now = Date.now();
    // 100,000 reads (3.7 MB, with short ids of items no longer in Tend, to stay under the 5 MB
    // limit): writing them takes long enough to close the page in the middle.
    const events = Array.from({ length: 100_000 }, (_, i) => ({ itemId: `r${i % 50}`, at: now - (i + 1) * 60_000 }));
    const file = backupFile({ items: [{ id: IDS[0]!, shownCount: 1, savedAt: now - DAY }], events, settings: { theme: 'dark', textSize: 'large' } }, now);

    await chooseFile(options, 'big.json', file);
    await options.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    await options.getByRole('button', { name: 'Merge into my data' }).click();

    // While it runs: progress, a message that is not "Nothing has changed yet", every control off.
    const progress = options.getByTestId('import-progress');
    await progress.waitFor(STEP);
    expect(await messageText(options)).toMatch(/^Importing “big\.json”… Keep this page open/);
    for (const name of ['Merge into my data', 'Cancel', 'Export my data', 'Clear all data…']) {
      expect(await options.getByRole('button', { name }).isDisabled(), name).toBe(true);
    }
    expect(await options.locator('#data-file').isDisabled()).toBe(true);
    // Some reads are written (the transaction is open), then the person closes the tab.
    await options.waitForFunction(() => Number(document.querySelector('progress')?.value ?? 0) > 0, undefined, { timeout: 30_000 });
    await options.close();

    options = await openOptions(tend);
    const reads = await countRows(options, 'events');
    const sync = await syncStorage(options);
    const settingsStored = sync['settings.theme'] === 'dark' && sync['settings.textSize'] === 'large';
    // All: every read and the file's settings. Nothing: no read, no setting. Never one without the other.
    const outcome = reads === events.length && settingsStored ? 'all' : reads === 0 && Object.keys(sync).length === 0 ? 'nothing' : 'partial';
    expect(outcome, `${reads} reads, sync ${JSON.stringify(sync)}`).not.toBe('partial');
    expect(Buffer.byteLength(file)).toBeLessThan(5_000_000);
    console.info(`case 31: the tab closed mid-import left ${outcome}`);
    // Either way the page is usable and says nothing is half-done.
    expect(await messageText(options)).toBe('');
  });
});

describe('case 32: a backup Tend wrote always imports', () => {
  it('case 32: a file with times 10 days ahead and a read of an id like markup imports; history shows that read as text', async () => {
    const tend = await launch();
    const options = await openOptions(tend);
    const now = Date.now();
    const odd = '<img src=x onerror="document.title=\'pwned\'">';
    const file = backupFile(
      {
        items: [
          { id: IDS[0]!, shownCount: 2, pickedAt: now + 10 * DAY, readAt: now + 10 * DAY },
          { id: odd, shownCount: 1, lastShownAt: 8.64e15, readAt: 8.64e15 },
        ],
        events: [
          { itemId: IDS[0]!, at: now + 10 * DAY },
          { itemId: odd, at: 8.64e15 },
        ],
        rotation: { cycleStartedAt: now + 10 * DAY, lastPickedId: IDS[0]! },
        settings: {},
      },
      now + 10 * DAY,
    );
    expect(await mergeFile(options, 'ahead.json', file)).toBe('Imported “ahead.json”. You now have 2 read.');

    const history = await ready(await tend.open('read-history.html'));
    await history.getByTestId('history').waitFor(STEP);
    const rows = history.locator('.history__entry');
    await expect.poll(() => rows.count(), STEP).toBe(2);
    const gone = history.locator('.history__entry', { hasText: 'No longer in Tend' });
    expect(await gone.getAttribute('data-item-id')).toBe(odd);
    expect(await history.locator('.history img').count()).toBe(0);
    expect(await history.title()).not.toBe('pwned');
    // Both reads are today (their future times became the time of the import), none "in the future".
    expect(await history.locator('.history h2').allTextContents()).toEqual(['Today']);
  });
});

describe('case 34: history with 100,000 reads', () => {
  it('case 34: lists one page of reads, "Show more" adds the next page, and the log counts every read of its weeks', async () => {
    const tend = await launch();
    const options = await openOptions(tend); // opens the database at its current version
    const now = Date.now();
    const reads = Array.from({ length: 100_000 }, (_, i) => ({ itemId: IDS[i % IDS.length]!, at: now - i * 60_000 }));
    await seedReads(options, reads);
    expect(await countRows(options, 'events')).toBe(100_000);

    const started = Date.now();
    const history = await ready(await tend.open('read-history.html'));
    const rows = history.locator('.history__entry');
    await history.getByTestId('history-more').waitFor({ timeout: 30_000 });
    const rendered = Date.now() - started;
    const sinceNavigation = await history.evaluate(() => Math.round(performance.now()));
    expect(await rows.count()).toBe(HISTORY_PAGE);
    expect(await history.getByTestId('history-more').textContent()).toContain(`Showing the newest ${HISTORY_PAGE} of 100,000 reads.`);
    // The newest read comes first.
    expect(await rows.first().getAttribute('data-item-id')).toBe(reads[0]!.itemId);

    const clicked = Date.now();
    await history.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2 * HISTORY_PAGE);
    const more = Date.now() - clicked;

    // The log's "this week" counts every read of this week, not only the listed ones.
    const timeZone = await history.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const thisWeek = readingLog(reads, () => undefined, now, timeZone).thisWeek;
    expect(thisWeek).toBeGreaterThan(2 * HISTORY_PAGE);
    expect(await history.getByTestId('this-week').textContent()).toBe(`You read ${thisWeek} things this week.`);
    console.info(`case 34: 100,000 reads: history listed its first page in ${rendered} ms (${sinceNavigation} ms by the page's clock); "Show more" took ${more} ms`);
  });
});

describe('case 36: concurrent settings changes', () => {
  it('case 36: theme changed in one options page and text size in another at the same moment: both survive, six rounds in six', async () => {
    const tend = await launch();
    const [first, second] = [await openOptions(tend), await openOptions(tend)];
    const radio = (page: Page, legend: string, label: string) =>
      page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: label, exact: true });
    const rounds = [
      ['Dark', 'dark', 'Large', 'large'],
      ['Light', 'light', 'Small', 'small'],
    ] as const;
    for (let round = 0; round < 6; round++) {
      const [themeLabel, theme, sizeLabel, textSize] = rounds[round % 2]!;
      await Promise.all([radio(first, 'Theme', themeLabel).check(), radio(second, 'Text size', sizeLabel).check()]);
      await expect
        .poll(() => syncStorage(first), { ...STEP, message: `round ${round + 1}` })
        .toEqual({ 'settings.theme': theme, 'settings.textSize': textSize });
      // And both pages show both changes.
      for (const page of [first, second]) {
        await expect.poll(() => radio(page, 'Theme', themeLabel).isChecked(), STEP).toBe(true);
        await expect.poll(() => radio(page, 'Text size', sizeLabel).isChecked(), STEP).toBe(true);
      }
    }
  });
});

describe('case 39: settings written only when they change', () => {
  it('case 39: with the sync write quota used up, a data-only import works, and one that would change settings changes nothing', async () => {
    const tend = await launch();
    const options = await openOptions(tend);
    await options.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect.poll(() => syncStorage(options), STEP).toEqual({ 'settings.theme': 'dark' });
    const now = Date.now();
    // What an export of these settings holds: every field, the theme dark.
    const settings = await options.evaluate(() => JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as Record<string, unknown>);
    const full = { ...settings, reminders: true, pauseReminder: { on: false, everyHours: 2, from: 9, to: 18 } };

    // Use up storage.sync's write quota (writes per minute) with writes to another key.
    const refused = await options.evaluate(async () => {
      for (let i = 0; i < 1_000; i++) {
        try {
          await chrome.storage.sync.set({ 'quota-filler': i });
        } catch (error) {
          return String(error);
        }
      }
      return 'never refused';
    });
    expect(refused).toMatch(/quota/i);

    const dataOnly = backupFile({ items: [{ id: IDS[0]!, shownCount: 1, savedAt: now - DAY }], events: [{ itemId: IDS[0]!, at: now - DAY }], settings: full }, now);
    expect(await mergeFile(options, 'data-only.json', dataOnly)).toMatch(/^Imported “data-only\.json”\. You now have 1 saved(, 1 read)?\.$/);
    expect(await countRows(options, 'items')).toBe(1);

    // A file that would change a setting cannot be written now: the data goes back as it was.
    const withSettings = backupFile({ items: [{ id: IDS[1]!, shownCount: 1, savedAt: now - DAY }], events: [], settings: { ...full, theme: 'light' } }, now);
    expect(await mergeFile(options, 'with-settings.json', withSettings)).toMatch(/^Tend could not finish the import\. Nothing was changed\./);
    expect(await countRows(options, 'items')).toBe(1);
    expect((await syncStorage(options))['settings.theme']).toBe('dark');
  });
});
