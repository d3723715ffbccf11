// The new tab by keyboard alone, in a real Chromium with the built extension (reliability case 28):
// a sensible Tab order with the focus always visible, the single-key shortcuts, Escape closing the
// dialogs without changing anything, no shortcut while typing, and no motion under reduced motion.
// After every test, the audit: no request left the machine, no page logged an error.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, entry, isOn, launch, markButton, moveOn, readButton, ready, saveButton, titleOf } from './harness';
import { addReads } from './raw-db';

afterEach(closeAndAudit);

/** Where the focus is, as a person would see it. */
interface Stop {
  tag: string;
  /** Its aria-label, its label (a form field), or its text without key hints (<kbd>) and hidden marks. */
  name: string;
  /** The landmark it is in: header, main, footer, dialog, or none. */
  region: string;
  /** An outline or a shadow is drawn around it. */
  visible: boolean;
  /** It is inside the window (the skip link moves on screen when focused). */
  onScreen: boolean;
}

const focused = (page: Page): Promise<Stop | undefined> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return undefined;
    const text = (node: Node): string => {
      if (node instanceof HTMLElement && (node.tagName === 'KBD' || node.getAttribute('aria-hidden') === 'true')) return '';
      return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(text).join('');
    };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const rect = el.getBoundingClientRect();
    const label = 'labels' in el ? (el as HTMLInputElement).labels?.[0] : undefined;
    const region = el.closest('dialog') ? 'dialog' : (el.closest('header, main, footer')?.tagName.toLowerCase() ?? 'none');
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? text(label ?? el)).replace(/\s+/g, ' ').trim(),
      region,
      visible: outline || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
    };
  });

/** Presses Tab and says where the focus went; every stop must show its focus. */
async function tab(page: Page, key = 'Tab'): Promise<Stop> {
  await page.keyboard.press(key);
  const stop = await focused(page);
  if (!stop) throw new Error(`${key} left the focus on the page itself`);
  expect(stop.visible, `focus is visible on the ${stop.tag} “${stop.name}”`).toBe(true);
  expect(stop.onScreen, `the focused ${stop.tag} “${stop.name}” is on screen`).toBe(true);
  return stop;
}

/** Tabs forward until the focus is on the control named `name` (exactly, or matching), at most `max` presses. */
async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const stop = await tab(page);
    if (typeof name === 'string' ? stop.name === name : name.test(stop.name)) return;
    seen.push(stop.name);
  }
  throw new Error(`Tab never reached “${name}”; it went: ${seen.join(' → ')}`);
}

/** Waits until a practice view has moved the focus to its heading (it does so once it is shown). */
const headingFocused = (page: Page) =>
  expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus on the practice heading' }).toBe('practice-heading');

/** Presses N until the item is an article. */
async function nextArticleByKey(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await readButton(page).isVisible()) return;
    await moveOn(page, () => page.keyboard.press('n'));
  }
  throw new Error('No article in 200 items');
}

const HEADER = ['Reading list', 'Explore', 'More'];
const ITEM_BUTTONS = ['Keep reading', 'Save', 'Mark read', 'Next'];
const FOOTER = ['Breathe · 1 min', 'Ground · 5-4-3-2-1', 'Get help now'];

