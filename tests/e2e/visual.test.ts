// Visual regression: every page of the built extension, in the states people see, compared with
// the committed baselines in tests/e2e/baselines/ (tests/e2e/visual.ts says how). `npm run
// screenshots` rewrites the baselines, the README's gallery (docs/screenshots/) and the store
// listing's 1280×800 screenshots (docs/store/screenshots/) from the same pictures.
//
// Deterministic: one Chromium for the whole file in a fixed time zone (TZ, read when Chromium
// starts) with Date fixed at 2026-05-14 08:00 in every page; known items (compiled from content/)
// are put on the new tab through the prepared-item snapshot; the reading list and history come
// from a backup imported on the options page; reduced motion, no caret, no hover.
//
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  buildFirefoxPackage,
  closeAll as closeFirefox,
  createProfile,
  findFirefox,
  launchFirefox,
  takeAudit as takeFirefoxAudit,
  type FirefoxPackage,
} from './firefox-harness';
import { closeAll, launch, readButton, ready, saveButton, takeAudit, type Tend } from './harness';
import { compareScreenshot, isUpdating, overlay, publish, publishImage, readBaseline } from './visual';
import { generate } from '../../lib/atmosphere/generate';
import { dayKey, nextDay, SCENE_KEY } from '../../lib/atmosphere/today';
import {
  card,
  catalogVersion,
  closeNewTab,
  DAY,
  expectLook,
  firefoxLook,
  FIXED_TIME,
  fixTime,
  frame,
  HOUR,
  importBackup,
  openNewTabWith,
  setOption,
  TIME_ZONE,
} from './visual-page';

// Chromium reads its time zone from TZ when it starts (Playwright hands it this process's
// environment). This file runs in its own worker, so nothing else sees the change.
process.env.TZ = TIME_ZONE;

const ROOT = path.resolve(import.meta.dirname, '../..');
const GALLERY = (name: string) => path.join(ROOT, 'docs/screenshots', name);
const STORE = (name: string) => path.join(ROOT, 'docs/store/screenshots', name);

