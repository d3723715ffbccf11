// The toolbar popup in a real Chromium, opened as a page of the popup's largest size (380 × 600):
// the three actions share one row at every text size, saved or not, and nothing falls below the
// 600 px a browser gives a popup; the tiles and the help line are there.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, launch, moveOn, ready, titleOf } from './harness';

afterEach(closeAndAudit);

const POPUP_MAX_HEIGHT = 600;
const SIZES = ['small', 'medium', 'large', 'x-large'] as const;

const actions = (popup: Page) => popup.getByTestId('popup-actions').getByRole('button');

/** Where the three actions are, whether any label is cut, and how far down anything reaches. */
const layout = (popup: Page) =>
  popup.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="popup-actions"] button')];
    // A long item scrolls in its own box (.popup__item): what it holds may run past the box, not the popup.
    const scroller = document.querySelector('.popup__item');
    const outside = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => !(scroller?.contains(el) && el !== scroller));
    const bottoms = outside.map((el) => el.getBoundingClientRect().bottom);
    return {
      labels: buttons.map((b) => b.textContent?.trim()),
      tops: buttons.map((b) => Math.round(b.getBoundingClientRect().top)),
      cut: buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent?.trim()),
      lowest: Math.max(...bottoms),
      pageHeight: document.documentElement.scrollHeight,
    };
  });

async function setTextSize(popup: Page, size: string): Promise<void> {
  await popup.evaluate((s) => {
    const scope = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
    return scope.chrome.storage.sync.set({ 'settings.textSize': s });
  }, size);
  await popup.reload();
  await ready(popup);
}

describe('popup', () => {
  it('keeps Save, Mark read and Next in one row at every text size, saved or not, and within 600 px', async () => {
    const tend = await launch();
    const popup = await tend.openPopup();
    await popup.setViewportSize({ width: 380, height: POPUP_MAX_HEIGHT });
    for (const size of SIZES) {
      await setTextSize(popup, size);
      for (const saved of [false, true]) {
        const button = (name: string) => popup.getByTestId('popup-actions').getByRole('button', { name, exact: true });
        if (saved) await button('Save').click();
        await button(saved ? 'Saved' : 'Save').waitFor();
        const seen = await layout(popup);
        const state = `${size}, ${saved ? 'saved' : 'not saved'}`;
        expect(seen.labels, state).toEqual([saved ? 'Saved' : 'Save', 'Mark read', 'Next']);
        expect(new Set(seen.tops).size, `${state}: the actions' rows (tops ${seen.tops.join(', ')})`).toBe(1);
        expect(seen.cut, `${state}: labels cut off`).toEqual([]);
        expect(seen.pageHeight, `${state}: page height`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
        expect(seen.lowest, `${state}: lowest element`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
      }
      // Unsave again for the next size, and wait until the database has it (the reading list's
      // count, a live query, goes), so the reload that follows cannot cut the write short.
      await popup.getByTestId('popup-actions').getByRole('button', { name: 'Saved' }).click();
      await expect.poll(() => popup.getByTestId('popup-reading-list').textContent()).toBe('Reading list');
    }
  });

  it('at extra-large text, item after item, the actions and the help line stay in view', async () => {
    const tend = await launch();
    const popup = await tend.openPopup();
    await popup.setViewportSize({ width: 380, height: POPUP_MAX_HEIGHT });
    await setTextSize(popup, 'x-large');
    const next = popup.getByTestId('popup-actions').getByRole('button', { name: 'Next' });
    for (let i = 0; i < 12; i++) {
      const seen = await layout(popup);
      const title = await titleOf(popup);
      expect(new Set(seen.tops).size, `“${title}”: one row`).toBe(1);
      expect(seen.lowest, `“${title}”: lowest element`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
      expect(await popup.getByRole('link', { name: 'Get help now' }).isVisible()).toBe(true);
      await moveOn(popup, () => next.click());
    }
  });

  it('shows tiles for the reading list (with its count), Explore and Breathe, and the help line', async () => {
    const tend = await launch();
    const popup = await tend.openPopup();
    expect(await actions(popup).count()).toBe(3);
    await popup.getByTestId('popup-actions').getByRole('button', { name: 'Save' }).click();
    const list = popup.getByTestId('popup-reading-list');
    // The count is shown small and said in words after the label.
    await expect.poll(() => list.textContent()).toBe('1Reading list, 1 unread item');
    expect(await popup.getByRole('link', { name: /^Reading list\W+1 unread item$/ }).count()).toBe(1);
    expect(await list.getAttribute('href')).toBe('reading-list.html');
    expect(await popup.getByTestId('popup-explore').getAttribute('href')).toBe('explore.html');
    expect(await popup.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
    expect(await popup.getByRole('contentinfo').textContent()).toBe('Tend is not therapy. Get help now');
    expect(await popup.getByTestId('popup-breathe').getAttribute('href')).toBe('practice.html?type=breathing');
  });
});
