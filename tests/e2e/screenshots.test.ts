// README screenshots of the built extension, taken in the same real Chromium as the other
// end-to-end tests (and under the same audit). Written to docs/screenshots/ by
// `npm run screenshots`; an ordinary test run writes them to a temporary folder, so it leaves the
// work tree clean.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { closeAndAudit, entry, isOn, launch, moveOn, nextArticle, nextButton, saveButton, titleOf } from './harness';

const OUT = process.env.UPDATE_SCREENSHOTS
  ? path.resolve(import.meta.dirname, '../../docs/screenshots')
  : path.join(tmpdir(), 'tend-screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // No caret, no half-finished hover transition: the same pixels every time for the same item.
  await page.screenshot({ path: path.join(OUT, name), animations: 'disabled', caret: 'hide' });
}

afterEach(closeAndAudit);

it('takes the README screenshots: new tab (light and dark), popup, reading list', async () => {
  const tend = await launch();

  // New tab with an article: it shows every action (read, save, mark read, next).
  const tab = await tend.openNewTab();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await nextArticle(tab);
  await tab.emulateMedia({ colorScheme: 'light' });
  await shoot(tab, 'newtab.png');
  await tab.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => tab.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBeTruthy();
  await shoot(tab, 'newtab-dark.png');
  await tab.emulateMedia({ colorScheme: 'light' });

  // The reading list with three saved items, one of them read.
  const saved: string[] = [];
  for (let i = 0; i < 3; i++) {
    saved.push(await titleOf(tab));
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    await moveOn(tab, () => nextButton(tab).click());
  }
  const list = await tend.openReadingList();
  await list.setViewportSize({ width: 1280, height: 800 });
  for (const title of saved) await entry(list, title).waitFor();
  const first = entry(list, saved[0] ?? '');
  await first.getByRole('button', { name: /^Mark as read/ }).click();
  await expect.poll(() => first.getAttribute('class')).toContain('entry--read');
  await list.mouse.move(0, 0);
  await shoot(list, 'reading-list.png');

  // The popup, at about the size Chromium gives it.
  const popup = await tend.openPopup();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.getByText(/unread item/).waitFor();
  await shoot(popup, 'popup.png');
});
