// Accessibility in a real Chromium with the built extension (reliability case 28): axe-core finds
// no WCAG 2.1 A/AA violation on any page, in any state this file puts it in (dialogs, practices,
// empty and full lists, search, import preview, storage unavailable), in the light and in the dark
// colour scheme. After every test, the audit: no request left the machine, no page logged an error.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { addReads } from './raw-db';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { closeAndAudit, entry, isOn, launch, markButton, moveOn, nextArticle, nextButton, readButton, ready, saveButton, type Tend, titleOf } from './harness';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** One rule's failure, as axe reports it (axe-core's `Result`, without importing axe-core itself). */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

// axe takes seconds per run on a long page (explore lists the whole library), twice per state.
vi.setConfig({ testTimeout: 180_000 });

/** Every axe check of a page of Tend (page × state × scheme; not the probe), reported at the end. */
let checks = 0;

afterEach(closeAndAudit);

afterAll(() => {
  console.log(`a11y: ${checks} axe checks (page × state × colour scheme)`);
});

/** One line per failing node: rule, impact, where, and what axe says to fix. */
function describeViolation(state: string, v: Violation): string[] {
  return v.nodes.map((node) => {
    const why = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '';
    return `${state}: ${v.id} (${v.impact ?? 'no impact'}) at ${node.target.join(' ')} · ${v.help} · ${why}`;
  });
}

/**
 * Waits until no CSS transition runs: switching the colour scheme starts the buttons' background
 * transition, and axe would measure contrast against a colour half-way between the two themes.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Runs axe on the page as it is now, in each colour scheme; returns one line per failing node,
 * named with the state and the scheme. Nothing is excluded: no rule or node is switched off.
 */
async function axeViolations(page: Page, state: string): Promise<Record<Scheme, string[]>> {
  const found: Record<Scheme, string[]> = { light: [], dark: [] };
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await settled(page);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found[colorScheme] = violations.flatMap((v) => describeViolation(`${state} (${colorScheme})`, v));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** No violation in either scheme; reported softly, so one run lists every failing state. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const found = await axeViolations(page, state);
  checks += SCHEMES.length;
  for (const scheme of SCHEMES) expect.soft(found[scheme], `axe violations: ${state} (${scheme})`).toEqual([]);
}

/** Presses Next until the item is a tip. */
async function nextTip(page: Page): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (!(await readButton(page).isVisible())) return titleOf(page);
    await moveOn(page, () => nextButton(page).click());
  }
  throw new Error('No tip in 200 items');
}

/** Saves the shown item and each next one, `count` in all; returns their titles. */
async function saveSome(tab: Page, count: number): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    titles.push(await titleOf(tab));
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab))).toBe(true);
    await moveOn(tab, () => nextButton(tab).click());
  }
  return titles;
}

/** Marks the shown item and each next one as read, `count` in all. */
async function readSome(tab: Page, count: number): Promise<void> {
  const mark = markButton(tab);
  for (let i = 0; i < count; i++) {
    await mark.click();
    await expect.poll(() => isOn(mark)).toBe(true);
    await moveOn(tab, () => nextButton(tab).click());
  }
}

/** The options page, once its settings and its data section are there. */
async function openOptions(tend: Tend): Promise<Page> {
  const options = await ready(await tend.open('options.html'));
  await options.getByRole('button', { name: 'Export my data' }).and(options.locator(':enabled')).waitFor();
  return options;
}

/** A page of the library's list (explore), once its items are listed. */
async function openExplore(tend: Tend): Promise<Page> {
  const page = await ready(await tend.open('explore.html'));
  await page.getByTestId('item-list').first().waitFor();
  return page;
}

/** The href of the first listed item of this kind on the explore page. */
async function firstHref(explore: Page, kind: 'Tips' | 'Articles'): Promise<string> {
  await explore.getByRole('radio', { name: kind, exact: true }).check();
  const link = explore.getByTestId('item-list').first().locator('.entry__title a').first();
  await expect.poll(() => explore.locator('.entry .item__meta').first().textContent()).toMatch(kind === 'Tips' ? /^Tip/ : /^Article/);
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`No ${kind} listed`);
  return href;
}

