// Options, data and explore in a real Chromium with the built extension: topics, cadence and theme
// followed by open pages without a reload; export → clear → import restoring exactly what was
// there; a malformed import refused with its reason and nothing changed; explore's search and its
// link to the item's page. After every test, the audit: no request left the machine and no
// extension page logged an error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { compileCatalog } from '../../scripts/content/compile';
import { readContentFiles } from '../../scripts/content/files';
import { TOPICS, type CatalogItem, type TopicId } from '../../lib/content/types';
import { closeAndAudit, closePrepared, isOn, itemTitle, launch, LIVE_TIMEOUT, markButton, moveOn, nextButton, ready, saveButton, type Tend, titleOf } from './harness';

/** How long a page may take to finish its own step (a save, an import); a loaded machine is slow. */
const STEP = { timeout: 5_000 };

/** The library as the build compiles it, to know an item's id and topics from its title. */
const CATALOG: readonly CatalogItem[] = compileCatalog(readContentFiles(path.resolve(import.meta.dirname, '../../content')));
const byTitle = new Map(CATALOG.map((item) => [item.title, item]));
const topicsOf = (title: string): readonly TopicId[] => {
  const item = byTitle.get(title);
  if (!item) throw new Error(`No item in content/ has the title “${title}”`);
  return item.topics;
};

afterEach(closeAndAudit);

// --- helpers -------------------------------------------------------------------------------

/** The options page, once its settings are on screen and its storage is open (data section works). */
async function openOptions(tend: Tend): Promise<Page> {
  const options = await tend.open('options.html');
  await options.getByRole('group', { name: 'Topics' }).waitFor();
  return ready(options);
}

/**
 * The settings as the last write left them: every page keeps a copy in localStorage (see
 * lib/settings/mirror.ts), written right after storage.sync. Waiting on it is waiting for "saved".
 */
const storedSettings = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as Record<string, unknown>);

/** A radio of the options group `legend`; a string label matches the whole label ("Large", not "Extra large"). */
const radio = (options: Page, legend: string, label: string | RegExp) =>
  options.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: label, exact: typeof label === 'string' });

/** Picks a radio in the options group `legend` and waits until the choice is saved. */
async function choose(options: Page, legend: string, label: string | RegExp, saved: Record<string, unknown>): Promise<void> {
  await radio(options, legend, label).check();
  await expect.poll(() => storedSettings(options), { ...STEP, message: `saving ${JSON.stringify(saved)}` }).toMatchObject(saved);
}


/** A mark on the page's window: still there later means the page was not reloaded. */
const markWindow = (page: Page) => page.evaluate(() => void ((window as Window & { tendMarker?: boolean }).tendMarker = true));
const stillMarked = (page: Page) => page.evaluate(() => (window as Window & { tendMarker?: boolean }).tendMarker === true);

/** The meta line ("Tip · Saying no") of the item on a new tab. */
const metaOf = async (tab: Page): Promise<string> => (await tab.locator('article.item .item__meta').textContent())?.trim() ?? '';

interface ListEntry {
  id: string;
  title: string;
  read: boolean;
}

/** What the reading list shows, in its order: each entry's id, title and read state. */
async function readingList(list: Page): Promise<ListEntry[]> {
  const empty = list.getByTestId('reading-list-empty');
  if (await empty.isVisible()) return [];
  return list
    .getByTestId('reading-list')
    .locator('[data-item-id]')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        id: (row as HTMLElement).dataset.itemId ?? '',
        title: row.querySelector('.entry__title')?.textContent?.trim() ?? '',
        read: row.classList.contains('entry--read'),
      })),
    );
}

interface Exported {
  name: string;
  text: string;
  json: {
    format: unknown;
    formatVersion: unknown;
    exportedAt: unknown;
    appVersion: unknown;
    data: { items: { id: string; savedAt?: number; readAt?: number }[]; events: unknown[]; settings: Record<string, unknown> };
  };
}

/** Presses "Export my data" and reads the file the browser downloads. */
async function exportData(options: Page): Promise<Exported> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) as Exported['json'] };
}