const TIP = card('cbt-tell-a-friend');
const ARTICLE = card('support-finding-a-good-fit');
/** On the reading list: two to read, one read; and three reads in history, over three days. */
const SAVED = ['boundaries-short-no', 'savoring-gratitude-without-forced-cheer', 'sleep-check-the-room'].map(card);
const NOW = FIXED_TIME.getTime();

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { width: 760, height: 800 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

let tend: Tend;
/** A Tend page kept open to write the prepared item from (it shares the new tab's localStorage). */
let control: Page;
let version: string;

/** Every scheme × width of one new-tab state. */
async function newTabMatrix(tab: Page, state: string): Promise<void> {
  for (const scheme of SCHEMES) {
    for (const { width, height } of WIDTHS) {
      await frame(tab, scheme, width, height);
      await expectLook(tab, `newtab/${state}-${scheme}-${width}`);
    }
  }
}

interface NewTabState {
  state: string;
  shows: typeof TIP;
  /** Brings the tab from the item into the state. */
  enter?: (tab: Page) => Promise<void>;
}

const NEW_TAB: NewTabState[] = [
  { state: 'tip', shows: TIP },
  { state: 'article', shows: ARTICLE },
  {
    state: 'reader',
    shows: ARTICLE,
    enter: async (tab) => {
      await readButton(tab).click();
      await tab.locator('article.reader').getByRole('heading', { name: 'Sources' }).waitFor();
    },
  },
  {
    state: 'breathing-setup',
    shows: TIP,
    enter: async (tab) => {
      await tab.getByRole('button', { name: 'Breathe · 1 min' }).click();
      await tab.getByRole('button', { name: 'Start' }).waitFor();
    },
  },
  {
    state: 'grounding',
    shows: TIP,
    enter: async (tab) => {
      await tab.getByRole('button', { name: 'Ground · 5-4-3-2-1' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Five things you can see' }).waitFor();
    },
  },
];

describe('Chromium', () => {
  beforeAll(async () => {
    tend = await launch();
    await fixTime(tend);
    control = await tend.open('help.html');
    version = await catalogVersion(tend);
    await importBackup(tend, {
      items: [
        { id: SAVED[0]!.id, shownCount: 1, savedAt: NOW - 2 * HOUR },
        { id: SAVED[1]!.id, shownCount: 1, savedAt: NOW - DAY },
        { id: SAVED[2]!.id, shownCount: 1, savedAt: NOW - 3 * DAY, readAt: NOW - 2 * DAY },
      ],
      events: [
        { itemId: SAVED[2]!.id, at: NOW - 2 * DAY },
        { itemId: TIP.id, at: NOW - DAY - 3 * HOUR },
        { itemId: ARTICLE.id, at: NOW - HOUR },
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await closeAll();
    // The audit of the whole session: no request left the machine, no page logged an error.
    const { foreignRequests, errors } = takeAudit();
    expect(foreignRequests, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors and uncaught exceptions on extension pages').toEqual([]);
  });

  describe('Chromium: the new tab (× light, dark × 760, 1280, 1920 wide)', () => {
    it.each(NEW_TAB)('$state', async ({ state, shows, enter }) => {
      const tab = await openNewTabWith(tend, control, version, shows);
      await enter?.(tab);
      await newTabMatrix(tab, state);
      await closeNewTab(tab);
    });

    it('quiet: only the title', async () => {
      await setOption(tend, 'Title only');
      const tab = await openNewTabWith(tend, control, version, TIP);
      await tab.getByRole('button', { name: /^Show the tip/ }).waitFor();
      await newTabMatrix(tab, 'quiet-title');
      await closeNewTab(tab);
      await setOption(tend, 'Whole item');
    });
  });

  describe('Chromium: the first run’s welcome, each step (× light, dark × 760, 1280, 1920 wide)', () => {
    it('steps 1, 2 and 3 on a fresh profile', async () => {
      const fresh = await launch(undefined, undefined, { firstRun: true });
      await fixTime(fresh);
      const tab = await fresh.openNewTab();
      await tab.getByTestId('welcome').waitFor();
      await newTabMatrix(tab, 'welcome-1');
      await tab.getByRole('button', { name: /^Choose what you see/ }).click();
      await tab.getByRole('heading', { name: 'Choose what you see' }).waitFor();
      await newTabMatrix(tab, 'welcome-2');
      await tab.locator('.welcome__next').click();
      await tab.getByRole('heading', { name: 'How should a new tab feel?' }).waitFor();
      await newTabMatrix(tab, 'welcome-3');
      await tab.close();
    });
  });

  describe('Chromium: the popup', () => {
    /** The popup page at about the size Chromium gives the real one; it shows the last new tab's item. */
    async function openPopup(scheme: 'light' | 'dark'): Promise<Page> {
      const popup = await tend.openPopup();
      await popup.getByText(/unread item/).waitFor();
      await frame(popup, scheme, 400, 560);
      return popup;
    }

    it('light and dark, with the new tab’s item', async () => {
      await closeNewTab(await openNewTabWith(tend, control, version, TIP));
      const popup = await openPopup('light');
      await expectLook(popup, 'popup/light');
      await frame(popup, 'dark', 400, 560);
      await expectLook(popup, 'popup/dark');
      await popup.close();
    });

    it('extra-large text', async () => {
      await setOption(tend, 'Extra large');
      const popup = await openPopup('light');
      await expectLook(popup, 'popup/x-large-text');
      await popup.close();
      await setOption(tend, 'Medium');
    });

    it('the item saved', async () => {
      const popup = await openPopup('light');
      const save = saveButton(popup);
      await save.click();
      await expect.poll(() => save.textContent()).toContain('Saved');
      await expectLook(popup, 'popup/saved');
      // Back as it was, so the pages below show only the imported reading list.
      await save.click();
      await expect.poll(() => save.textContent()).not.toContain('Saved');
      await popup.close();
    });
  });

  interface PageState {
    name: string;
    open: () => Promise<Page>;
  }

  const PAGES: PageState[] = [
    { name: 'reading-list', open: () => tend.openReadingList() },
    {
      name: 'explore',
      open: async () => {
        const page = await ready(await tend.open('explore.html'));
        await page.getByTestId('item-list').first().waitFor();
        return page;
      },
    },
    {
      name: 'history',
      open: async () => {
        const page = await ready(await tend.open('read-history.html'));
        await page.getByTestId('history').waitFor();
        return page;
      },
    },
    {
      name: 'options',
      open: async () => {
        const page = await ready(await tend.open('options.html'));
        await page.getByRole('button', { name: 'Export my data' }).and(page.locator(':enabled')).waitFor();
        return page;
      },
    },
    {
      name: 'help',
      open: async () => {
        const page = await tend.open('help.html');
        await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
        return page;
      },
    },
    {
      name: 'item',
      open: async () => {
        const page = await ready(await tend.open(`article.html?id=${ARTICLE.id}`));
        await page.getByRole('heading', { name: 'Sources' }).waitFor();
        return page;
      },
    },
  ];

  describe('Chromium: the other pages at 1280 wide', () => {
    it.each(PAGES)('$name', async ({ name, open }) => {
      const page = await open();
      for (const scheme of SCHEMES) {
        await frame(page, scheme, 1280, 800);
        await expectLook(page, `pages/${name}-${scheme}-1280`);
      }
      await page.close();
    });
  });

});

// Firefox runs in the same time zone (TZ), but its clock is not fixed: puppeteer has no clock
// over WebDriver BiDi, and a preload script needs a reload that an extension page does not survive
// there (tried: page.reload() times out). The day's landscape and the light of the hour would
// change these pictures with the date and hour of the run, so Firefox's rows use a sky that does
// not follow the time (a setting a person can choose) and a landscape pinned in the page's kept
// copy: a fixed day's hills and sun, kept as today's and tomorrow's, which the page then paints.
/** The day whose landscape Firefox's pictures show, whatever the date of the run. */
const PINNED_DAY = '2026-06-21';

describe('Firefox ESR: new tab and popup, light and dark, at 1280', () => {
  let pkg: FirefoxPackage | undefined;
  let profile: string | undefined;

  afterAll(async () => {
    await closeFirefox();
    pkg?.remove();
    if (profile) rmSync(profile, { recursive: true, force: true });
    const { errors } = takeFirefoxAudit();
    expect(errors, 'errors on extension pages in Firefox').toEqual([]);
  });

  /** Firefox opens an extension page only from its command line: one start per page and scheme. */
  async function start(page: string, scheme: 'light' | 'dark', viewport: { width: number; height: number }, shows = '[data-testid="item-title"]'): Promise<PuppeteerPage> {
    const firefox = await launchFirefox(findFirefox(), profile!, page, firefoxLook(scheme));
    const tab = firefox.page;
    await tab.setViewport(viewport);
    await tab.waitForSelector('html[data-tend-ready]');
    await tab.waitForSelector(shows);
    await tab.evaluate(async () => {
      await document.fonts.ready;
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    });
    return tab;
  }

  const shownTitle = (tab: PuppeteerPage) => tab.$eval('[data-testid="item-title"]', (el) => el.textContent?.trim());

  async function expectFirefoxLook(tab: PuppeteerPage, name: string): Promise<void> {
    const result = compareScreenshot(Buffer.from(await tab.screenshot()), name);
    expect.soft(result.pass, result.message).toBe(true);
  }

  it('the first new tab’s item, once the welcome is skipped, on the new tab and in the popup', async () => {
    pkg = buildFirefoxPackage();
    profile = createProfile(pkg.xpi);

    // A fresh profile: the first new tab shows the first run's welcome once the data has loaded.
    // Skip it, choose a look that does not depend on the date or the hour (see above), and keep
    // the item it shows (its snapshot) to pin as the next new tab's item.
    let tab = await start('newtab.html', 'light', { width: 1280, height: 800 }, 'html[data-tend-welcome="shown"] [data-testid="welcome"]');
    await tab.$eval('button.welcome__skip', (b) => (b as HTMLButtonElement).click());
    await tab.waitForSelector('[data-testid="item-title"]');
    const shown = (await shownTitle(tab)) ?? '';
    expect(shown).not.toBe('');
    await tab.evaluate(async () => {
      const scope = globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } };
      await scope.browser.storage.sync.set({ 'settings.followTime': false });
    });
    await tab.waitForFunction(() => (JSON.parse(localStorage.getItem('tend.settings') ?? '{}') as { followTime?: boolean }).followTime === false);
    const now = new Date();
    const pinned = [now, nextDay(now)].map((day) => ({ ...generate(PINNED_DAY), day: dayKey(day) }));
    await tab.evaluate(([key, scenes]) => localStorage.setItem(key, scenes), [SCENE_KEY, JSON.stringify(pinned)] as const);
    const snapshot = await tab.evaluate(() => {
      const current = JSON.parse(localStorage.getItem('tend.current') ?? '{}') as Record<string, unknown>;
      return JSON.stringify({ version: current.version, card: current.card, marks: current.marks });
    });
    await closeFirefox();

    /** Once a new tab has prepared its own next item (another than the one it shows), replaces it with the pinned one. */
    const pinNext = async (page: PuppeteerPage) => {
      const id = await page.evaluate(() => (JSON.parse(localStorage.getItem('tend.current') ?? '{}') as { card?: { id?: string } }).card?.id);
      await page.waitForFunction((shownId?: string) => {
        const next = JSON.parse(localStorage.getItem('tend.next') ?? 'null') as { card?: { id?: string } } | null;
        return next?.card?.id !== undefined && next.card.id !== shownId;
      }, {}, id);
      await page.evaluate((pinned: string) => localStorage.setItem('tend.next', pinned), snapshot);
    };
    // A new tab with the look settled (its item is not pictured), to pin the next one.
    tab = await start('newtab.html', 'light', { width: 1280, height: 800 });
    await pinNext(tab);
    await closeFirefox();

    tab = await start('newtab.html', 'light', { width: 1280, height: 800 });
    expect(await shownTitle(tab)).toBe(shown);
    await expectFirefoxLook(tab, 'firefox/newtab-light-1280');
    await pinNext(tab);
    await closeFirefox();

    // The popup shows the item the last new tab showed.
    for (const scheme of ['light', 'dark'] as const) {
      tab = await start('popup.html', scheme, { width: 400, height: 560 });
      expect(await shownTitle(tab)).toBe(shown);
      await expectFirefoxLook(tab, `firefox/popup-${scheme}`);
      await closeFirefox();
    }

    tab = await start('newtab.html', 'dark', { width: 1280, height: 800 });
    expect(await shownTitle(tab)).toBe(shown);
    await expectFirefoxLook(tab, 'firefox/newtab-dark-1280');
    await closeFirefox();
  }, 240_000);
});

afterAll(() => {
  // `npm run screenshots` only: the README gallery and the store listing from the new baselines.
  publish('newtab/article-light-1280', [GALLERY('newtab.png'), STORE('newtab-light.png')]);
  publish('newtab/article-dark-1280', [GALLERY('newtab-dark.png'), STORE('newtab-dark.png')]);
  publish('popup/light', [GALLERY('popup.png')]);
  publish('pages/reading-list-light-1280', [GALLERY('reading-list.png'), STORE('reading-list.png')]);
  publish('newtab/breathing-setup-light-1280', [STORE('breathing.png')]);
  // The store takes 1280×800 only: the popup is shown over the new tab, top right, as in the browser.
  if (isUpdating()) publishImage(overlay(readBaseline('newtab/tip-light-1280'), readBaseline('popup/light'), 1280 - 400 - 24, 8), STORE('popup.png'));
});