describe('case 28: new tab', () => {
  it('a tip, an article, the inline full article and the shortcuts dialog', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();

    await nextTip(tab);
    await expectAccessible(tab, 'new tab with a tip');

    await nextArticle(tab);
    await expectAccessible(tab, 'new tab with an article');

    await readButton(tab).click();
    await tab.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    await expectAccessible(tab, 'new tab, full article');
    await tab.getByRole('button', { name: 'Back to new tab' }).click();
    await readButton(tab).waitFor();

    await tab.getByRole('button', { name: 'More' }).click();
    await tab.locator('#more-menu li').first().waitFor();
    await expectAccessible(tab, 'new tab, More menu open');
    await tab.locator('#more-menu').getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await tab.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectAccessible(tab, 'new tab, shortcuts dialog open');
    await tab.keyboard.press('Escape');

    // The states: Saved and Read, with their confirmation beside the dock.
    await saveButton(tab).click();
    await markButton(tab).click();
    await expect.poll(() => isOn(markButton(tab))).toBe(true);
    await expect.poll(() => tab.locator('.actions__confirm').textContent()).toBe('Marked as read.');
    await expectAccessible(tab, 'new tab, saved and read');
  });

  it('the breathing pacer (set up, running, ended) and the grounding exercise (a step, the end)', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();

    await tab.getByRole('button', { name: 'Breathe · 1 min' }).click();
    await tab.getByRole('button', { name: 'Start' }).waitFor();
    await expectAccessible(tab, 'new tab, pacer set-up');
    await tab.getByRole('button', { name: 'Start' }).click();
    await tab.getByTestId('pacer-phase').waitFor();
    await expectAccessible(tab, 'new tab, pacer running');
    await tab.getByRole('button', { name: 'Pause' }).click();
    await tab.getByRole('button', { name: 'Resume' }).waitFor();
    await expectAccessible(tab, 'new tab, pacer paused');
    await tab.getByRole('button', { name: /^Stop/ }).click();
    await tab.getByTestId('practice-end').waitFor();
    await expectAccessible(tab, 'new tab, pacer ended');
    await tab.getByRole('button', { name: 'Back to the item' }).click();

    await tab.getByRole('button', { name: 'Ground · 5-4-3-2-1' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Five things you can see' }).waitFor();
    await tab.getByRole('textbox', { name: /Jot them down/ }).fill('a window, a cup');
    await expectAccessible(tab, 'new tab, grounding step');
    await tab.getByRole('button', { name: 'I feel done' }).click();
    await tab.getByTestId('practice-end').waitFor();
    await expectAccessible(tab, 'new tab, grounding ended');
  });

  it('the quiet new tab: title only, and sky only (set in options)', async () => {
    const tend = await launch();
    const options = await openOptions(tend);

    await options.getByRole('radio', { name: 'Title only' }).check();
    const titleOnly = await tend.openNewTab();
    await titleOnly.getByRole('button', { name: /^Show the tip/ }).waitFor();
    await expectAccessible(titleOnly, 'quiet new tab, title only');

    await options.getByRole('radio', { name: 'Sky only' }).check();
    const markOnly = await tend.open('newtab.html');
    await markOnly.mouse.move(640, 400); // as a person about to act: the live page loads
    await ready(markOnly);
    await markOnly.getByRole('button', { name: /^Show today's tip/ }).waitFor();
    await expectAccessible(markOnly, 'quiet new tab, mark only');
  });
});

describe('case 28: popup', () => {
  it('the popup, with an item and the unread count', async () => {
    const tend = await launch();
    await saveSome(await tend.openNewTab(), 1);
    const popup = await tend.openPopup();
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.getByTestId('popup-reading-list').getByText('1', { exact: true }).waitFor();
    await expectAccessible(popup, 'popup');
    await saveButton(popup).click();
    await expectAccessible(popup, 'popup, saved');
  });
});

describe('case 28: reading list', () => {
  it('empty, with items (one read), searched, with no match, and with the undo notice', async () => {
    const tend = await launch();
    const empty = await tend.openReadingList();
    await empty.getByTestId('reading-list-empty').waitFor();
    await expectAccessible(empty, 'reading list, empty');
    await empty.getByRole('radio', { name: /^Read/ }).check();
    await empty.getByRole('heading', { name: 'Nothing marked read yet.' }).waitFor();
    await expectAccessible(empty, 'reading list, nothing read');

    const saved = await saveSome(await tend.openNewTab(), 3);
    const list = await tend.openReadingList();
    for (const title of saved) await entry(list, title).waitFor();
    const first = entry(list, saved[0] ?? '');
    await first.getByRole('button', { name: /^Mark read/ }).click();
    await expect.poll(() => first.getAttribute('class')).toContain('entry--read');
    await expectAccessible(list, 'reading list, with items');
    await list.getByRole('radio', { name: /^To read/ }).check();
    await entry(list, saved[0] ?? '').waitFor({ state: 'detached' });
    await expectAccessible(list, 'reading list, to read');
    await list.getByRole('radio', { name: /^All/ }).check();

    const search = list.getByRole('searchbox', { name: 'Search your list' });
    const word = (saved[1] ?? '').split(/\s+/).find((w) => w.length > 3) ?? '';
    await search.fill(word);
    await expect.poll(() => list.locator('.search-box__status').textContent()).toMatch(/found/);
    await expectAccessible(list, 'reading list, searched');
    await search.fill('zzzqqq');
    await list.getByTestId('no-matches').waitFor();
    await expectAccessible(list, 'reading list, no match');
    await search.fill('');
    await entry(list, saved[0] ?? '').waitFor();

    await entry(list, saved[2] ?? '').getByRole('button', { name: /^Remove/ }).click();
    await list.getByRole('button', { name: 'Undo' }).waitFor();
    await expectAccessible(list, 'reading list, undo notice');
  });
});

describe('case 28: explore', () => {
  it('browsing the whole library', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    await expectAccessible(explore, 'explore, browsing');
  });

  it('searching, and a search that finds nothing', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    await explore.getByRole('searchbox', { name: 'Search the library' }).fill('sleep');
    await expect.poll(() => explore.locator('.search-box__status').textContent()).toMatch(/found for “sleep”/);
    await explore.locator('.entry mark').first().waitFor();
    await expectAccessible(explore, 'explore, searching');

    await explore.getByRole('searchbox', { name: 'Search the library' }).fill('zzzqqq');
    await explore.getByTestId('no-matches').waitFor();
    await expectAccessible(explore, 'explore, nothing found');
  });
});

