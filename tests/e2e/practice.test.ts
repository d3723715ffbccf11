// One-minute practices in a real Chromium with the built extension: the breathing pacer from the
// new tab (phases advance, Escape ends it, Back returns to the item), reduced motion (the shape
// stands still), grounding counted in the log, and the pause reminder (an alarm only once it is
// turned on). After every test, the audit: no request left the machine, no page logged an error.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, launch, tempProfile, titleOf } from './harness';

/** The longest phase of box breathing is 4 s; allow for a slow, shared machine. */
const PHASE_TIMEOUT = 10_000;

afterEach(closeAndAudit);

const phase = (page: Page) => page.getByTestId('pacer-phase');
const phaseText = async (page: Page) => (await phase(page).textContent())?.trim() ?? '';

/** Opens the pacer from the new tab, picks box breathing (4-second phases) and starts it. */
async function startBox(tab: Page): Promise<void> {
  await tab.getByRole('button', { name: 'Breathe · 1 min' }).click();
  await tab.getByRole('radio', { name: /Box breathing/ }).check();
  await tab.getByRole('button', { name: 'Start' }).click();
  await phase(tab).waitFor();
}

/** The shape's animation as the browser computes it. */
const shapeMotion = (tab: Page) =>
  tab.getByTestId('pacer-shape').evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      animationName: style.animationName,
      transitionDuration: style.transitionDuration,
      transform: style.transform,
      running: el.getAnimations().filter((a) => a.playState === 'running').length,
    };
  });

describe('breathing pacer', () => {
  it('starts from the new tab, says each phase as it comes, and Escape ends it kindly; Back to the item', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const title = await titleOf(tab);
    await startBox(tab);

    expect(await phaseText(tab)).toBe('Breathe in');
    // The page's status region says each phase once (the count is not announced).
    await expect.poll(() => tab.locator('[role="status"]').textContent()).toBe('Breathe in');
    // Wait for the phase to change (no sleeping): box breathing holds after 4 s.
    await expect.poll(() => phaseText(tab), { timeout: PHASE_TIMEOUT, message: 'the phase after “Breathe in”' }).toBe('Hold');
    await expect.poll(() => tab.locator('[role="status"]').textContent()).toBe('Hold');
    expect(await tab.getByText('Breath 1 of 4').isVisible()).toBe(true);

    await tab.keyboard.press('Escape');
    await tab.getByTestId('practice-end').waitFor();
    expect(await tab.getByTestId('practice-end').textContent()).toMatch(/Even a few slow breaths count/);
    expect(await phase(tab).count()).toBe(0);

    await tab.getByRole('button', { name: 'Back to the item' }).click();
    await tab.getByTestId('item-title').waitFor();
    expect(await titleOf(tab)).toBe(title);
  });

  it('opens with the B key, is a history entry (browser Back returns to the item), and pauses', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    const title = await titleOf(tab);
    await tab.keyboard.press('b');
    await tab.getByRole('heading', { level: 1, name: 'A breathing pause' }).waitFor();
    await tab.getByRole('button', { name: 'Start' }).click();
    await tab.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => phaseText(tab)).toBe('Breathe in · paused');
    expect(await tab.getByTestId('pacer-shape').evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('paused');
    await tab.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => phaseText(tab)).toBe('Breathe in');

    await tab.goBack();
    await tab.getByTestId('item-title').waitFor();
    expect(await titleOf(tab)).toBe(title);
    expect(await phase(tab).count()).toBe(0);
  });

  it('moves the shape with the breath, but not at all under reduced motion', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await startBox(tab);
    // Checks the check: without reduced motion the shape grows on the in-breath.
    expect(await shapeMotion(tab)).toMatchObject({ animationName: 'pacer-in', running: 1 });
    await tab.getByRole('button', { name: /^Stop/ }).click();
    await tab.getByRole('button', { name: 'Breathe again' }).click();

    await tab.emulateMedia({ reducedMotion: 'reduce' });
    await tab.getByRole('button', { name: 'Start' }).click();
    const still = await shapeMotion(tab);
    expect(still).toEqual({ animationName: 'none', transitionDuration: '0s', transform: 'matrix(0.8, 0, 0, 0.8, 0, 0)', running: 0 });
    // The words still carry the rhythm, and the shape stays the same size in the next phase.
    await expect.poll(() => phaseText(tab), { timeout: PHASE_TIMEOUT }).toBe('Hold');
    expect(await shapeMotion(tab)).toEqual(still);
  });
});

