// What the visual tests do in a real Chromium page: fix the time, show a known item, seed the
// reading list and history, let the page settle, and take the screenshot to compare. Each shown
// item is put in place through the ways the other tests use: the prepared-item snapshot in
// localStorage (lib/newtab/snapshot.ts) and a backup file imported on the options page.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { compileCatalog } from '../../scripts/content/compile';
import { readContentFiles } from '../../scripts/content/files';
import { toCard } from '../../scripts/content/vite-plugin';
import type { Card } from '../../lib/content/types';
import { closePrepared, itemTitle, ready, type Tend, titleOf } from './harness';
import { compareScreenshot } from './visual';

/**
 * The time zone Chromium and Firefox run in (read from TZ when they start) and the moment every
 * page sees: a Thursday morning, so anything drawn by date or hour looks the same on every run.
 */
export const TIME_ZONE = 'Europe/London';
export const FIXED_TIME = new Date('2026-05-14T08:00:00+01:00');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Every card of the library, as the build compiles it. */
export const CARDS = compileCatalog(readContentFiles(path.resolve(import.meta.dirname, '../../content'))).map(toCard);

/** The catalog's card with this id; fails with what to change when the library no longer has it. */
export function card(id: string): Card {
  const found = CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`The visual tests show “${id}”, which is no longer in content/: pick another item in tests/e2e/visual.test.ts and rewrite the baselines (npm run screenshots)`);
  return found;
}

/** Fixes Date in every page opened from now on, and checks the browser runs in TIME_ZONE at 08:00. */
export async function fixTime(tend: Tend): Promise<void> {
  await tend.context.clock.setFixedTime(FIXED_TIME);
  const probe = await tend.open('help.html');
  const seen = await probe.evaluate(() => ({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, hour: new Date().getHours(), day: new Date().getDate() }));
  await probe.close();
  expect(seen, 'the page’s time zone and local time').toEqual({ zone: TIME_ZONE, hour: 8, day: 14 });
}

/** The catalog version this build stamps on its snapshots, read from the one a new tab left. */
export async function catalogVersion(tend: Tend): Promise<string> {
  const tab = await tend.openNewTab();
  const version = await tab.evaluate(() => (JSON.parse(localStorage.getItem('tend.current') ?? 'null') as { version?: string } | null)?.version);
  await closePrepared(tab);
  if (!version) throw new Error('The new tab left no snapshot with a catalog version in localStorage (tend.current)');
  return version;
}

/**
 * Opens a new tab showing `shown`: writes it as the prepared next item from `control` (another
 * Tend page, so the same localStorage), then opens the tab, which takes it.
 */
export async function openNewTabWith(tend: Tend, control: Page, version: string, shown: Card): Promise<Page> {
  await control.evaluate(
    ({ version, card }) => localStorage.setItem('tend.next', JSON.stringify({ version, card, marks: { saved: false, read: false } })),
    { version, card: shown },
  );
  const tab = await tend.openNewTab();
  expect(await titleOf(tab), 'the new tab shows the item the test prepared').toBe(shown.title);
  return tab;
}

/** Closes a new tab once it has prepared its next item (so that cannot overwrite the next seeded one). */
export const closeNewTab = closePrepared;

export interface BackupData {
  items: { id: string; shownCount: number; savedAt?: number; readAt?: number; lastShownAt?: number }[];
  events: { itemId: string; at: number }[];
}

/** Merges a backup file with these rows on the options page, as a person importing one would. */
export async function importBackup(tend: Tend, data: BackupData): Promise<void> {
  const options = await openOptions(tend);
  const file = JSON.stringify({
    format: 'tend-backup',
    formatVersion: 1,
    exportedAt: FIXED_TIME.toISOString(),
    appVersion: '0.1.0',
    data: { practices: [], settings: {}, ...data },
  });
  await options.locator('#data-file').setInputFiles({ name: 'visual.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await options.getByTestId('import-counts').waitFor();
  await options.getByRole('button', { name: 'Merge into my data' }).click();
  // Runs in a beforeAll, where expect.poll cannot: wait for the page's answer, then read it.
  const message = options.getByTestId('data-message');
  await message.filter({ hasText: /^\s*(Imported|There is not enough|Tend could not)/ }).waitFor();
  const said = (await message.textContent())?.trim() ?? '';
  if (!said.startsWith('Imported')) throw new Error(`The visual tests' backup did not import: ${said}`);
  await options.close();
}

/** The options page, once its settings and its data section are there. */
export async function openOptions(tend: Tend): Promise<Page> {
  const options = await ready(await tend.open('options.html'));
  await options.getByRole('button', { name: 'Export my data' }).and(options.locator(':enabled')).waitFor();
  return options;
}

/** Chooses a radio on the options page (e.g. the text size), and waits until it is stored. */
export async function setOption(tend: Tend, name: RegExp | string): Promise<void> {
  const options = await openOptions(tend);
  const radio = options.getByRole('radio', { name });
  await radio.check();
  // Pages apply settings from the copy in localStorage first: wait for it.
  await expect.poll(() => radio.isChecked()).toBe(true);
  await options.close();
}

/**
 * The same pixels every time: reduced motion (no transition is half-way), no pointer over
 * anything, every web font loaded (there are none today; the check stays true if one comes), no
 * animation still running, and two frames painted after that.
 */
export async function steady(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}

/** Sets the colour scheme and the viewport, then lets the page settle. */
export async function frame(page: Page, scheme: 'light' | 'dark', width: number, height: number): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width, height });
  await steady(page);
}

/** The viewport's screenshot (never the full page), with no caret and animations stopped. */
export const screenshot = (page: Page): Promise<Buffer> => page.screenshot({ animations: 'disabled', caret: 'hide' });

/** Compares the page as it is now with the baseline `name`; soft, so one run lists every difference. */
export async function expectLook(page: Page, name: string): Promise<void> {
  await steady(page);
  const result = compareScreenshot(await screenshot(page), name);
  expect.soft(result.pass, result.message).toBe(true);
}

/** The item title's element, once it shows `title`. */
export const waitForTitle = (page: Page, title: string) => expect.poll(() => itemTitle(page).textContent()).toBe(title);

/**
 * Firefox preferences for a steady look: the colour scheme pages see (0 dark, 1 light), reduced
 * motion, and no blinking caret.
 */
export const firefoxLook = (scheme: 'light' | 'dark'): Record<string, number> => ({
  'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
  'ui.prefersReducedMotion': 1,
  'ui.caretBlinkTime': -1,
});