describe('case 28: Tab order and visible focus', () => {
  it('skip link, then the top bar, then the item and the dock, then the chips and the help link; Shift+Tab goes back', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    await nextArticleByKey(page);

    // Up to the page's last stop, the help link in the footer (the next Tab leaves for the browser).
    const stops: Stop[] = [];
    for (let i = 0; i < 40 && stops.at(-1)?.name !== 'Get help now'; i++) stops.push(await tab(page));
    expect(stops[0]).toMatchObject({ tag: 'a', name: 'Skip to content' });
    expect(stops.slice(1, 4).map((s) => `${s.region} ${s.name}`)).toEqual(HEADER.map((n) => `header ${n}`));
    // The item's own links (in its text) may come first; its buttons and the dock's come in this order.
    const inMain = stops.slice(4, -FOOTER.length);
    expect(inMain.every((s) => s.region === 'main')).toBe(true);
    expect(inMain.filter((s) => s.tag === 'button').map((s) => s.name)).toEqual(ITEM_BUTTONS);
    expect(stops.slice(-FOOTER.length).map((s) => `${s.region} ${s.name}`)).toEqual(FOOTER.map((n) => `footer ${n}`));

    // And back again, one step.
    expect((await tab(page, 'Shift+Tab')).name).toBe('Ground · 5-4-3-2-1');
    // Checks the check: a focused element without its outline is seen as focus not shown.
    await page.evaluate(() => {
      const style = (document.activeElement as HTMLElement).style;
      style.setProperty('outline', 'none');
      style.setProperty('box-shadow', 'none');
    });
    expect((await focused(page))?.visible).toBe(false);
  });

  it('the More menu opens from the keyboard, lists the rest of Tend, closes on Escape and gives the focus back', async () => {
    const tend = await launch();
    // Loaded, so the menu holds "Not for me" (it has no item to hide before).
    const page = await ready(await tend.openNewTab());
    await tabTo(page, 'More');
    await page.keyboard.press('Enter');
    const menu = page.locator('#more-menu');
    await menu.waitFor();
    // Its lines load just after the first paint (components/MenuList): wait until they are in.
    await menu.locator('li').first().waitFor();
    // The popover's toggle event (which sets the state said on the button) comes after it opens.
    await expect.poll(() => page.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('true');
    const names: string[] = [];
    for (let i = 0; i < 4; i++) names.push((await tab(page)).name);
    expect(names).toEqual(['Not for me', 'History', 'Options', 'Keyboard shortcuts']);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    // Keyboard shortcuts, from the menu, opens the dialog.
    await page.getByRole('button', { name: 'More' }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Keyboard shortcuts', 5);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('a page’s top bar: New tab, Reading list, Explore and ···, whose menu holds the rest and marks the page shown', async () => {
    const tend = await launch();
    const list = await tend.openReadingList();
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      const stop = await tab(list);
      stops.push(`${stop.region} ${stop.name}`);
    }
    expect(stops).toEqual(['none Skip to content', 'header New tab', 'header Reading list', 'header Explore', 'header More']);
    expect(await list.getByRole('link', { name: 'Reading list', exact: true }).getAttribute('aria-current')).toBe('page');
    await list.keyboard.press('Enter');
    const menu = list.locator('#page-menu');
    await menu.waitFor();
    await menu.locator('li').first().waitFor();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) names.push((await tab(list)).name);
    expect(names).toEqual(['History', 'Options', 'Help', 'About Tend']);
    await list.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect((await focused(list))?.name).toBe('More');

    // A page that lives in the menu is marked there, and its button wears the current page's pill.
    const options = await ready(await tend.open('options.html'));
    await tabTo(options, 'More', 6);
    await options.keyboard.press('Enter');
    const current = options.locator('#page-menu').getByRole('link', { name: 'Options' });
    await current.waitFor();
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await options.locator('#page-menu-button').evaluate((b) => b.classList.contains('topbar__more--current'))).toBe(true);
  });

  it('a reading-list row’s ··· menu opens its note by keyboard, and the focus comes back to it', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    const title = await titleOf(page);
    await page.keyboard.press('s');
    await expect.poll(() => isOn(saveButton(page))).toBe(true);
    const list = await tend.openReadingList();
    await tabTo(list, `More for “${title}”`);
    await list.keyboard.press('Enter');
    await list.locator('.menu:popover-open').waitFor();
    expect((await tab(list)).name).toBe('Add a note');
    await list.keyboard.press('Enter');
    await expect.poll(() => focused(list).then((f) => f?.name)).toMatch(/^Your note on/);
    await tabTo(list, 'Cancel', 3);
    await list.keyboard.press('Enter');
    await expect.poll(() => focused(list).then((f) => f?.name)).toBe(`More for “${title}”`);
  });

  it('the skip link moves the focus past the nav, to the item', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    expect((await tab(page)).name).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const next = await tab(page);
    expect(next.region).toBe('main');
  });
});

