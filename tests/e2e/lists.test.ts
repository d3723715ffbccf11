// The reading list, Explore and the item pages in a real Chromium with the built extension: the
// reading list's filters, sort and undo; Explore's query, filters, rows and scroll kept in the
// address and restored on Back; an item page's way back, previous / next and related items; and
// every new control reached by Tab with its focus shown. After every test, the audit.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, entry, isOn, launch, moveOn, nextButton, ready, saveButton, titleOf, type Tend } from './harness';

afterEach(closeAndAudit);

/** Saves the new tab's item and each next one, `count` in all, oldest first; returns their titles. */
async function saveSome(tend: Tend, count: number): Promise<string[]> {
  const tab = await tend.openNewTab();
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    titles.push(await titleOf(tab));
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    await moveOn(tab, () => nextButton(tab).click());
  }
  await tab.close();
  return titles;
}

const listTitles = (list: Page) => list.getByTestId('reading-list').locator('.entry__title').allTextContents();
const rows = (page: Page) => page.getByTestId('item-list').locator('[data-item-id]');

async function openExplore(tend: Tend, search = ''): Promise<Page> {
  const page = await ready(await tend.open(`explore.html${search}`));
  await page.setViewportSize({ width: 1280, height: 800 });
  await rows(page).first().waitFor();
  return page;
}

describe('the reading list', () => {
  it('shows To read first, newest first; Read, All and the oldest-first sort live in the address; read stays until the filter changes', async () => {
    const tend = await launch();
    const saved = await saveSome(tend, 3);
    const list = await ready(await tend.open('reading-list.html'));
    await list.getByTestId('reading-list').waitFor();

    expect(await list.getByRole('radio', { name: 'To read 3' }).isChecked()).toBe(true);
    await expect.poll(() => listTitles(list)).toEqual([...saved].reverse());
    // Each entry shows its kind and topic and an excerpt.
    const first = entry(list, saved[2] ?? '');
    expect(await first.locator('.kicker').textContent()).toMatch(/^(Tip|Article) · /);
    expect((await first.locator('.excerpt').textContent())?.length).toBeGreaterThan(20);

    // Marked read while showing To read: it stays, saying Read, so a second click undoes it.
    const middle = entry(list, saved[1] ?? '');
    await middle.getByRole('button', { name: /^Mark read/ }).click();
    await middle.getByRole('button', { name: /^Read\W/ }).waitFor();
    await list.getByRole('radio', { name: 'To read 2' }).waitFor();
    expect(await list.getByTestId('reading-list-count').textContent()).toContain('2 to read, 1 read.');

    await list.getByRole('radio', { name: 'Read 1' }).check();
    await expect.poll(() => listTitles(list)).toEqual([saved[1]]);
    expect(new URL(list.url()).searchParams.get('show')).toBe('read');

    await list.getByRole('radio', { name: 'To read 2' }).check();
    await expect.poll(() => listTitles(list)).toEqual([saved[2], saved[0]]);

    await list.getByRole('radio', { name: 'All 3' }).check();
    await list.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
    await expect.poll(() => listTitles(list)).toEqual(saved);
    await list.reload();
    await ready(list);
    await expect.poll(() => listTitles(list)).toEqual(saved);
    expect(await list.getByRole('radio', { name: 'All 3' }).isChecked()).toBe(true);
  });

  it('Remove shows an undo notice above the list that covers no entry; Undo puts the item back', async () => {
    const tend = await launch();
    const saved = await saveSome(tend, 3);
    const list = await tend.openReadingList();
    await list.setViewportSize({ width: 760, height: 600 });
    await expect.poll(() => listTitles(list)).toHaveLength(3);

    await entry(list, saved[1] ?? '').getByRole('button', { name: /^Remove/ }).click();
    await entry(list, saved[1] ?? '').waitFor({ state: 'detached' });
    const notice = list.getByTestId('undo-notice');
    await notice.waitFor();
    const box = await notice.boundingBox();
    for (const title of [saved[0], saved[2]]) {
      const row = await entry(list, title ?? '').boundingBox();
      expect(box && row && (box.y + box.height <= row.y || row.y + row.height <= box.y), `the notice covers “${title}”`).toBe(true);
    }
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listTitles(list)).toEqual([...saved].reverse());
  });

  it('says how to save when nothing waits, with a way to Explore', async () => {
    const tend = await launch();
    const list = await tend.openReadingList();
    const empty = list.getByTestId('reading-list-empty');
    expect(await empty.getByRole('heading').textContent()).toBe('Nothing waiting.');
    expect(await empty.getByRole('link', { name: 'Explore' }).getAttribute('href')).toBe('explore.html');
  });
});

