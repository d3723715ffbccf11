// The first run in a real Chromium: the first new tab after install shows a three-step welcome,
// once; Skip at every step leaves the defaults; the choices are saved; a profile upgraded from an
// older build never sees it; every step passes axe and can be done with the keyboard alone.
import { cpSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { closeAndAudit, itemTitle, launch, ready, recorded, type Tend } from './harness';

/** Long enough for a loaded machine: polls end as soon as the page shows the state. */
const SETTLE = { timeout: 10_000 };

afterEach(closeAndAudit);

const BUILD_N = path.resolve(import.meta.dirname, '../fixtures/builds/schema-v1');

const welcome = (page: Page) => page.getByTestId('welcome');
const heading = (page: Page) => welcome(page).getByRole('heading', { level: 1 });
const skip = (page: Page) => page.getByRole('button', { name: 'Skip, use the defaults' });

/** A new tab once it has decided whether to welcome (the hook sets data-tend-welcome). */
async function newTab(tend: Tend): Promise<{ tab: Page; decision: string | null }> {
  const tab = await tend.context.newPage();
  await tab.goto('chrome://newtab');
  await tab.locator('html[data-tend-welcome]').waitFor({ state: 'attached' });
  return { tab, decision: await tab.locator('html').getAttribute('data-tend-welcome') };
}

/** What the extension keeps in storage: the first-run flag (local) and the settings (sync). */
const stored = (page: Page) =>
  page.evaluate(async () => {
    interface Area {
      get(keys: null): Promise<Record<string, unknown>>;
    }
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
    return { local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) };
  });

const stepText = (page: Page) => welcome(page).getByText(/^Step \d of 3$/).textContent();

async function goToStep(page: Page, step: number): Promise<void> {
  if (step >= 2) await page.getByRole('button', { name: /Choose what you see/ }).click();
  if (step >= 3) await welcome(page).getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => stepText(page)).toBe(`Step ${step} of 3`);
}

