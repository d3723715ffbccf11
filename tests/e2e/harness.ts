// Drives the built extension in a real Chromium: launch on a profile, find the extension, open its
// pages, and keep the audit of the session (requests to other origins, errors on extension pages).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumArgs } from '../../scripts/chromium-flags.mjs';

/** Schemes that never leave the machine. Anything else is a request to another origin. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'chrome:', 'about:', 'devtools:', 'blob:'];

export function isForeign(url: string): boolean {
  return !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

const isExtensionPage = (url: string | undefined): boolean => url?.startsWith('chrome-extension://') ?? false;

export interface Audit {
  /** URLs of requests to any origin that is not the extension or the browser itself. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions on extension pages, with the page they came from. */
  errors: string[];
}

// Every browser of the test appends here, also those closed mid-test (a relaunch), so one
// `takeAudit()` after the test covers all of them.
let audit: Audit = { foreignRequests: [], errors: [] };

/** The audit since the last call, and a fresh one for what comes next. */
export function takeAudit(): Audit {
  const taken = audit;
  audit = { foreignRequests: [], errors: [] };
  return taken;
}

export interface Tend {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** chrome-extension://<id>/<page> */
  url(page: string): string;
  /** A new tab, as the person opens one (chrome://newtab), once it has recorded its view and its actions work. */
  openNewTab(): Promise<Page>;
  /** The toolbar popup's page, opened as a tab, once its item is on screen. */
  openPopup(): Promise<Page>;
  /** Any extension page, e.g. 'help.html', in a new tab. */
  open(page: string): Promise<Page>;
  /** The reading list page showing All (read and to read), once its list (or its empty state) is shown. */
  openReadingList(): Promise<Page>;
  /** Closes the browser; the profile stays unless it was a temporary one. */
  close(): Promise<void>;
}

const running = new Set<Tend>();

/** Closes every browser still open (after a failed test) so the next test starts clean. */
export async function closeAll(): Promise<void> {
  await Promise.all([...running].map((tend) => tend.close()));
}

/**
 * After each test: closes every browser, then fails the test on any request to another origin or
 * any console error or uncaught exception on an extension page during it (cases 25 and 29).
 */
export async function closeAndAudit(): Promise<void> {
  await closeAll();
  const { foreignRequests, errors } = takeAudit();
  expect(foreignRequests, 'requests to other origins').toEqual([]);
  expect(errors, 'console errors and uncaught exceptions on extension pages').toEqual([]);
}

/** How long a change made in one page may take to show in another. */
export const LIVE_TIMEOUT = 2_000;

/** A fresh temporary profile directory, for tests that relaunch on the same profile. */
export function tempProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'tend-e2e-profile-'));
}

/**
 * The id Chromium gave the unpacked extension. Not read from the service worker: the shipped build
 * the upgrade test starts from has no background script, and the current one's worker starts when
 * it likes. chrome://extensions-internals lists every installed extension as JSON, with the folder
 * it was loaded from, so it works for both and tells which folder Chromium actually loaded.
 */
async function findExtensionId(context: BrowserContext, extensionDir: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions-internals');
    const text = await page.locator('body').innerText();
    const extensions = JSON.parse(text) as { id: string; path: string; name: string }[];
    const tend = extensions.find((e) => path.resolve(e.path) === extensionDir);
    if (!tend) {
      const seen = extensions.map((e) => `${e.name} (${e.path})`).join(', ');
      throw new Error(
        `Chromium did not load Tend from ${extensionDir} (loaded: ${seen}); it drops an unpacked extension whose manifest it rejects`,
      );
    }
    return tend.id;
  } finally {
    await page.close();
  }
}

/**
 * Resolves once the page's storage session is open, so actions are no longer ignored, and a list
 * page shows its live rows (not the last visit's kept first screen, which marks its main aria-busy).
 */
export async function ready(page: Page): Promise<Page> {
  await page.locator('html[data-tend-ready]').waitFor({ state: 'attached' });
  await page.locator('main[aria-busy]').waitFor({ state: 'detached' });
  return page;
}

/** Resolves once a new tab has recorded its view and prepared the next tab's item (lib/ui/use-item-page.ts). */
export async function recorded(tab: Page): Promise<Page> {
  await tab.locator('html[data-tend-recorded]').waitFor({ state: 'attached' });
  return tab;
}

/** Closes a new tab once it has prepared the next tab's item. */
export async function closePrepared(tab: Page): Promise<void> {
  await tab.waitForFunction(() => localStorage.getItem('tend.next') !== null);
  await tab.close();
}