describe('case 28: history', () => {
  it('empty, with reads (log chart and list), and the clear question', async () => {
    const tend = await launch();
    const empty = await ready(await tend.open('read-history.html'));
    await empty.getByTestId('history-empty').waitFor();
    await expectAccessible(empty, 'history, empty');

    await readSome(await tend.openNewTab(), 3);
    const firstWeek = await ready(await tend.open('read-history.html'));
    await firstWeek.getByTestId('history').waitFor();
    await firstWeek.getByTestId('log-first-week').waitFor();
    await expectAccessible(firstWeek, 'history, first week');

    // Reads in earlier weeks: the chart, its legend, and its numbers on screen.
    const ids = await firstWeek.locator('[data-item-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.itemId ?? ''));
    await addReads(firstWeek, ids.map((itemId, i) => ({ itemId, at: Date.now() - (8 + 7 * i) * 86_400_000 })));
    const history = await ready(await tend.open('read-history.html'));
    await history.getByTestId('log-chart').waitFor();
    await expectAccessible(history, 'history, with reads');
    await history.getByRole('button', { name: 'Show the numbers' }).click();
    await expect.poll(() => history.getByTestId('log-table').evaluate((t) => t.closest('.visually-hidden') === null)).toBe(true);
    await expectAccessible(history, 'history, numbers shown');

    await history.getByRole('button', { name: 'Clear history…' }).click();
    await history.getByRole('dialog', { name: 'Clear your reading history?' }).waitFor();
    await expectAccessible(history, 'history, clear question open');
  });
});

describe('case 28: options', () => {
  it('the page, the import preview, a bad file, and both questions (replace, clear all)', async () => {
    const tend = await launch();
    await saveSome(await tend.openNewTab(), 1);
    const options = await openOptions(tend);
    await expectAccessible(options, 'options');

    // A real backup of this profile, taken through the page's own Export.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my data' }).click()]);
    const file = await download.path();
    const chooser = options.getByLabel('Choose a Tend backup file (.json)');
    await chooser.setInputFiles({ name: 'tend-backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
    await options.getByTestId('import-counts').waitFor();
    await expectAccessible(options, 'options, import preview');

    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options.getByRole('button', { name: 'Replace my data…' }).click();
    const replace = options.getByRole('dialog', { name: 'Replace all your Tend data?' });
    await replace.waitFor();
    await expectAccessible(options, 'options, replace question open');
    await replace.getByRole('button', { name: 'Cancel' }).click();
    await replace.waitFor({ state: 'hidden' });

    await chooser.setInputFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect.poll(() => options.getByTestId('data-message').getAttribute('class')).toContain('data__message--error');
    await expectAccessible(options, 'options, import error');

    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await options.getByRole('dialog', { name: 'Clear all your Tend data?' }).waitFor();
    await expectAccessible(options, 'options, clear question open');
    await options.keyboard.press('Escape');
    await options.getByRole('dialog', { name: 'Clear all your Tend data?' }).waitFor({ state: 'hidden' });

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('dialog', { name: 'Reset every setting?' }).waitFor();
    await expectAccessible(options, 'options, reset question open');
  });
});

describe('case 28: other pages', () => {
  it('help, the article page (an article and a tip), and the practice page (breathing, grounding)', async () => {
    const tend = await launch();
    const help = await tend.open('help.html');
    await help.getByTestId('crisis-lines').waitFor();
    await expectAccessible(help, 'help');

    const explore = await openExplore(tend);
    const articleHref = await firstHref(explore, 'Articles');
    const tipHref = await firstHref(explore, 'Tips');

    const article = await ready(await tend.open(articleHref));
    await article.getByRole('heading', { name: 'Sources' }).waitFor();
    await article.getByRole('button', { name: /^Saved?$/ }).waitFor();
    // Opened from Explore: the way back, previous and next in that list, related items.
    await article.getByTestId('item-nav').waitFor();
    await article.getByTestId('related').waitFor();
    await expectAccessible(article, 'article page, an article');

    const tip = await ready(await tend.open(tipHref));
    await tip.getByRole('button', { name: /^Saved?$/ }).waitFor();
    await expectAccessible(tip, 'article page, a tip');

    const missing = await ready(await tend.open('article.html?id=no-such-item'));
    await missing.getByRole('heading', { name: 'This item is no longer in Tend' }).waitFor();
    await expectAccessible(missing, 'article page, an item no longer there');

    const breathing = await ready(await tend.open('practice.html?type=breathing'));
    await breathing.getByRole('button', { name: 'Start' }).waitFor();
    await expectAccessible(breathing, 'practice page, breathing set-up');
    await breathing.getByRole('button', { name: 'Start' }).click();
    await breathing.getByTestId('pacer-phase').waitFor();
    await expectAccessible(breathing, 'practice page, breathing running');

    const grounding = await ready(await tend.open('practice.html?type=grounding'));
    await grounding.getByRole('heading', { level: 1, name: 'Five things you can see' }).waitFor();
    await expectAccessible(grounding, 'practice page, grounding');
  });
});

describe('case 28: storage unavailable', () => {
  it('the warnings on the new tab, the reading list and options when IndexedDB cannot open', async () => {
    const tend = await launch();
    // Before any page script runs: IndexedDB refuses to open, as in a locked-down profile.
    await tend.context.addInitScript(() => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException('Blocked by the test', 'InvalidStateError');
      };
    });

    const tab = await tend.context.newPage();
    await tab.goto('chrome://newtab');
    await tab.locator('.actions__note').waitFor();
    await expectAccessible(tab, 'new tab, storage unavailable');

    const list = await tend.open('reading-list.html');
    await list.locator('.notice--warn').waitFor();
    await expectAccessible(list, 'reading list, storage unavailable');

    const options = await tend.open('options.html');
    await options.locator('.notice--warn').waitFor();
    await expectAccessible(options, 'options, storage unavailable');
  });
});

/** WCAG's contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** A field's edge and the colour behind the field (its nearest ancestor with a background). */
const edgeAndBehind = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    let behind = 'rgba(0, 0, 0, 0)';
    for (let at = el.parentElement; at && behind === 'rgba(0, 0, 0, 0)'; at = at.parentElement) behind = getComputedStyle(at).backgroundColor;
    return { edge: getComputedStyle(el).borderTopColor, behind };
  });

