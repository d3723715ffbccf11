// Several pages writing at once (reliability cases 9 and 10), in one real Chromium: three new tabs
// and the popup save and move on at the same moment, and the reading list ends with exactly what
// they saved; a save in the popup shows on an open new tab within a second, without a reload.
// After every test, the audit: no request left the machine and no extension page logged an error.
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { closeAndAudit, isOn, launch, moveOn, nextButton, saveButton, titleOf } from './harness';

/** Items each page saves; four pages make 24 writes of each kind racing each other. */
const ROUNDS = 6;

/** Case 10: how long a save in one page may take to show in another. */
const LIVE_TIMEOUT = 1_000;

afterEach(closeAndAudit);

const pressed = (page: Page) => isOn(saveButton(page));

interface Run {
  /** Every item the page showed, in order. */
  shown: string[];
  /** The items it saved (read from the page before clicking Save). */
  saved: string[];
}

/** Saves the item on screen and moves on, `rounds` times, as fast as the page allows. */
async function saveAndMoveOn(page: Page, rounds: number): Promise<Run> {
  const run: Run = { shown: [], saved: [] };
  for (let i = 0; i < rounds; i++) {
    const title = await titleOf(page);
    run.shown.push(title);
    await saveButton(page).click();
    await expect.poll(() => pressed(page), { timeout: 5_000, message: `saving “${title}”` }).toBe(true);
    run.saved.push(title);
    await moveOn(page, () => nextButton(page).click());
  }
  run.shown.push(await titleOf(page));
  return run;
}

it('case 9: three new tabs and the popup saving and moving on at once leave exactly what they saved, once each', async () => {
  const tend = await launch();
  // The popup first: opened after a new tab it would repeat that tab's item (it shows the last one
  // seen), and two pages toggling one item's Save would undo each other. Opened first, it picks its
  // own, and every page after takes a different one.
  const pages = [await tend.openPopup()];
  for (let i = 0; i < 3; i++) pages.push(await tend.openNewTab());

  const runs = await Promise.all(pages.map((page) => saveAndMoveOn(page, ROUNDS)));

  // The rotation hands each item to one page only, even to pages asking at the same moment.
  const shown = runs.flatMap((r) => r.shown);
  expect(new Set(shown).size, shown.join(' | ')).toBe(shown.length);

  const expected = runs.flatMap((r) => r.saved).sort();
  expect(expected).toHaveLength(4 * ROUNDS);
  for (const page of pages) {
    expect(await page.getByText(/could not be saved/).count(), `an error message on ${page.url()}`).toBe(0);
  }

  const list = await tend.openReadingList();
  const titles = list.getByTestId('reading-list').getByRole('heading', { level: 2 });
  await expect.poll(() => titles.count()).toBe(expected.length);
  expect((await titles.allTextContents()).map((t) => t.trim()).sort()).toEqual(expected);
  expect(await list.getByTestId('reading-list-count').textContent()).toBe(`What you saved, waiting for a good moment. ${expected.length} to read, 0 read.`);
});

it('case 10: a save in the popup shows on an open new tab with the same item within a second, without a reload', async () => {
  const tend = await launch();
  const tab = await tend.openNewTab();
  await tab.evaluate(() => {
    (window as Window & { tendMarker?: boolean }).tendMarker = true;
  });
  // Opened after the new tab, the popup shows the item the tab shows.
  const popup = await tend.openPopup();
  const title = await titleOf(tab);
  expect(await titleOf(popup)).toBe(title);
  expect(await pressed(tab)).toBe(false);

  await saveButton(popup).click();

  await expect.poll(() => pressed(tab), { timeout: LIVE_TIMEOUT, interval: 50, message: `“${title}” saved on the new tab` }).toBe(true);
  expect(await titleOf(tab)).toBe(title);
  expect(await tab.evaluate(() => (window as Window & { tendMarker?: boolean }).tendMarker)).toBe(true);
});