describe('Explore', () => {
  it('keeps the results above the fold at 1280×800, with the filters above them', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    const first = await rows(explore).first().boundingBox();
    expect(first && first.y + 60 < 800, `the first result starts at ${first?.y}`).toBe(true);
    // A page of rows at a time, however long the library is.
    expect(await rows(explore).count()).toBe(50);
  });

  it('marks the rows it shows that are saved: saved elsewhere while open, and rows shown later', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    const saved = (row: ReturnType<typeof rows>) => row.locator('.entry__badge', { hasText: 'Saved' });
    const saveOnItemPage = async (id: string | null) => {
      const item = await ready(await tend.open(`article.html?id=${id}`));
      await saveButton(item).click();
      await expect.poll(() => isOn(saveButton(item))).toBe(true);
      await item.close();
    };
    // Saved on the item's own page: Explore's row says so without a reload.
    const first = rows(explore).first();
    expect(await saved(first).count()).toBe(0);
    await saveOnItemPage(await first.getAttribute('data-item-id'));
    await saved(first).waitFor();

    // An item beyond the first page of rows, saved while that page is shown: marked when "Show more" shows it.
    const more = () => explore.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await more();
    const laterId = await rows(explore).nth(59).getAttribute('data-item-id');
    await explore.close();
    const again = await openExplore(tend);
    expect(await rows(again).count()).toBe(50);
    await saveOnItemPage(laterId);
    await again.getByRole('button', { name: /^Show \d+ more$/ }).click();
    const later = rows(again).nth(59);
    expect(await later.getAttribute('data-item-id')).toBe(laterId);
    await saved(later).waitFor();
    expect(await saved(rows(again)).count()).toBe(2);
  });

  it('restores the query, filters, rows shown and scroll position on Back', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    await explore.getByRole('radio', { name: 'Tips', exact: true }).check();
    await expect.poll(() => explore.url()).toContain('kind=tip');
    await explore.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect.poll(() => rows(explore).count()).toBeGreaterThan(50);
    const shown = await rows(explore).count();
    await explore.evaluate(() => window.scrollTo(0, 2400));
    await expect.poll(() => new URL(explore.url()).searchParams.get('y')).toBe('2400');

    // An item in view, then Back.
    const link = rows(explore).nth(25).locator('.entry__title a');
    const title = await link.textContent();
    await link.click();
    await explore.getByTestId('item-title').waitFor();
    expect(await explore.getByTestId('item-title').textContent()).toBe(title);
    await explore.goBack();
    await rows(explore).first().waitFor();
    await expect.poll(() => explore.evaluate(() => Math.round(window.scrollY))).toBe(2400);
    expect(await explore.getByRole('radio', { name: 'Tips', exact: true }).isChecked()).toBe(true);
    expect(await rows(explore).count()).toBe(shown);

    // A query and a topic come back too.
    await explore.getByRole('checkbox', { name: 'Sleep', exact: true }).check();
    await explore.getByRole('searchbox', { name: 'Search the library' }).fill('sleep');
    await expect.poll(() => explore.url()).toMatch(/q=sleep.*t=sleep/);
    await explore.getByText(/found for “sleep”/).waitFor({ state: 'attached' });
    await rows(explore).first().locator('.entry__title a').click();
    await explore.getByTestId('item-title').waitFor();
    await explore.goBack();
    await rows(explore).first().waitFor();
    expect(await explore.getByRole('searchbox', { name: 'Search the library' }).inputValue()).toBe('sleep');
    expect(await explore.getByRole('checkbox', { name: 'Sleep', exact: true }).isChecked()).toBe(true);
  });
});