describe('first run', () => {
  it('shows on the first new tab of a fresh profile, saves the choices, and never shows again', async () => {
    const tend = await launch(undefined, undefined, { firstRun: true });
    const { tab, decision } = await newTab(tend);
    expect(decision).toBe('shown');
    await heading(tab).waitFor();
    expect(await heading(tab).textContent()).toBe('A small, kind pause in every new tab');
    // Each step starts at its heading.
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('welcome-title');

    await goToStep(tab, 2);
    await tab.getByRole('checkbox', { name: 'DBT skills' }).uncheck();
    await tab.getByRole('radio', { name: 'Tips' }).check();
    await welcome(tab).getByRole('button', { name: /^Next/ }).click();
    await tab.getByRole('radio', { name: 'Just the title' }).check();
    await tab.getByRole('radio', { name: 'Once a day' }).check();
    await tab.getByRole('radio', { name: 'Plain' }).check();
    await tab.getByRole('button', { name: /Open my first new tab/ }).click();
    await welcome(tab).waitFor({ state: 'detached' });

    const { local, sync } = await stored(tab);
    expect(local).toEqual({ welcome: 'done' });
    expect(sync['settings.kinds']).toEqual(['tip']);
    expect(sync['settings.quiet']).toBe('title');
    expect(sync['settings.cadence']).toBe('daily');
    expect(sync['settings.background']).toBe('plain');
    expect(sync['settings.topics']).not.toContain('dbt');
    expect((sync['settings.topics'] as string[]).length).toBeGreaterThan(5);

    // The choices are Options' own: the options page shows them.
    const options = await ready(await tend.open('options.html'));
    expect(await options.getByRole('checkbox', { name: 'DBT skills' }).isChecked()).toBe(false);

    for (let i = 0; i < 2; i++) {
      const again = await newTab(tend);
      expect(again.decision, `new tab ${i + 2}`).toBe('no');
      expect(await welcome(again.tab).count()).toBe(0);
    }
  });

  for (const step of [1, 2, 3]) {
    it(`Skip at step ${step} keeps the defaults, shows the new tab, and is not asked again`, async () => {
      const tend = await launch(undefined, undefined, { firstRun: true });
      const { tab } = await newTab(tend);
      await goToStep(tab, step);
      // A choice made before skipping is not kept: Skip means "use the defaults".
      if (step === 2) await tab.getByRole('radio', { name: 'Articles' }).check();
      if (step === 3) await tab.getByRole('radio', { name: 'Every hour' }).check();
      await skip(tab).click();
      await welcome(tab).waitFor({ state: 'detached' });
      await itemTitle(tab).waitFor();

      const { local, sync } = await stored(tab);
      expect(local).toEqual({ welcome: 'done' });
      expect(Object.keys(sync).filter((k) => k.startsWith('settings.'))).toEqual([]);
      expect((await newTab(tend)).decision).toBe('no');
    });
  }

  it('is not shown to a profile upgraded from an older build', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'tend-e2e-welcome-upgrade-')));
    const folder = path.join(root, 'tend');
    const profile = path.join(root, 'profile');
    cpSync(BUILD_N, folder, { recursive: true });
    try {
      const old = await launch(profile, folder, { firstRun: true });
      const tab = await old.context.newPage();
      await tab.goto('chrome://newtab');
      await itemTitle(tab).waitFor();
      await ready(tab);
      // Build N records the view once its data loads; wait until the database holds it.
      await expect.poll(() => tab.evaluate(() => localStorage.getItem('tend.next') !== null)).toBe(true);
      await old.close();

      for (const name of readdirSync(folder)) rmSync(path.join(folder, name), { recursive: true, force: true });
      cpSync(inject('extensionDir'), folder, { recursive: true });
      const next = await launch(profile, folder, { firstRun: true });
      const { tab: after, decision } = await newTab(next);
      expect(decision).toBe('no');
      expect(await welcome(after).count()).toBe(0);
      await recorded(after);
      // Marked at once, so later tabs read one flag instead of the database.
      expect((await stored(after)).local).toEqual({ welcome: 'done' });
      await next.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('every step has no axe violations, light and dark', async () => {
    const tend = await launch(undefined, undefined, { firstRun: true });
    const { tab } = await newTab(tend);
    const found: string[] = [];
    for (const step of [1, 2, 3]) {
      if (step === 2) await goToStep(tab, 2);
      if (step === 3) {
        await welcome(tab).getByRole('button', { name: /^Next/ }).click();
        await expect.poll(() => stepText(tab)).toBe('Step 3 of 3');
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await tab.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        found.push(...violations.map((v) => `step ${step} (${colorScheme}): ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('can be done with the keyboard alone, each control showing its focus', async () => {
    const tend = await launch(undefined, undefined, { firstRun: true });
    const { tab } = await newTab(tend);
    await heading(tab).waitFor();
    /** The focused control's name (a chip's or a choice's is its label's text). */
    const focused = () =>
      tab.evaluate(() => {
        const el = document.activeElement;
        return (el?.closest('label')?.textContent ?? el?.textContent ?? '').trim();
      });
    /** Tabs forward until the focused control's name matches; fails after 30 presses. */
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 30; i++) {
        await tab.keyboard.press('Tab');
        if (name.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    const onHeading = () => tab.evaluate(() => document.activeElement?.matches('[data-testid="welcome"] h1') ?? false);
    /**
     * The outline that shows the focus: the control's own (a button, or a segmented choice's radio,
     * which lies over its pill), or, for an input drawn without one (a topic chip), its pill's.
     */
    const ring = () =>
      tab.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const own = getComputedStyle(el).outlineStyle;
        return el.tagName === 'INPUT' && own === 'none' ? getComputedStyle(el.nextElementSibling as HTMLElement).outlineStyle : own;
      });

    await tabTo(/^Choose what you see/);
    await expect.poll(ring, SETTLE).toBe('solid');
    await tab.keyboard.press('Enter');
    await expect.poll(() => stepText(tab)).toBe('Step 2 of 3');
    expect(await onHeading()).toBe(true); // each step starts at its heading, in the same frame

    await tabTo(/^✓?Calming stress$/);
    await expect.poll(ring, SETTLE).toBe('solid');
    await tab.keyboard.press('Space');
    await tabTo(/^Both$/);
    await tab.keyboard.press('ArrowLeft'); // Articles
    await tabTo(/^Next/);
    await tab.keyboard.press('Enter');
    await expect.poll(() => stepText(tab)).toBe('Step 3 of 3');
    expect(await onHeading()).toBe(true); // each step starts at its heading, in the same frame

    await tabTo(/^Landscape$/);
    await expect.poll(ring, SETTLE).toBe('solid');
    await tab.keyboard.press('ArrowRight'); // Soft sky
    await tabTo(/^The whole item$/);
    await expect.poll(ring, SETTLE).toBe('solid');
    await tab.keyboard.press('ArrowRight'); // Just the title
    await tabTo(/^Every new tab$/);
    await tab.keyboard.press('ArrowRight'); // Every hour
    await tabTo(/^Open my first new tab/);
    await tab.keyboard.press('Enter');
    await welcome(tab).waitFor({ state: 'detached' });

    // Every choice reaches storage.sync (the writes may land one after another).
    await expect.poll(async () => (await stored(tab)).sync['settings.background'], SETTLE).toBe('sky');
    const { sync } = await stored(tab);
    expect(sync['settings.kinds']).toEqual(['article']);
    expect(sync['settings.quiet']).toBe('title');
    expect(sync['settings.cadence']).toBe('hourly');
    expect((sync['settings.topics'] as string[]).length).toBeGreaterThan(5);
  });
});
