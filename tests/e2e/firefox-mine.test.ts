// Issue 17's personal-tip and note flows in a real Firefox ESR with the packaged extension: a tip
// written in options rotates in "only mine" mode, shown as text and as yours; a note added in the
// reading list is shown there and found by its search. Firefox opens an extension page only from
// its command line, so each page is a restart on the same profile (see tests/e2e/firefox.test.ts).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildFirefoxPackage, closeAll, createProfile, findFirefox, launchFirefox, takeAudit, type Firefox, type FirefoxPackage } from './firefox-harness';

const READY = 'html[data-tend-ready]';
const LAUNCH_TIMEOUT = 120_000;
const TIP = '<b>Mine</b> **as typed**';

let firefoxPath: string;
let pkg: FirefoxPackage | undefined;
let profile: string;
let firefox: Firefox | undefined;

async function open(page: string): Promise<Page> {
  await firefox?.close();
  firefox = await launchFirefox(firefoxPath, profile, page);
  await firefox.page.waitForSelector(READY);
  return firefox.page;
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');

beforeAll(() => {
  firefoxPath = findFirefox();
  pkg = buildFirefoxPackage();
  profile = createProfile(pkg.xpi);
}, 180_000);

afterAll(async () => {
  await closeAll();
  pkg?.remove();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

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
  }, LAUNCH_TIMEOUT * 2);

  it('a note added in the reading list is shown there and found by its search', async () => {
    const tab = firefox!.page;
    await tab.waitForSelector(READY);
    const save = await tab.waitForFunction(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save'));
    await save.asElement()!.evaluate((b) => (b as HTMLButtonElement).click());
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
    expect(takeAudit().errors ?? []).toEqual([]);
  }, LAUNCH_TIMEOUT * 2);
});