describe('item pages', () => {
  it('lead back to Explore with its filters, step through that list, and show related items of the same topic', async () => {
    const tend = await launch();
    const explore = await openExplore(tend, '?t=sleep');
    const [first, second] = await rows(explore).locator('.entry__title').allTextContents();
    await rows(explore).first().locator('.entry__title a').click();
    const item = explore;
    await item.getByTestId('item-nav').waitFor();
    expect(await item.getByTestId('item-title').textContent()).toBe(first);
    const nav = item.getByRole('navigation', { name: 'Explore: previous and next' });
    expect(await nav.getByRole('link', { name: /^Previous/ }).count()).toBe(0);
    expect(await nav.textContent()).toMatch(/1 of \d+ in Explore/);

    await nav.getByRole('link', { name: /^Next/ }).click();
    await expect.poll(() => item.getByTestId('item-title').textContent()).toBe(second);
    await item.getByRole('navigation', { name: 'Explore: previous and next' }).getByRole('link', { name: /^Previous/ }).click();
    await expect.poll(() => item.getByTestId('item-title').textContent()).toBe(first);

    // Two or three related items, each of the item's own topic.
    const topic = (await item.locator('.page__main > * .item__meta').first().textContent())?.split(' · ')[1];
    const related = item.getByTestId('related').locator('[data-item-id]');
    await related.first().waitFor();
    expect(await related.count()).toBeGreaterThanOrEqual(2);
    for (const kicker of await related.locator('.kicker').allTextContents()) expect(kicker.split(' · ')[1]).toBe(topic);

    await item.getByRole('link', { name: 'Back to Explore' }).click();
    await rows(item).first().waitFor();
    expect(new URL(item.url()).pathname).toBe('/explore.html');
    expect(await item.getByRole('checkbox', { name: 'Sleep', exact: true }).isChecked()).toBe(true);
  });

  it('lead back to the reading list as it was shown', async () => {
    const tend = await launch();
    const [title] = await saveSome(tend, 1);
    const list = await tend.openReadingList();
    await entry(list, title ?? '').getByRole('link').click();
    await list.getByTestId('item-title').waitFor();
    await list.getByRole('link', { name: 'Back to Reading list' }).click();
    await entry(list, title ?? '').waitFor();
    expect(new URL(list.url()).searchParams.get('show')).toBe('all');
  });
});

/** Where the focus is: its name as a person would hear it, and whether a ring is drawn around it or its label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const label = (el as HTMLInputElement).labels?.[0];
    const drawn = (node: Element | null | undefined) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    // What is heard: hidden marks (an arrow, ×) left out.
    const text = (node: Node): string =>
      node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true' ? '' : node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(text).join('');
    const name = (el.getAttribute('aria-label') ?? text(label ?? el)).replace(/\s+/g, ' ').trim();
    return { name, role: el.getAttribute('type') ?? el.tagName.toLowerCase(), visible: drawn(el) || drawn(label), footer: el.closest('footer') !== null };
  });

/** Tabs through the page to its footer; every stop shows its focus. Returns the stops' names. */
async function walk(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) break;
    expect(stop.visible, `focus shown on “${stop.name}”`).toBe(true);
    names.push(`${stop.role} ${stop.name}`);
    if (stop.footer) break;
  }
  return names;
}

/**
 * Before the page's scripts: records the reading list's rows the first time any are on the page,
 * and whether the page then said they were the kept first screen (main aria-busy).
 */
