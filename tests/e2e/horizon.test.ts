// The new tab as a window (issue 14): buttons that never move, nothing scrolls, the quiet reveal
// moves nothing, the reader's Back, Escape and focus, and the atmosphere's place and layers. In a
// real Chromium with the built extension; the audit after each test: no request, no page error.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, isOn, launch, moveOn, nextButton, readButton, ready, saveButton, titleOf } from './harness';

afterEach(closeAndAudit);

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page): Promise<Box> {
  const b = await nextButton(page).boundingBox();
  if (!b) throw new Error('Next has no box');
  return b;
}

const SIZES = [
  [1440, 900],
  [1280, 720],
  [760, 900],
] as const;

describe('buttons that never move', () => {
  it.each(SIZES)('Next keeps its box (±2 px) across at least 16 items of both kinds and lengths at %i×%i', async (width, height) => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await tab.setViewportSize({ width, height });
    const first = await box(tab);
    const seen: { title: string; kind: string; lines: number; box: Box }[] = [];
    // At least 16 items, and on until both kinds were seen.
    for (let i = 0; i < 60 && (i < 16 || new Set(seen.map((s) => s.kind)).size < 2); i++) {
      const kind = (await readButton(tab).count()) ? 'article' : 'tip';
      const lines = await tab.evaluate(() => {
        const lede = document.querySelector('.lede');
        return lede ? Math.round(lede.getBoundingClientRect().height / parseFloat(getComputedStyle(lede).lineHeight)) : 0;
      });
      seen.push({ title: await titleOf(tab), kind, lines, box: await box(tab) });
      // Saved: the label changes, the box does not.
      if (i === 3) {
        await saveButton(tab).click();
        await expect.poll(() => isOn(saveButton(tab))).toBe(true);
        seen.push({ title: 'saved', kind, lines, box: await box(tab) });
      }
      await moveOn(tab, () => nextButton(tab).click());
    }
    const moved = seen.filter((s) => Math.abs(s.box.x - first.x) > 2 || Math.abs(s.box.y - first.y) > 2 || Math.abs(s.box.width - first.width) > 2);
    expect(moved, `Next moved from ${JSON.stringify(first)}`).toEqual([]);
    // The run covered both kinds and short and long ledes (else it proves little).
    expect(new Set(seen.map((s) => s.kind)).size, seen.map((s) => s.kind).join(' ')).toBe(2);
    expect(Math.max(...seen.map((s) => s.lines)) - Math.min(...seen.map((s) => s.lines))).toBeGreaterThanOrEqual(1);
    // Nothing scrolls, at any of these sizes.
    expect(await tab.evaluate(() => [document.documentElement.scrollHeight <= innerHeight, document.documentElement.scrollWidth <= innerWidth])).toEqual([true, true]);
    console.info(`horizon: ${width}×${height}: Next at ${first.x.toFixed(1)},${first.y.toFixed(1)} over ${seen.length} views (${seen.filter((s) => s.kind === 'article').length} articles, lede ${Math.min(...seen.map((s) => s.lines))}–${Math.max(...seen.map((s) => s.lines))} lines)`);
  });

  it('nothing scrolls at 1280×720 and 1366×657 on a long article excerpt either', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    for (const [width, height] of [
      [1280, 720],
      [1366, 657],
    ] as const) {
      await tab.setViewportSize({ width, height });
      for (let i = 0; i < 6; i++) {
        const [scrollH, scrollW] = await tab.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth]);
        expect([scrollH, scrollW], `${width}×${height}: “${await titleOf(tab)}”`).toEqual([height, width]);
        await moveOn(tab, () => nextButton(tab).click());
      }
    }
  });
});

describe('quiet new tab', () => {
  it('reveals by visibility only: the title and the dock stay where they were', async () => {
    const tend = await launch();
    const options = await ready(await tend.open('options.html'));
    await options.getByRole('radio', { name: 'Title only' }).check();
    await expect.poll(() => options.evaluate(() => (JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as { quiet?: string }).quiet)).toBe('title');
    const tab = await tend.openNewTab();
    const reveal = tab.getByRole('button', { name: /^Show the tip/ });
    await reveal.waitFor();
    expect(await nextButton(tab).isVisible()).toBe(false);
    const title = await tab.getByTestId('item-title').boundingBox();
    const revealBox = await reveal.boundingBox();
    await tab.keyboard.press('Space');
    await nextButton(tab).waitFor();
    expect(await tab.getByTestId('item-title').boundingBox()).toEqual(title);
    const dock = await tab.locator('.dock').boundingBox();
    // The pill sat where the dock now is: their centres agree.
    expect(Math.abs((dock?.y ?? 0) + (dock?.height ?? 0) / 2 - ((revealBox?.y ?? 0) + (revealBox?.height ?? 0) / 2))).toBeLessThanOrEqual(8);
  });
});

