// A new tab that is only looked at (issue 6): the background records the view and prepares the
// next item, the page loads no database, catalog or settings code, and it goes live, losing
// nothing, when the person acts or its item changes elsewhere.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { criticalFiles } from '../../scripts/bench/bytes.mjs';
import { closeAndAudit, closePrepared, entry, launch, LIVE_TIMEOUT, saveButton, titleOf, type Tend } from './harness';

afterEach(closeAndAudit);

const LIVE = 'html[data-tend-ready]';

/**
 * A still new tab (a first tab has prepared its item), once the background has recorded it, and
 * the files it loaded (from the first request on).
 */
async function stillTab(): Promise<{ tend: Tend; tab: Page; loaded: string[] }> {
  const tend = await launch();
  await closePrepared(await tend.openNewTab()); // a first run picks live, and prepares the next item
  const loaded: string[] = [];
  tend.context.once('page', (page) => page.on('request', (request) => loaded.push(request.url().split('/').pop() ?? '')));
  const tab = await tend.openStillTab();
  expect(await tab.locator(LIVE).count(), 'the live page loaded with nobody acting').toBe(0);
  return { tend, tab, loaded };
}

const pressed = (page: Page) => saveButton(page).getAttribute('aria-pressed');

/** The view's record, read straight from IndexedDB in the page. */
const shownCount = (page: Page, title: string) =>
  page.evaluate(
    (wanted) =>
      new Promise<number | undefined>((resolve, reject) => {
        const id = (JSON.parse(localStorage.getItem('tend.current') ?? 'null') as { card: { id: string; title: string } } | null)?.card;
        if (id?.title !== wanted) return reject(new Error(`tend.current is ${id?.title}, not ${wanted}`));
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('items').objectStore('items').get(id.id);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { shownCount?: number } | undefined)?.shownCount);
          };
        };
      }),
    title,
  );

describe('a new tab that is only looked at', () => {
  it('has its view recorded and the next item prepared by the background, with no database, catalog or settings code in the page', async () => {
    const { tab, loaded } = await stillTab();
    const title = await titleOf(tab);
    expect(loaded.filter((name) => name.startsWith('newtab-')), 'the check sees what the tab loads').toHaveLength(1);
    // Nothing but what its first paint needs: the database, the catalog and the settings are in
    // the live page's files.
    const { js, css } = criticalFiles(inject('extensionDir'), 'newtab.html');
    const firstPaint = new Set([...js, ...css].map((file) => file.split('/').pop()));
    expect(loaded.filter((name) => /\.(js|css)$/.test(name) && !firstPaint.has(name))).toEqual([]);
    const next = await tab.evaluate(() => (JSON.parse(localStorage.getItem('tend.next') ?? 'null') as { card: { title: string } } | null)?.card.title);
    expect(next, 'no next item prepared').toBeTruthy();
    expect(next).not.toBe(title);
    expect(await shownCount(tab, title)).toBe(1);
  });

  it('keeps a Save clicked before its live page loaded, on the same item, and records the view once', async () => {
    const { tend, tab } = await stillTab();
    const title = await titleOf(tab);
    await saveButton(tab).click(); // the mouse arrives and clicks at once: the click is held, then replayed
    await expect.poll(() => pressed(tab), { timeout: LIVE_TIMEOUT }).toBe('true');
    expect(await titleOf(tab)).toBe(title);
    const list = await tend.openReadingList();
    await entry(list, title).waitFor();
    expect(await shownCount(tab, title)).toBe(1);
  });

  it('keeps a click whose button went down before its live page loaded and came up after', async () => {
    const { tend, tab } = await stillTab();
    const box = await saveButton(tab).boundingBox();
    if (!box) throw new Error('the Save button is not on screen');
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2); // intent: the live page loads
    await tab.mouse.down();
    // Once its module has run, a live page that did not wait for the button to come up would
    // replace the one under it here, and the click would never happen.
    const chunk = readdirSync(`${inject('extensionDir')}/chunks`).find((name) => name.startsWith('live-'));
    expect(chunk, 'the live page has a chunk of its own').toBeTruthy();
    // (A string: Vitest would rewrite an `import()` written in a function.)
    await tab.evaluate(`import(${JSON.stringify(tend.url(`chunks/${chunk}`))}).then(() => undefined)`);
    await tab.mouse.up();
    await expect.poll(() => pressed(tab), { timeout: LIVE_TIMEOUT }).toBe('true');
  });

  it('keeps a shortcut pressed before its live page loaded (S saves)', async () => {
    const { tab } = await stillTab();
    await tab.keyboard.press('s');
    await expect.poll(() => pressed(tab), { timeout: LIVE_TIMEOUT }).toBe('true');
  });

  it('shows that its item is saved and read, from what the background read, with nobody acting', async () => {
    const tend = await launch();
    const first = await tend.openNewTab();
    const title = await titleOf(first);
    await saveButton(first).click();
    await first.getByRole('button', { name: /^Mark as read/ }).click();
    await expect.poll(() => pressed(first)).toBe('true');
    const options = await tend.open('options.html');
    await options.getByRole('radio', { name: 'Every hour' }).check(); // the next tab keeps this item
    await options.getByText('Saved. Every open Tend page follows.').waitFor({ state: 'attached' });
    await closePrepared(first);

    const tab = await tend.openStillTab();
    expect(await titleOf(tab)).toBe(title);
    expect(await pressed(tab)).toBe('true');
    expect(await tab.getByRole('button', { name: /^Mark as read/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await tab.locator(LIVE).count(), 'the live page loaded with nobody acting').toBe(0);
  });

  it('case 10: a save in the popup shows on it within a second, without a reload', async () => {
    const { tend, tab } = await stillTab();
    await tab.evaluate(() => {
      (window as Window & { tendMarker?: boolean }).tendMarker = true;
    });
    const popup = await tend.openPopup();
    const title = await titleOf(tab);
    expect(await titleOf(popup)).toBe(title);
    await saveButton(popup).click();
    await expect.poll(() => pressed(tab), { timeout: LIVE_TIMEOUT, interval: 50, message: `“${title}” saved on the still tab` }).toBe('true');
    expect(await tab.evaluate(() => (window as Window & { tendMarker?: boolean }).tendMarker)).toBe(true);
  });

  it('follows a theme changed in the options', async () => {
    const { tend, tab } = await stillTab();
    const options = await tend.open('options.html');
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: LIVE_TIMEOUT }).toBe('dark');
  });
});
