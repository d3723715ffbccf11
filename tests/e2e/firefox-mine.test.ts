// Issue 17's personal-tip and note flows in a real Firefox ESR with the packaged extension: a tip
// written in options rotates in "only mine" mode, shown as text and as yours; a note added in the
// reading list is shown there and found by its search. Firefox opens an extension page only from
// its command line, so each page is a restart on the same profile (tests/e2e/firefox-session.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { takeAudit } from './firefox-harness';
import { button, firefoxSession, LAUNCH_TIMEOUT, READY } from './firefox-session';

const TIP = '<b>Mine</b> **as typed**';

const session = firefoxSession();

async function open(page: string): Promise<Page> {
  const { page: opened } = await session.open(page);
  await opened.waitForSelector(READY);
  return opened;
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');

describe('your tips and notes in Firefox ESR', () => {
  it('case 42: a tip written in options appears on the new tab in "only mine" mode, as text and as yours', async () => {
    const options = await open('options.html');
    // A fresh profile's first new tab would welcome (lib/welcome): this test is about the item.
    await options.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ welcome: 'done' }));
    await options.waitForSelector('#new-tip-text');
    await options.type('#new-tip-text', TIP);
    await options.click('form[aria-label="Add a tip"] button[type="submit"]');
    await options.waitForSelector('[data-testid="my-tips"]');
    await options.click('input[name="my-tips"][value="only"]');
    await options.waitForFunction(() => localStorage.getItem('tend.settings')?.includes('"myTips":"only"'));

    const tab = await open('newtab.html');
    await tab.waitForFunction((text: string) => document.querySelector('article.item .item__summary')?.textContent?.trim() === text, {}, TIP);
    expect(await textOf(tab, 'article.item .item__meta')).toBe('Your tip');
    expect(await tab.$$eval('article.item b, article.item strong', (els) => els.length)).toBe(0);

    const popup = await open('popup.html');
    await popup.waitForFunction((text: string) => document.querySelector('article.item .item__summary')?.textContent?.trim() === text, {}, TIP);
    expect(await textOf(popup, 'article.item .item__meta')).toBe('Your tip');
  }, LAUNCH_TIMEOUT * 3);

  it('a note added in the reading list is shown there and found by its search', async () => {
    const tab = await open('newtab.html');
    await (await button(tab, 'Save')).evaluate((b) => b.click());
    await tab.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Saved'));

    const list = await open('reading-list.html');
    await list.waitForSelector('[data-testid="reading-list"] [data-item-id]');
    // "Add a note" is in the row's ··· menu: open it, then choose the line.
    await list.click('[data-testid="reading-list"] [data-item-id] button[aria-label^="More for"]');
    await list.waitForSelector('.menu:popover-open');
    await list.click('.menu:popover-open button');
    await list.waitForSelector('.note textarea');
    await list.type('.note textarea', 'okapi on Fridays');
    await list.click('.note button[type="submit"]');
    await list.waitForFunction(() => document.querySelector('[data-testid="note"]')?.textContent === 'Your note: okapi on Fridays');
    await list.type('#reading-list-search', 'okapi');
    await list.waitForFunction(() => document.querySelectorAll('[data-testid="reading-list"] [data-item-id]').length === 1);
  }, LAUNCH_TIMEOUT * 2);

  it('case 48: with sync on, the background publishes your tip and note to storage.sync', async () => {
    const options = await open('options.html');
    await options.waitForSelector('[data-testid="sync-status"]');
    await options.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((s) => s.labels?.[0]?.textContent?.includes('Sync my saved items'))?.click(),
    );
    // The options page only turns the switch; the round that writes is the background's.
    await options.waitForFunction(
      (tip: string) =>
        (globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).browser.storage.sync
          .get(null)
          .then((all) => JSON.stringify(all).includes(JSON.stringify(tip).slice(1, -1)) && JSON.stringify(all).includes('okapi on Fridays')),
      { timeout: 20_000, polling: 250 },
      TIP,
    );
    expect(takeAudit().errors ?? []).toEqual([]);
  }, LAUNCH_TIMEOUT * 2);
});