describe('case 28: what axe does not check', () => {
  it('text fields’ edges stand out 3:1 from what is behind them, in both schemes (WCAG 1.4.11)', async () => {
    const tend = await launch();
    const explore = await openExplore(tend);
    const grounding = await ready(await tend.open('practice.html?type=grounding'));
    await grounding.locator('#grounding-note').waitFor();
    for (const colorScheme of SCHEMES) {
      for (const [page, selector] of [
        [explore, '#explore-search'],
        [grounding, '#grounding-note'],
      ] as const) {
        await page.emulateMedia({ colorScheme });
        await settled(page);
        const { edge, behind } = await edgeAndBehind(page, selector);
        expect(contrast(edge, behind), `${selector} (${colorScheme}): ${edge} on ${behind}`).toBeGreaterThanOrEqual(3);
      }
    }
    // Checks the check: the quiet divider colour (--line) the fields had before measures below 3:1.
    await explore.locator('#explore-search').evaluate((el) => el.style.setProperty('border-color', 'var(--line)'));
    const { edge, behind } = await edgeAndBehind(explore, '#explore-search');
    expect(contrast(edge, behind)).toBeLessThan(3);
  });
});

describe('case 28: the check', () => {
  it('finds a missing label, and low contrast in the scheme where it is low (checks the check)', async () => {
    const tend = await launch();
    const help = await tend.open('help.html');
    await help.getByTestId('crisis-lines').waitFor();
    await help.evaluate(() => {
      const main = document.getElementById('main');
      const field = document.createElement('input');
      field.id = 'probe-field';
      // Near-white text: unreadable on the light page only; near-black: on the dark page only.
      const pale = Object.assign(document.createElement('p'), { id: 'probe-pale', textContent: 'Pale words' });
      pale.style.color = '#eeeeee';
      const dark = Object.assign(document.createElement('p'), { id: 'probe-dark', textContent: 'Dark words' });
      dark.style.color = '#2a2a2a';
      main?.append(field, pale, dark);
    });
    const found = await axeViolations(help, 'probe');
    for (const scheme of SCHEMES) expect(found[scheme].join('\n')).toMatch(/label \(critical\) at #probe-field/);
    expect(found.light.join('\n')).toContain('color-contrast (serious) at #probe-pale');
    expect(found.light.join('\n')).not.toContain('#probe-dark');
    expect(found.dark.join('\n')).toContain('color-contrast (serious) at #probe-dark');
    expect(found.dark.join('\n')).not.toContain('#probe-pale');
  });
});