/** The item's title on a new tab or the popup. */
export const itemTitle = (page: Page) => page.getByTestId('item-title');

export const titleOf = async (page: Page): Promise<string> => (await itemTitle(page).textContent())?.trim() ?? '';

export const nextButton = (page: Page) => page.getByRole('button', { name: /^Next/ });
/** Save ↔ Saved and Mark read ↔ Read: the label is the name and the state (no aria-pressed). */
export const saveButton = (page: Page | Locator) => page.getByRole('button', { name: /^Saved?$/ });
export const markButton = (page: Page | Locator) => page.getByRole('button', { name: /^(Mark read|Read)$/ });
/** Whether a state button is on: its label says so ("Saved", "Read"). */
export const isOn = async (button: Locator): Promise<boolean> => /^(Saved|Read)$/.test(((await button.textContent()) ?? '').trim());
/** An article's "Keep reading" on the new tab, which opens the reader. */
export const readButton = (page: Page) => page.getByRole('button', { name: /^Keep reading/ });

/** Runs `act` and waits until the page shows another item; returns its title. */
export async function moveOn(page: Page, act: () => Promise<void>): Promise<string> {
  const before = await titleOf(page);
  await act();
  await expect.poll(() => titleOf(page), { timeout: 5_000, message: `the item after “${before}”` }).not.toBe(before);
  return titleOf(page);
}

/** Presses Next until the item is an article (rotation repeats nothing, so this ends). */
export async function nextArticle(page: Page): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (await readButton(page).isVisible()) return titleOf(page);
    await moveOn(page, () => nextButton(page).click());
  }
  throw new Error('No article in 200 items');
}

/** The reading list's entry with this title, once the list has loaded. */
export const entry = (list: Page, title: string) =>
  list.getByTestId('reading-list').locator('[data-item-id]').filter({ hasText: title });

/** Stores the first-run flag (lib/welcome/flag.ts) from an extension page, as finishing the welcome does. */
async function markWelcomed(context: BrowserContext, pageUrl: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(pageUrl);
    await page.evaluate(() => {
      const scope = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      return scope.chrome.storage.local.set({ welcome: 'done' });
    });
  } finally {
    await page.close();
  }
}

/**
 * Starts Chromium with Tend loaded, on `profileDir` (a temporary profile, removed on close, when
 * none is given). `extensionDir` is the absolute, resolved path of the unpacked build to load:
 * the current build unless a test loads another one (an older release, in the upgrade test).
 * `firstRun` leaves the first-run welcome as a fresh install shows it; otherwise the profile is
 * marked as welcomed first, so tests about everything else start on an ordinary new tab.
 */
export async function launch(
  profileDir?: string,
  extensionDir: string = inject('extensionDir'),
  { firstRun = false }: { firstRun?: boolean } = {},
): Promise<Tend> {
  const temporary = profileDir === undefined;
  const dir = profileDir ?? tempProfile();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extensionDir),
  });

  context.on('request', (request) => {
    if (isForeign(request.url())) audit.foreignRequests.push(request.url());
  });
  context.on('console', (message) => {
    const url = message.page()?.url();
    if (message.type() === 'error' && isExtensionPage(url)) audit.errors.push(`console error on ${url}: ${message.text()}`);
  });
  context.on('weberror', (webError) => {
    const url = webError.page()?.url();
    if (isExtensionPage(url)) audit.errors.push(`uncaught on ${url}: ${webError.error().stack ?? webError.error().message}`);
  });

  let extensionId: string;
  try {
    extensionId = await findExtensionId(context, extensionDir);
  } catch (error) {
    await context.close();
    throw error;
  }
  const url = (page: string) => `chrome-extension://${extensionId}/${page}`;
  if (!firstRun) await markWelcomed(context, url('help.html'));

  const openPage = async (target: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(target);
    return page;
  };
  const withItem = async (page: Page): Promise<Page> => {
    await itemTitle(page).waitFor();
    return ready(page);
  };

  let closed = false;
  const tend: Tend = {
    context,
    extensionId,
    profileDir: dir,
    url,
    openNewTab: async () => recorded(await withItem(await openPage('chrome://newtab'))),
    openPopup: async () => withItem(await openPage(url('popup.html'))),
    open: (page) => openPage(url(page)),
    openReadingList: async () => {
      const list = await openPage(url('reading-list.html?show=all'));
      await list.locator('[data-testid="reading-list"], [data-testid="reading-list-empty"]').first().waitFor();
      return ready(list);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      running.delete(tend);
      await context.close();
      if (temporary) rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(tend);
  return tend;
}
