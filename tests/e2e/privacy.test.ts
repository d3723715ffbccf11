// The privacy policy inside Tend (issue 18): reached from options and help, saying what
// docs/PRIVACY.md says, loading nothing from elsewhere (the audit after each test); and one of its
// claims checked in a real browser: of what a person does, only settings reach the browser's sync
// storage; the reading list and read history stay in this browser's database.
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndAudit, isOn, launch, markButton, saveButton } from './harness';
import { readDb } from './raw-db';
import { plainText } from '../../lib/content/text';
import { POLICY, TITLE } from '../../entrypoints/privacy/policy';

afterEach(closeAndAudit);

const STEP = { timeout: 5_000 };

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

describe('issue 18: the privacy policy page', () => {
  it.each([
    ['options.html', 'Options'],
    ['help.html', 'Get help now'],
  ])('%s links to the privacy policy, which shows the policy’s words and passes axe in both schemes', async (page, heading) => {
    const tend = await launch();
    const from = await tend.open(page);
    await from.getByRole('heading', { level: 1, name: heading }).waitFor();
    await from.getByRole('link', { name: 'Privacy policy' }).click();
    await from.waitForURL(/\/privacy\.html$/);
    await from.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const shown = (await from.getByTestId('privacy-policy').innerText()).replace(/\s+/g, ' ');
    // Every paragraph, heading and list item of the policy, as text, in the page (policy.ts is
    // docs/PRIVACY.md compiled: tests/unit/scripts/release/privacy.test.ts).
    for (const text of plainText(POLICY).split(/\n+/).filter(Boolean)) expect(shown).toContain(text.replace(/\s+/g, ' ').trim());
    expect(shown).toContain('Tend itself makes no network requests.');

    // The WCAG 2.1 A and AA rules the other pages meet (tests/e2e/a11y.test.ts), in both schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await from.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page: from }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  }, 120_000);

  it('only settings reach the browser’s sync storage: a saved and read item stays in this browser’s database', async () => {
    const tend = await launch();
    const tab = await tend.openNewTab();
    await saveButton(tab).click();
    await expect.poll(() => isOn(saveButton(tab)), STEP).toBe(true);
    await markButton(tab).click();
    await expect.poll(() => isOn(markButton(tab)), STEP).toBe(true);
    const options = await tend.open('options.html');
    await options.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark', exact: true }).check();

    // Checks the check: the save, the read and the setting were stored.
    await expect.poll(() => readDb<number>(options, { table: 'events', op: 'count' }), STEP).toBe(1);
    const synced = () => options.evaluate(() => chrome.storage.sync.get(null));
    await expect.poll(async () => (await synced())['settings.theme'], STEP).toBe('dark');
    expect(Object.keys(await synced()).filter((key) => !key.startsWith('settings.'))).toEqual([]);
  });
});
