// The packaged extension in a real Firefox ESR: the new tab, moving on, saving for later across a
// restart, a clean console, and Mozilla's own linter on the package.
//
// The tests share one browser session and run in order: the first launch installs the package on
// a fresh profile (the slow part), the save test restarts Firefox on that profile, and the console
// test audits everything the session did. See tests/e2e/firefox-harness.ts for how Firefox is run.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeLint, extensionUrl, lintFirefoxPackage, takeAudit } from './firefox-harness';
import { button, firefoxSession, LAUNCH_TIMEOUT, READY } from './firefox-session';

const TITLE = '[data-testid="item-title"]';

const session = firefoxSession();

async function titleOf(page: Page): Promise<string> {
  const title = await page.waitForSelector(TITLE);
  return (await title!.evaluate((el) => el.textContent ?? '')).trim();
}

/** The item on screen, as the page recorded it (localStorage 'tend.current', lib/newtab/snapshot.ts). */
async function currentItem(page: Page): Promise<{ id: string; title: string }> {
  const raw = await page.evaluate(() => localStorage.getItem('tend.current'));
  const card = (JSON.parse(raw ?? 'null') as { card?: { id?: unknown; title?: unknown } } | null)?.card;
  expect(typeof card?.id, `localStorage 'tend.current' holds no item: ${raw}`).toBe('string');
  return { id: card!.id as string, title: String(card!.title) };
}

describe('Tend in Firefox ESR', () => {
  it('shows an item on the new tab, and the first run\'s welcome, which Skip closes for good', async () => {
    const { page } = await session.open('newtab.html');

    await page.waitForSelector(READY);
    // A fresh profile: once its data has loaded, the first new tab welcomes (lib/welcome); the
    // item it painted first comes back after Skip.
    await page.waitForSelector('html[data-tend-welcome="shown"] [data-testid="welcome"]');
    await (await button(page, 'Skip, use the defaults')).click();
    expect(await titleOf(page)).not.toBe('');
    const flag = await page.evaluate(() => {
      const scope = globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
      return scope.browser.storage.local.get('welcome');
    });
    expect(flag).toEqual({ welcome: 'done' });
  }, LAUNCH_TIMEOUT);

  it('shows a different item after clicking "Next"', async () => {
    const { page } = session.firefox;
    await page.waitForSelector(READY);
    const before = await titleOf(page);

    await (await button(page, 'Next')).click();

    await page.waitForFunction(
      (selector: string, old: string) => {
        const text = document.querySelector(selector)?.textContent?.trim();
        return text !== undefined && text !== '' && text !== old;
      },
      {},
      TITLE,
      before,
    );
  });

  it('keeps an item saved for later across a restart of Firefox, in the reading list', async () => {
    const { page } = session.firefox;
    await page.waitForSelector(READY);
    const { id, title } = await currentItem(page);
    expect(await titleOf(page), 'the recorded current item is not the one on screen').toBe(title);
    const save = await button(page, 'Save');
    // The label is the state: "Save", then "Saved".
    expect(await save.evaluate((b) => b.textContent?.trim())).toBe('Save');

    await save.click();
    await page.waitForFunction((b: HTMLButtonElement) => b.textContent?.trim() === 'Saved', {}, save);

    const list = (await session.open('reading-list.html')).page;
    expect(list.url()).toBe(extensionUrl('reading-list.html'));
    await list.waitForSelector(READY);
    await list.waitForSelector(`[data-testid="reading-list"] [data-item-id=${JSON.stringify(id)}]`);
  }, LAUNCH_TIMEOUT);

  it('a new tab shows the item the earlier tabs prepared, records its own view and prepares the next', async () => {
    // Firefox lets only its command line open an extension page: a restart on the new tab.
    const tab = (await session.open('newtab.html')).page;
    const title = await titleOf(tab);
    await tab.waitForSelector('html[data-tend-recorded]');
    await tab.waitForSelector(READY);
    const next = await tab.evaluate(() => (JSON.parse(localStorage.getItem('tend.next') ?? 'null') as { card?: { title?: string } } | null)?.card?.title);
    expect(next, 'no next item prepared').toBeTruthy();
    expect(next).not.toBe(title);
  }, LAUNCH_TIMEOUT);

  it('case 33: with localStorage switched off (dom.storage.enabled = false) the new tab still shows an item and its actions work', async () => {
    const tab = (await session.open('newtab.html', { 'dom.storage.enabled': false })).page;
    expect(await tab.evaluate(() => window.localStorage === null), 'localStorage is really off').toBe(true);
    const before = await titleOf(tab);
    expect(before).not.toBe('');
    await tab.waitForSelector(READY);
    await (await button(tab, 'Next')).click();
    await tab.waitForFunction((selector: string, old: string) => document.querySelector(selector)?.textContent?.trim() !== old, {}, TITLE, before);
    // Back to a normal profile for the tests that follow.
    await (await session.open('newtab.html')).page.waitForSelector(READY);
  }, LAUNCH_TIMEOUT);

  it('case 29: logs no errors on the extension pages during the session', async () => {
    // First prove that the audit hears this page: a console.error and an uncaught error from it
    // must show up in Firefox's output, or "no errors" would mean nothing.
    const { page, output } = session.firefox;
    await page.evaluate(() => {
      console.error('tend-e2e-probe console');
      setTimeout(() => {
        throw new Error('tend-e2e-probe uncaught');
      });
    });
    await expect
      .poll(() => output.filter((line) => line.includes('tend-e2e-probe')).length, { timeout: 10_000 })
      .toBe(2);

    await session.firefox.close();
    const { errors, warnings } = takeAudit();
    if (warnings.length > 0) console.info(`Warnings on extension pages (${warnings.length}):\n${warnings.join('\n')}`);
    const probes = errors.filter((line) => line.includes('tend-e2e-probe'));
    expect(probes, `the audit missed the probes; Firefox printed:\n${output.join('\n')}`).toHaveLength(2);
    expect(errors.filter((line) => !probes.includes(line))).toEqual([]);
  });

  it('case 27: passes addons-linter with 0 errors', async () => {
    const result = await lintFirefoxPackage(session.packageDir);
    const warnings = describeLint(result.warnings);
    if (warnings.length > 0) console.info(`addons-linter warnings (${warnings.length}):\n${warnings.join('\n')}`);
    expect(describeLint(result.errors)).toEqual([]);
  }, 120_000);
});