function watchFirstRows(): void {
  const seen: { titles?: string[]; busy?: boolean } = {};
  Object.defineProperty(window, '__firstRows', { value: seen });
  new MutationObserver((_, observer) => {
    const titles = [...document.querySelectorAll('[data-testid="reading-list"] .entry__title')].map((e) => e.textContent ?? '');
    if (titles.length === 0) return;
    seen.titles = titles;
    seen.busy = document.querySelector('main[aria-busy="true"]') !== null;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}
const firstRows = (page: Page) => page.evaluate(() => (window as unknown as { __firstRows: { titles?: string[]; busy?: boolean } }).__firstRows);
const keptKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tend.first.')));

describe('kept first screens', () => {
  it('the reading list paints the last visit’s rows at once, the live list replaces a stale one, and clearing all data removes them', async () => {
    const tend = await launch();
    const saved = await saveSome(tend, 2);
    const first = await ready(await tend.open('reading-list.html'));
    await expect.poll(() => listTitles(first)).toEqual([...saved].reverse());
    await expect.poll(() => keptKeys(first)).toContain('tend.first.reading-list');
    const id = await entry(first, saved[1] ?? '').getAttribute('data-item-id');
    await first.close();

    // Read elsewhere (its item page): the kept screen still lists it under To read.
    const item = await ready(await tend.open(`article.html?id=${encodeURIComponent(id ?? '')}`));
    await item.getByRole('button', { name: /^Mark read$/ }).click();
    await item.getByRole('button', { name: /^Read$/ }).waitFor();
    await item.close();

    const list = await tend.context.newPage();
    await list.addInitScript(watchFirstRows);
    await list.goto(tend.url('reading-list.html'));
    await ready(list);
    // The first rows on the page were the kept ones, marked busy; the live list then shows what is true now.
    expect(await firstRows(list)).toEqual({ titles: [...saved].reverse(), busy: true });
    await expect.poll(() => listTitles(list)).toEqual([saved[0]]);
    expect(await list.getByTestId('reading-list-count').textContent()).toContain('1 to read, 1 read.');
    expect(await list.locator('main').getAttribute('aria-busy')).toBeNull();

    // Clearing all data removes every kept screen: the next visit shows no rows at all.
    const options = await tend.open('options.html');
    await ready(options);
    await options.getByRole('button', { name: 'Clear all data…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Clear all your Tend data?' });
    await dialog.getByRole('button', { name: 'Clear all data', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => keptKeys(options)).toEqual([]);
    const after = await tend.context.newPage();
    await after.addInitScript(watchFirstRows);
    await after.goto(tend.url('reading-list.html'));
    await after.getByTestId('reading-list-empty').waitFor();
    expect(await firstRows(after)).toEqual({});
  });
});

describe('keyboard', () => {
  it('Tab reaches every new control of the reading list, Explore and an item page, each with its focus shown', async () => {
    const tend = await launch();
    const [title] = await saveSome(tend, 1);
    const list = await tend.openReadingList();
    await entry(list, title ?? '').waitFor();
    const listStops = await walk(list);
    expect(listStops).toEqual(
      expect.arrayContaining(['radio All 1', 'search Search your list', `a ${title}`, `button Mark read: ${title}`, `button Remove: ${title}`]),
    );
    expect(listStops.some((s) => s.startsWith('select Sort'))).toBe(true);
    await list.getByRole('button', { name: /^Remove/ }).click();
    // The removed entry's button had the focus: it moves to Undo, and on to Dismiss.
    await expect.poll(async () => (await focused(list))?.name).toBe('Undo');
    expect(await walk(list)).toEqual(expect.arrayContaining(['button Dismiss']));

    const explore = await openExplore(tend);
    const exploreStops = await walk(explore);
    expect(exploreStops).toEqual(expect.arrayContaining(['search Search the library', 'radio All', 'checkbox Sleep', 'checkbox Savoring and gratitude']));
    expect(exploreStops.some((s) => /^button Show \d+ more$/.test(s))).toBe(true);

    await explore.goto(`${explore.url().split('?')[0]}?t=sleep`);
    await rows(explore).first().locator('.entry__title a').click();
    await explore.getByTestId('related').waitFor();
    await explore.getByTestId('item-nav').waitFor();
    const itemStops = await walk(explore);
    expect(itemStops[1]).toBe('a Back to Explore');
    expect(itemStops).toEqual(expect.arrayContaining(['button Save', 'button Mark read']));
    expect(itemStops.some((s) => s.startsWith('a Next'))).toBe(true);
    expect(itemStops.filter((s) => s.startsWith('a ')).length).toBeGreaterThan(4);
  });
});
