// IndexedDB unavailable in a real Chromium (reliability case 13): the new tab still shows an item
// from the bundle, save and read are off and say why, settings still work, and no extension page
// logs an error or throws (what Tend says about it is a console warning).
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, itemTitle, launch, markButton, nextButton, saveButton, titleOf } from './harness';

afterEach(closeAndAudit);

/**
 * Runs in every page before its scripts: on Tend's pages, `indexedDB.open` hands back a request
 * that fails, as in a profile where storage is switched off. Self-contained: Playwright sends it
 * to the browser as source.
 */
function storageOff(): void {
  if (location.protocol !== 'chrome-extension:') return;
  IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
    const request = new EventTarget() as EventTarget & Record<string, unknown>;
    Object.assign(request, { result: undefined, error: null, readyState: 'pending', source: null, transaction: null });
    Object.assign(request, { onerror: null, onsuccess: null, onupgradeneeded: null, onblocked: null });
    request.addEventListener('error', (event) => (request.onerror as ((e: Event) => void) | null)?.(event));
    setTimeout(() => {
      Object.assign(request, { readyState: 'done', error: new DOMException('Storage is off in this test', 'InvalidStateError') });
      request.dispatchEvent(new Event('error', { cancelable: true }));
    });
    return request as unknown as IDBOpenDBRequest; // the fields Dexie reads, not the whole interface
  };
}

describe('storage off', () => {
  it('case 13: the new tab shows an item with save off and why, Next still works, and settings still save', async () => {
    const tend = await launch();
    await tend.context.addInitScript(storageOff);
    const warnings: string[] = [];
    tend.context.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });

    const tab = await tend.context.newPage();
    await tab.goto('chrome://newtab');
    await itemTitle(tab).waitFor();
    const first = await titleOf(tab);
    expect(first).not.toBe('');
    await tab.getByText('Saving and reading history are off: Tend could not open its storage in this browser.').waitFor();
    expect(await saveButton(tab).isDisabled()).toBe(true);
    expect(await markButton(tab).isDisabled()).toBe(true);
    expect(await tab.locator('html[data-tend-ready]').count()).toBe(0);
    expect(warnings.some((w) => w.startsWith('Tend: storage unavailable'))).toBe(true);

    // Another item from the bundle on Next (the library has many: try until it differs).
    await expect
      .poll(
        async () => {
          await nextButton(tab).click();
          return titleOf(tab);
        },
        { timeout: 5_000 },
      )
      .not.toBe(first);

    // The options page needs no database: a setting still saves, and the data section says why it is off.
    const options = await tend.open('options.html');
    await options.locator('.notice--warn').waitFor();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByText('Saved. Every open Tend page follows.').waitFor({ state: 'attached' });
    expect(await options.locator('html').getAttribute('data-theme')).toBe('dark');
  });
});