const dataMessage = (options: Page) => options.getByTestId('data-message');
const messageText = async (options: Page) => (await dataMessage(options).textContent())?.trim() ?? '';

/** On a new tab: saves the item shown (and marks it read if asked); returns its title. */
async function saveShown(tab: Page, { read = false } = {}): Promise<string> {
  const title = await titleOf(tab);
  await saveButton(tab).click();
  await expect.poll(() => isOn(saveButton(tab)), STEP).toBe(true);
  if (read) {
    const mark = markButton(tab);
    await mark.click();
    await expect.poll(() => isOn(mark), STEP).toBe(true);
  }
  return title;
}

// --- tests ---------------------------------------------------------------------------------

describe('options followed live by open pages', () => {
  // "Saying no" is never a second topic of an item, so every item it allows names it in its meta
  // line (which shows an item's first topic). The first assertion keeps that premise honest.
  const KEPT: TopicId = 'boundaries';
  const keptName = TOPICS.find((t) => t.id === KEPT)!.name;

  it('turning off every topic but one moves an open new tab to that topic without a reload, and Next stays in it', async () => {
    expect(CATALOG.filter((item) => item.topics.includes(KEPT) && item.topics[0] !== KEPT).map((i) => i.id)).toEqual([]);

    const tend = await launch();
    // The second tab paints an item prepared by the first, as most new tabs do.
    await closePrepared(await tend.openNewTab());
    const tab = await tend.openNewTab();
    await markWindow(tab);

    const options = await openOptions(tend);
    for (const topic of TOPICS) {
      if (topic.id === KEPT) continue;
      await options.getByRole('checkbox', { name: topic.name, exact: true }).uncheck();
      // One change at a time, as a person makes them: each is saved before the next click.
      await expect.poll(async () => (await storedSettings(options)).topics, STEP).not.toContain(topic.id);
    }
    expect((await storedSettings(options)).topics).toEqual([KEPT]);
    // The last topic cannot be turned off, and the page says why.
    expect(await options.getByRole('checkbox', { name: keptName, exact: true }).isDisabled()).toBe(true);
    expect(await options.getByText('At least one topic stays on.').isVisible()).toBe(true);

    await expect.poll(() => metaOf(tab), { timeout: LIVE_TIMEOUT, message: 'the open new tab’s meta line' }).toContain(keptName);
    expect(topicsOf(await titleOf(tab))).toContain(KEPT);

    const titles = [await titleOf(tab)];
    for (let i = 0; i < 5; i++) {
      const title = await moveOn(tab, () => nextButton(tab).click());
      titles.push(title);
      expect(await metaOf(tab), title).toContain(keptName);
      expect(topicsOf(title), title).toContain(KEPT);
    }
    expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
    expect(await stillMarked(tab), 'the new tab was not reloaded').toBe(true);
  });

  it('“Once a day” keeps the same item on new tabs opened in a row; “Every new tab” changes it again', async () => {
    const tend = await launch();
    const options = await openOptions(tend);
    // Both tabs open on the same calendar day (a run across midnight would rightly differ).
    await choose(options, 'A new item', /^Once a day/, { cadence: 'daily' });

    const first = await titleOf(await tend.openNewTab());
    const second = await titleOf(await tend.openNewTab());
    expect(first).not.toBe('');
    expect(second).toBe(first);

    await choose(options, 'A new item', 'Every new tab', { cadence: 'every-tab' });
    const third = await titleOf(await tend.openNewTab());
    expect(third).not.toBe('');
    expect(third).not.toBe(first);
  });

  it('choosing Dark in options turns an open new tab dark (data-theme and background) without a reload', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await tab.emulateMedia({ colorScheme: 'light' });
    await markWindow(tab);
    const background = () => tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    /** The mean of the colour's red, green and blue, 0–255. */
    const lightness = (css: string) => {
      const channels = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      expect(channels, css).toHaveLength(3);
      return channels.reduce((a, b) => a + b, 0) / 3;
    };

    const before = await background();
    expect(await tab.locator('html').getAttribute('data-theme')).toBeNull();
    expect(lightness(before), before).toBeGreaterThan(200);

    const options = await openOptions(tend);
    await choose(options, 'Theme', 'Dark', { theme: 'dark' });

    await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: LIVE_TIMEOUT }).toBe('dark');
    await expect.poll(background, { timeout: LIVE_TIMEOUT }).not.toBe(before);
    const after = await background();
    expect(lightness(after), after).toBeLessThan(60);
    expect(await stillMarked(tab), 'the new tab was not reloaded').toBe(true);
  });
});