describe('un-saving on the new tab', () => {
  it('shows a calm notice with Undo above the dock (never over it) for 6 s; Undo puts the item back', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    const dock = await box(tab);
    await saveButton(tab).click();
    const notice = tab.getByTestId('unsave-undo');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Removed from your reading list.');
    const at = await notice.boundingBox();
    expect(at!.y + at!.height).toBeLessThanOrEqual(dock.y);
    // The dock did not move for it.
    expect(await box(tab)).toEqual(dock);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    expect(await notice.count()).toBe(0);
    // Focus goes back to the button it came from, not to the page.
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Saved');
    await expect.poll(() => tab.locator('.actions__confirm').textContent()).toBe('Put back in your reading list.');

    // Left alone, the notice goes after 6 s; the item stays un-saved.
    const start = Date.now();
    await saveButton(tab).click();
    await notice.waitFor();
    await tab.mouse.move(0, 0);
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(5_500);
    expect(await isOn(saveButton(tab))).toBe(false);
  });

  it('a new item fades in (160 ms), and not under reduced motion', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const animation = () => tab.locator('article.item').evaluate((el) => `${getComputedStyle(el).animationName} ${getComputedStyle(el).animationDuration}`);
    // The first item, painted before anything loaded, just appears.
    expect(await animation()).toBe('none 0s');
    await moveOn(tab, () => nextButton(tab).click());
    expect(await animation()).toBe('item-in 0.16s');
    await tab.emulateMedia({ reducedMotion: 'reduce' });
    await moveOn(tab, () => nextButton(tab).click());
    expect(await animation()).toMatch(/^none /);
  });
});

describe('the reader inside the new tab', () => {
  it('focuses its heading, has Back at the top and the end and no way to open itself, Esc closes, focus returns', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    for (let i = 0; i < 200 && !(await readButton(tab).count()); i++) await moveOn(tab, () => nextButton(tab).click());
    const title = await titleOf(tab);
    await readButton(tab).focus();
    await tab.keyboard.press('Enter');
    await tab.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('item-title');
    expect(await tab.getByRole('button', { name: 'New tab', exact: true }).isVisible()).toBe(true);
    const end = tab.getByRole('region', { name: 'End of the article' });
    expect(await end.getByRole('button').allInnerTexts()).toEqual(['Save', 'Mark read', 'Next', 'Add a note', 'Back to new tab'].map((n) => expect.stringContaining(n)));
    expect(await tab.getByRole('button', { name: /Keep reading|Read the article/ }).count()).toBe(0);
    // The top bar stays at the top while reading.
    await tab.mouse.wheel(0, 1500);
    await expect.poll(() => tab.getByRole('button', { name: 'New tab', exact: true }).boundingBox().then((b) => b?.y)).toBeLessThan(20);

    await tab.keyboard.press('Escape');
    await readButton(tab).waitFor();
    expect(await titleOf(tab)).toBe(title);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.classList.contains('keep-reading'))).toBe(true);

    // Next at the end of the article moves on and closes the reader.
    await readButton(tab).click();
    await tab.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    await moveOn(tab, () => end.getByRole('button', { name: /^Next/ }).click());
    expect(await tab.locator('article.reader').count()).toBe(0);
  });
});

describe('the atmosphere', () => {
  it('is drawn behind the item, hidden from assistive technology, with the light of the hour; Plain and forced colours hide it', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const atmo = tab.locator('.atmo');
    expect(await atmo.getAttribute('aria-hidden')).toBe('true');
    expect(await atmo.locator('.atmo__ridges path').count()).toBe(4);
    const hour = await tab.evaluate(() => new Date().getHours());
    const sky = hour >= 5 && hour < 10 ? 'morning' : hour >= 10 && hour < 17 ? 'day' : hour >= 17 && hour < 21 ? 'evening' : 'night';
    expect(await tab.evaluate(() => document.documentElement.dataset.sky)).toBe(sky);
    // The same scene on the next tab (one landscape a day; Next never changes it).
    const ridges = await atmo.locator('.atmo__ridges path').first().getAttribute('d');
    await moveOn(tab, () => nextButton(tab).click());
    expect(await atmo.locator('.atmo__ridges path').first().getAttribute('d')).toBe(ridges);
    const again = await tend.openNewTab();
    expect(await again.locator('.atmo__ridges path').first().getAttribute('d')).toBe(ridges);

    await again.emulateMedia({ forcedColors: 'active' });
    expect(await again.locator('.atmo').isVisible()).toBe(false);
    await again.emulateMedia({ forcedColors: 'none' });

    const options = await ready(await tend.open('options.html'));
    await options.getByRole('radio', { name: /^Plain/ }).check();
    await expect.poll(() => options.evaluate(() => (JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as { background?: string }).background)).toBe('plain');
    const plain = await tend.openNewTab();
    expect(await plain.evaluate(() => document.documentElement.dataset.background)).toBe('plain');
    expect(await plain.locator('.atmo').isVisible()).toBe(false);
  });
});