describe('case 28: shortcuts', () => {
  it('N, S, M, R, B and ? do what they say; Escape closes the dialog and leaves the pacer set-up', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    const mark = markButton(page);

    await moveOn(page, () => page.keyboard.press('n'));
    await nextArticleByKey(page);
    const title = await titleOf(page);

    await page.keyboard.press('s');
    await expect.poll(() => isOn(saveButton(page))).toBe(true);
    await page.keyboard.press('m');
    await expect.poll(() => isOn(mark)).toBe(true);

    await page.keyboard.press('r');
    await page.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await titleOf(page)).toBe(title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus on the article heading' }).toBe('item-title');
    await tabTo(page, 'Back to new tab');
    await page.keyboard.press('Enter');
    await readButton(page).waitFor();
    await expect.poll(() => focused(page).then((f) => f?.name), { message: 'focus back on Keep reading' }).toBe('Keep reading');
    // Escape closes the reader too, from anywhere in it.
    await page.keyboard.press('r');
    await page.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    await page.keyboard.press('Escape');
    await readButton(page).waitFor();
    expect(await titleOf(page)).toBe(title);

    await page.keyboard.press('b');
    await page.getByRole('heading', { level: 1, name: 'A breathing pause' }).waitFor();
    await headingFocused(page);
    await page.keyboard.press('Escape');
    await readButton(page).waitFor();
    expect(await titleOf(page)).toBe(title);

    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.keyboard.press('?');
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ region: 'dialog', name: 'Close', visible: true });
    // Inside the open dialog, the item's keys do nothing.
    await page.keyboard.press('n');
    expect(await titleOf(page)).toBe(title);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await moveOn(page, () => page.keyboard.press('n'));
  });

  it('Escape closes the confirm dialogs (options: clear all; history: clear) and nothing is cleared', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    const title = await titleOf(page);
    await page.keyboard.press('s');
    await page.keyboard.press('m');
    await expect.poll(() => isOn(saveButton(page))).toBe(true);

    const options = await ready(await tend.open('options.html'));
    await options.getByRole('button', { name: 'Clear all data…' }).and(options.locator(':enabled')).waitFor();
    const clearAll = options.getByRole('dialog', { name: 'Clear all your Tend data?' });
    await tabTo(options, 'Clear all data…');
    await options.keyboard.press('Enter');
    await clearAll.waitFor();
    // Cancel is focused first, visibly.
    expect(await focused(options)).toMatchObject({ region: 'dialog', name: 'Cancel', visible: true });
    await options.keyboard.press('Escape');
    await clearAll.waitFor({ state: 'hidden' });
    await expect.poll(() => options.getByTestId('data-message').textContent()).toBe('Nothing was changed.');

    const history = await ready(await tend.open('read-history.html'));
    await history.getByTestId('history').waitFor();
    const clearHistory = history.getByRole('dialog', { name: 'Clear your reading history?' });
    await tabTo(history, 'Clear history…');
    await history.keyboard.press('Enter');
    await clearHistory.waitFor();
    expect(await focused(history)).toMatchObject({ region: 'dialog', name: 'Cancel', visible: true });
    await history.keyboard.press('Escape');
    await clearHistory.waitFor({ state: 'hidden' });

    // Still saved, still read.
    const list = await tend.openReadingList();
    await entry(list, title).waitFor();
    const again = await ready(await tend.open('read-history.html'));
    await again.getByTestId('history').getByText(title).waitFor();
    expect(await isOn(saveButton(page))).toBe(true);
  });

  it('do not fire while typing: explore and reading-list search, grounding notes', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    const title = await titleOf(page);
    await page.keyboard.press('s');
    await expect.poll(() => isOn(saveButton(page))).toBe(true);
    const keys = 'nsmrb?';

    const explore = await ready(await tend.open('explore.html'));
    await explore.getByTestId('item-list').first().waitFor();
    await tabTo(explore, 'Search the library');
    await explore.keyboard.type(keys);
    expect(await explore.getByRole('searchbox', { name: 'Search the library' }).inputValue()).toBe(keys);
    expect(await explore.getByRole('dialog').count()).toBe(0);
    expect(new URL(explore.url()).pathname).toBe('/explore.html');

    const list = await tend.openReadingList();
    await entry(list, title).waitFor();
    const search = list.getByRole('searchbox', { name: 'Search your list' });
    await tabTo(list, 'Search your list');
    await list.keyboard.type(keys);
    expect(await search.inputValue()).toBe(keys);
    expect(await list.getByRole('dialog').count()).toBe(0);
    expect(new URL(list.url()).pathname).toBe('/reading-list.html');

    // On the new tab: grounding's notes take every key; the item behind stays as it was.
    await tabTo(page, 'Ground · 5-4-3-2-1');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Five things you can see' });
    await headingFocused(page);
    await tabTo(page, /^Jot them down/, 5);
    await page.keyboard.type(`${keys} N S M R B`);
    expect(await page.getByRole('textbox', { name: /Jot them down/ }).inputValue()).toBe(`${keys} N S M R B`);
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByTestId('item-title').waitFor();
    expect(await titleOf(page)).toBe(title);
    expect(await isOn(saveButton(page))).toBe(true);
  });
});