describe('your data', () => {
  it('export, clear all, then import (merge) restores exactly the saved items, read state and settings', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const kept = await saveShown(tab);
    await moveOn(tab, () => nextButton(tab).click());
    const read = await saveShown(tab, { read: true });
    // Nothing may change the data from here on but the steps under test.
    await tab.close();

    const options = await openOptions(tend);
    await choose(options, 'Theme', 'Dark', { theme: 'dark' });
    await choose(options, 'Text size', 'Large', { textSize: 'large' });
    await choose(options, 'A new item', 'Every hour', { cadence: 'hourly' });

    const list = await tend.openReadingList();
    const before = await readingList(list);
    expect(before.map((e) => [e.title, e.read]).sort()).toEqual(
      [
        [kept, false],
        [read, true],
      ].sort(),
    );
    expect(await list.getByTestId('reading-list-count').textContent()).toBe('What you saved, waiting for a good moment. 1 to read, 1 read.');

    // Export.
    const exported = await exportData(options);
    expect(exported.name).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const { json } = exported;
    expect(json).toHaveProperty('format', 'tend-backup');
    expect(json).toHaveProperty('formatVersion', 2);
    expect(typeof json.exportedAt === 'string' && !Number.isNaN(Date.parse(json.exportedAt)), String(json.exportedAt)).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(inject('extensionDir'), 'manifest.json'), 'utf8')) as { version: string };
    expect(json).toHaveProperty('appVersion', manifest.version);
    expect(json.data.items.filter((i) => i.savedAt !== undefined).map((i) => i.id).sort()).toEqual(before.map((e) => e.id).sort());
    expect(json.data.settings).toMatchObject({ theme: 'dark', textSize: 'large', cadence: 'hourly' });
    await expect.poll(() => messageText(options), STEP).toMatch(/^Exported 2 saved, 1 read, your settings to tend-backup-/);

    // Clear all data, confirmed in the dialog.
    await options.getByRole('button', { name: 'Clear all data…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Clear all your Tend data?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Clear all data', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => messageText(options), STEP).toContain('All your Tend data was cleared');
    await list.getByTestId('reading-list-empty').waitFor({ timeout: LIVE_TIMEOUT });
    expect(await readingList(list)).toEqual([]);
    await expect.poll(() => radio(options, 'Theme', 'Match my system').isChecked(), STEP).toBe(true);
    expect(await radio(options, 'A new item', 'Every new tab').isChecked()).toBe(true);

    // Import the downloaded file: first a preview, nothing changed yet.
    await options.locator('#data-file').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    const counts = options.getByTestId('import-counts');
    await counts.waitFor();
    const countLines = await counts.locator('li').allTextContents();
    expect(countLines).toEqual(['In the file: 2 saved, 1 read, your settings', 'After merging: 2 saved, 1 read', 'Your settings will change']);
    expect(await options.getByText(`by Tend ${manifest.version}`).isVisible()).toBe(true);
    await expect.poll(() => messageText(options), STEP).toContain('Nothing has changed yet');
    expect(await readingList(list)).toEqual([]);
    expect(await radio(options, 'How to import', /^Merge/).isChecked()).toBe(true);

    await options.getByRole('button', { name: 'Merge into my data' }).click();
    await expect
      .poll(() => messageText(options), STEP)
      .toBe(`Imported “${exported.name}”. You now have 2 saved, 1 read. Your settings were updated.`);
    await counts.waitFor({ state: 'detached' });

    // The reading list (open all along) shows exactly what it showed before, read state included.
    await expect.poll(() => readingList(list), { timeout: LIVE_TIMEOUT }).toEqual(before);
    expect(await list.getByTestId('reading-list-count').textContent()).toBe('What you saved, waiting for a good moment. 1 to read, 1 read.');
    // The settings changed before the export are back, on the page and in storage.
    await expect.poll(() => radio(options, 'Theme', 'Dark').isChecked(), STEP).toBe(true);
    expect(await radio(options, 'Text size', 'Large').isChecked()).toBe(true);
    expect(await radio(options, 'A new item', 'Every hour').isChecked()).toBe(true);
    expect(await options.locator('html').getAttribute('data-theme')).toBe('dark');

    // And a second export holds exactly the same data as the first.
    const again = await exportData(options);
    expect(again.json.data).toEqual(json.data);
  });

  it('every kind of refused file gets its own plain message beside the import control, saying what to do, and changes nothing', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await saveShown(tab);
    await moveOn(tab, () => nextButton(tab).click());
    await saveShown(tab, { read: true });
    await tab.close();

    const options = await openOptions(tend);
    await choose(options, 'Theme', 'Dark', { theme: 'dark' });
    const list = await tend.openReadingList();
    const before = await readingList(list);
    expect(before).toHaveLength(2);
    const exportedBefore = await exportData(options);
    const good = exportedBefore.json;
    const withData = (data: object) => JSON.stringify({ ...good, data: { ...good.data, ...data } });

    const CHOOSE = 'Choose the file that “Export my data” made: its name starts with tend-backup and ends with .json.';
    const DAMAGED = 'Export again in the browser it came from, or choose another backup.';
    const NOTHING = 'Nothing was changed.';
    const refused: [string, string, string][] = [
      ['notes.txt', 'These are my notes, not a backup.\n', `This file is not a Tend backup. It may be damaged, or another kind of file. ${CHOOSE} ${NOTHING}`],
      ['list.json', '[1, 2, 3]', `This file is not a Tend backup. It holds no Tend data. ${CHOOSE} ${NOTHING}`],
      ['other.json', JSON.stringify({ ...good, format: 'something-else' }), `This file is not a Tend backup. It was made by another program, or by hand. ${CHOOSE} ${NOTHING}`],
      ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, `This file is not a Tend backup. It is nested far too deeply. ${CHOOSE} ${NOTHING}`],
      [
        'newer.json',
        JSON.stringify({ ...good, formatVersion: 3 }),
        `This backup was made by a newer version of Tend (format version 3). Update Tend in your browser’s extensions page, then import it again. ${NOTHING}`,
      ],
      ['version.json', JSON.stringify({ ...good, formatVersion: '1' }), `This backup is damaged (formatVersion should be 2), so Tend cannot read it. ${DAMAGED} ${NOTHING}`],
      ['items.json', withData({ items: 'many' }), `This backup is damaged (items should be a list), so Tend cannot read it. ${DAMAGED} ${NOTHING}`],
      [
        'twice.json',
        withData({ items: [...good.data.items, good.data.items[0]] }),
        `This backup is damaged (items[${good.data.items.length}].id “${good.data.items[0]!.id}” appears twice), so Tend cannot read it. ${DAMAGED} ${NOTHING}`,
      ],
    ];
    const escape = (text: string) => text.replace(/[.()]/g, '\\$&');
    const matched: [string, string, RegExp][] = [
      ['settings.json', withData({ settings: { theme: 'neon' } }), new RegExp(`^The settings in this backup cannot be used \\(theme: .+\\)\\. ${escape(DAMAGED)} ${NOTHING}$`)],
      ['huge.json', `{"pad": "${'x'.repeat(5_100_000)}"}`, new RegExp(`^This file is too large to be a Tend backup \\(the limit is 5 MB\\)\\. ${escape(CHOOSE)} ${NOTHING}$`)],
    ];

    // Each message differs from the one before it, so waiting for it is waiting for that file's answer.
    for (const [name, text, expected] of [...refused, ...matched]) {
      await options.locator('#data-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      if (typeof expected === 'string') await expect.poll(() => messageText(options), { ...STEP, message: name }).toBe(expected);
      else await expect.poll(() => messageText(options), { ...STEP, message: name }).toMatch(expected);
      expect(await dataMessage(options).getAttribute('class'), name).toContain('data__message--error');
      // Beside the import control: in the same row as the file input, not at the foot of the page.
      expect(await dataMessage(options).evaluate((p) => p.closest('.set-row')?.querySelector('#data-file') !== null), name).toBe(true);
      expect(await options.getByTestId('import-counts').count(), `no preview of ${name}`).toBe(0);
    }

    // Nothing changed: the reading list, the settings, and everything an export holds.
    expect(await readingList(list)).toEqual(before);
    expect(await radio(options, 'Theme', 'Dark').isChecked()).toBe(true);
    expect(await storedSettings(options)).toMatchObject({ theme: 'dark' });
    const exportedAfter = await exportData(options);
    expect(exportedAfter.json.data).toEqual(exportedBefore.json.data);
  });
});