describe('grounding', () => {
  const JOTTED = 'a window (tend-e2e-jotted-4c1f)';

  it('taller than the new tab\'s stage (1280×800), starts below the top bar and nothing lies over its controls', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.getByRole('button', { name: 'Ground · 5-4-3-2-1' }).click();
    const heading = tab.getByRole('heading', { level: 1, name: 'Five things you can see' });
    await heading.waitFor();
    const bar = await tab.locator('.topbar').boundingBox();
    const top = await tab.getByTestId('grounding').boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    // Each control is the element found at its own centre (once scrolled to): no row or spacer over it.
    for (const name of ['Next', 'Skip this one', 'I feel done', 'Back to the item']) {
      const button = tab.getByRole('button', { name, exact: true });
      await button.scrollIntoViewIfNeeded();
      expect(await button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }), name).toBe(true);
    }
  });

  it('goes one sense at a time, and a finished practice shows in the gentle log', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await tab.getByRole('button', { name: 'Ground · 5-4-3-2-1' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Five things you can see' }).waitFor();
    // A note no item's text can contain: the check below reads every stored item too.
    await tab.getByRole('textbox', { name: /Jot them down/ }).fill(JOTTED);
    await tab.getByRole('button', { name: 'Next' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Four things you can touch' }).waitFor();
    await tab.getByRole('button', { name: 'I feel done' }).click();
    await tab.getByTestId('practice-end').waitFor();

    const log = await tend.open('read-history.html');
    await log.getByTestId('practice-week').waitFor();
    expect(await log.getByTestId('practice-week').textContent()).toBe('You took 1 calm minute this week (1 practice).');
    // What was jotted was never stored.
    const stored = await log.evaluate(async () => {
      const dump: string[] = [];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name ?? '');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const name of db.objectStoreNames) {
          const rows = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
          });
          dump.push(JSON.stringify(rows));
        }
        db.close();
      }
      return dump.join('\n') + JSON.stringify(localStorage);
    });
    expect(stored).toContain('"type":"grounding"');
    expect(stored).not.toContain(JOTTED);
  });
});

describe('popup', () => {
  it('links to the pacer on its own page, which works there too', async () => {
    const tend = await launch();
    const popup = await tend.openPopup();
    expect(await popup.getByTestId('popup-breathe').getAttribute('href')).toBe('practice.html?type=breathing');
    const page = await tend.open('practice.html?type=breathing');
    await page.getByRole('heading', { level: 1, name: 'A breathing pause' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => phaseText(page)).toBe('Breathe in');
    await page.keyboard.press('Escape');
    await page.getByTestId('practice-end').waitFor();
  });
});

/**
 * Grants the reminder's optional permissions to Tend in a profile, as if the person had said yes
 * to the browser's prompt: headless Chromium cannot show that prompt, so it is answered in the
 * profile's Preferences (where Chromium keeps each extension's granted permissions) while the
 * browser is closed. Debian's Chromium does not refuse preferences edited this way.
 */
function preGrant(profileDir: string, extensionId: string, permissions: string[]): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { api: string[] } | null | undefined>> };
  };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error(`Tend (${extensionId}) is not in the profile's extension settings`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = settings[key] ?? { api: [] };
    set.api = [...new Set([...set.api, ...permissions])];
    settings[key] = set;
  }
  settings.runtime_granted_permissions = { api: permissions, explicit_host: [], manifest_permissions: [], scriptable_host: [] } as { api: string[] };
  writeFileSync(file, JSON.stringify(prefs));
}

type Alarm = { name: string; scheduledTime: number };
/** The extension's alarms, read from one of its pages (none when the alarms API is not granted). */
const alarmsOf = (page: Page) =>
  page.evaluate(async () => {
    // `chrome` is the page's own extension API (the alarms API exists only once it is granted).
    const api = (globalThis as unknown as { chrome: { alarms?: { getAll(): Promise<Alarm[]> } } }).chrome;
    return api.alarms ? (await api.alarms.getAll()).map((a) => a.name) : [];
  });

/** Whether the extension holds these permissions, asked from one of its pages. */
const holds = (page: Page, permissions: string[]) =>
  page.evaluate((wanted) => {
    const api = (globalThis as unknown as { chrome: { permissions: { contains(p: { permissions: string[] }): Promise<boolean> } } }).chrome;
    return api.permissions.contains({ permissions: wanted });
  }, permissions);

describe('pause reminder', () => {
  it('is off by default, asks nothing and schedules nothing until turned on; then one alarm; off clears it', async () => {
    const profile = tempProfile();
    try {
      const first = await launch(profile);
      const { extensionId } = first;
      const options = await first.open('options.html');
      const box = options.getByRole('switch', { name: /suggest a one-minute pause/ });
      await box.waitFor();
      expect(await box.isChecked()).toBe(false);
      expect(await alarmsOf(options)).toEqual([]);
      expect(await holds(options, ['notifications'])).toBe(false);
      await first.close();

      preGrant(profile, extensionId, ['alarms', 'notifications']);
      const second = await launch(profile);
      expect(second.extensionId).toBe(extensionId);
      const page = await second.open('options.html');
      const toggle = page.getByRole('switch', { name: /suggest a one-minute pause/ });
      await toggle.waitFor();
      // Allowed now, but still off: nothing scheduled before the person turns it on.
      expect(await holds(page, ['notifications', 'alarms'])).toBe(true);
      expect(await alarmsOf(page)).toEqual([]);

      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(true);
      await expect.poll(() => alarmsOf(page), { timeout: 5_000 }).toEqual(['tend-pause:2:9-18']);

      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await expect.poll(() => alarmsOf(page), { timeout: 5_000 }).toEqual([]);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