/** Elements (and their ::before/::after) that would move: a running animation or a transition. */
const moving = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const durations = style.transitionDuration.split(',').map((d) => parseFloat(d));
        if (style.animationName !== 'none') found.push(`${describe(el)}${pseudo ?? ''}: animation ${style.animationName}`);
        if (durations.some((d) => d > 0)) found.push(`${describe(el)}${pseudo ?? ''}: transition ${style.transitionDuration}`);
      }
    }
    for (const a of document.getAnimations()) if (a.playState === 'running') found.push(`running animation ${a.constructor.name}`);
    return found;
  });

describe('case 28: reduced motion', () => {
  it('nothing moves on the new tab or in the running pacer (and things do move without it)', async () => {
    const tend = await launch();
    const page = await tend.openNewTab();
    // Checks the check: without the preference, the buttons ease their colour and the pacer breathes.
    expect((await moving(page)).join('\n')).toMatch(/button\.button[\w.-]*: transition 0\.15s/);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving(page)).toEqual([]);
    await page.keyboard.press('b');
    await headingFocused(page);
    expect(await moving(page)).toEqual([]);
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await page.getByTestId('pacer-phase').waitFor();
    expect(await moving(page)).toEqual([]);

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(async () => (await moving(page)).join('\n')).toMatch(/pacer__shape.*: animation pacer-in/);
  });

  it('Tend’s own “Always reduce motion” setting stops it too, whatever the system says', async () => {
    const tend = await launch();
    const options = await ready(await tend.open('options.html'));
    await options.getByRole('switch', { name: 'Always reduce motion' }).check();
    // The copy of the settings that the next page reads before its first paint (public/boot.js).
    const mirrored = () => options.evaluate(() => (JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as { motion?: string }).motion);
    await expect.poll(mirrored).toBe('reduced');

    const page = await tend.openNewTab();
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduced');
    expect(await moving(page)).toEqual([]);
    await page.keyboard.press('b');
    await headingFocused(page);
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await page.getByTestId('pacer-phase').waitFor();
    expect(await moving(page)).toEqual([]);
  });
});