describe('reset to defaults', () => {
  it('asks first; Cancel changes nothing; confirmed, every setting is back to its default and saved items stay', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const kept = await saveShown(tab);
    await tab.close();

    const options = await openOptions(tend);
    await choose(options, 'Theme', 'Dark', { theme: 'dark' });
    await choose(options, 'Text size', 'Large', { textSize: 'large' });
    await choose(options, 'A new item', 'Once a day', { cadence: 'daily' });
    await options.getByRole('checkbox', { name: TOPICS[0]!.name, exact: true }).uncheck();
    await expect.poll(async () => (await storedSettings(options)).topics, STEP).not.toContain(TOPICS[0]!.id);

    const reset = options.getByRole('button', { name: 'Reset to defaults…' });
    const question = options.getByRole('dialog', { name: 'Reset every setting?' });
    await reset.click();
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await storedSettings(options)).toMatchObject({ theme: 'dark', textSize: 'large', cadence: 'daily' });

    await reset.click();
    await question.getByRole('button', { name: 'Reset settings' }).click();
    await question.waitFor({ state: 'hidden' });
    await expect.poll(() => radio(options, 'Theme', 'Match my system').isChecked(), STEP).toBe(true);
    expect(await radio(options, 'Text size', 'Medium').isChecked()).toBe(true);
    expect(await radio(options, 'A new item', 'Every new tab').isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: TOPICS[0]!.name, exact: true }).isChecked()).toBe(true);
    await expect.poll(() => storedSettings(options), STEP).toMatchObject({ theme: 'system', textSize: 'medium', cadence: 'every-tab', topics: TOPICS.map((t) => t.id) });
    expect(await options.locator('html').getAttribute('data-theme')).toBeNull();

    const list = await tend.openReadingList();
    expect((await readingList(list)).map((e) => e.title)).toEqual([kept]);
  });
});

describe('explore', () => {
  const ID = 'boundaries-resentment-clue';
  const WORD = 'resentment';

  it('search finds an item by a word of its title, marks the word, and its link opens the item’s page', async () => {
    const item = CATALOG.find((i) => i.id === ID);
    expect(item, `content/ has ${ID}`).toBeDefined();
    const title = item!.title;
    expect(title.toLowerCase()).toContain(WORD);

    const tend = await launch();
    const explore = await ready(await tend.open('explore.html'));
    await explore.getByRole('searchbox', { name: 'Search the library' }).fill(WORD);

    const results = explore.getByTestId('item-list').locator('[data-item-id]');
    const row = explore.getByTestId('item-list').locator(`[data-item-id="${ID}"]`);
    await row.waitFor();
    // A title match ranks first.
    expect(await results.first().getAttribute('data-item-id')).toBe(ID);
    await expect.poll(() => explore.getByRole('search').getByRole('status').textContent(), STEP).toMatch(new RegExp(`found for “${WORD}”$`));

    const link = row.getByRole('link');
    expect((await link.textContent())?.trim()).toBe(title);
    const marked = await link.locator('mark').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual([WORD]);

    await link.click();
    // The item page's address also says it came from Explore (for its way back).
    await explore.waitForURL((url) => url.href.startsWith(tend.url(`article.html?id=${ID}&from=explore`)));
    await itemTitle(explore).waitFor();
    expect(await titleOf(explore)).toBe(title);
    await ready(explore);
  });
});