describe('case 28: options and history by keyboard', () => {
  it('Tab reaches every control of the settings panel in order; arrows change a segmented choice; Space flips a switch', async () => {
    const tend = await launch();
    const options = await ready(await tend.open('options.html'));
    await options.getByRole('button', { name: 'Export my data' }).and(options.locator(':enabled')).waitFor();

    const stops: Stop[] = [];
    for (let i = 0; i < 160 && stops.at(-1)?.region !== 'footer'; i++) stops.push(await tab(options));
    const names = stops.filter((s) => s.region === 'main').map((s) => s.name);
    const rail = ['What you see', 'Look and feel', 'New tab', 'Pause reminder', 'Your tips', 'Hidden items', 'Sync', 'Your data', 'About Tend'];
    expect(names.slice(0, rail.length)).toEqual(rail);
    const topics = await options.getByRole('group', { name: 'Topics' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    // The new tab's Background choice (its checked radio, then its switch), named by their labels.
    const background = await options.locator('.background-options').evaluate((box) =>
      [...box.querySelectorAll<HTMLInputElement>('input[type=radio]:checked, input[type=checkbox]')].map((i) => (i.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    // A radio group is one Tab stop (its checked radio); the rest follow the page's order.
    expect(names.slice(rail.length)).toEqual([
      ...topics,
      'Both',
      'Every new tab',
      'Match my system',
      'Medium',
      'Always reduce motion',
      ...background,
      'Bring back saved articles',
      'Whole item',
      'How to do that',
      'Now and then, suggest a one-minute pause',
      'The library and my tips',
      'Title (optional)',
      'Your tip',
      'Topic (optional)',
      'Add tip',
      'Import tips from a file',
      // Named by its label alone (its help describes it).
      'Sync my saved items, notes, hidden items and my tips across my browsers',
      'Export my data',
      'Choose a Tend backup file (.json)',
      'Clear all data…',
      'Get help now',
      'Privacy policy',
      'Reset to defaults…',
    ]);

    // Arrow keys move within a segmented group, and the choice is saved.
    const stored = () => options.evaluate(() => JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as Record<string, unknown>);
    await options.getByRole('radio', { name: 'Match my system' }).focus();
    await options.keyboard.press('ArrowRight');
    expect(await focused(options)).toMatchObject({ name: 'Light', visible: true });
    await expect.poll(async () => (await stored()).theme).toBe('light');
    // Space flips a switch.
    await options.getByRole('switch', { name: 'Always reduce motion' }).focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored()).motion).toBe('reduced');
    expect(await options.getByRole('switch', { name: 'Always reduce motion' }).isChecked()).toBe(true);
  });

  it('history: the chart’s numbers open and close from a visible toggle, by keyboard', async () => {
    const tend = await launch();
    const tab0 = await tend.openNewTab();
    await markButton(tab0).click();
    await expect.poll(() => isOn(markButton(tab0))).toBe(true);
    const history = await ready(await tend.open('read-history.html'));
    const id = await history.locator('[data-item-id]').first().getAttribute('data-item-id');
    await addReads(history, [8, 15].map((days) => ({ itemId: id ?? '', at: Date.now() - days * 86_400_000 })));
    await history.reload();
    await ready(history);
    await history.getByTestId('log-chart').waitFor();

    const table = history.getByTestId('log-table');
    // Hidden, the table is still there for screen readers (clipped to nothing on screen).
    const onScreen = () => table.evaluate((t) => t.closest('.visually-hidden') === null && t.getBoundingClientRect().height > 20);
    expect(await onScreen()).toBe(false);
    await tabTo(history, 'Show the numbers');
    await history.keyboard.press('Enter');
    await expect.poll(onScreen).toBe(true);
    expect(await history.getByRole('button', { name: 'Hide the numbers' }).getAttribute('aria-expanded')).toBe('true');
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(await table.locator('tbody tr').last().locator('th').textContent()).toContain('(this week)');
    await history.keyboard.press('Enter');
    await expect.poll(onScreen).toBe(false);
    expect(await history.getByRole('button', { name: 'Show the numbers' }).getAttribute('aria-expanded')).toBe('false');
  });
});
