// Text contrast measured on the real pixels (not the declared colours): for every line of text on
// the new tab and the popup, in the light and the dark scheme, the worst WCAG contrast between the
// text's colour and any pixel behind it is at least 4.5:1. What lies behind the text comes from a
// second screenshot with that text made transparent, so glyph pixels do not count
// (tests/e2e/contrast.ts, contrast-page.ts). Same fixed item, time zone and clock as the visual tests.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeFindings } from './contrast';
import { measureContrast } from './contrast-page';
import { closeAll, launch, takeAudit, type Tend } from './harness';
import { card, catalogVersion, closeNewTab, fixTime, frame, openNewTabWith, setOption, TIME_ZONE } from './visual-page';

// Chromium reads its time zone from TZ when it starts; this file runs in its own worker.
process.env.TZ = TIME_ZONE;

/** WCAG 2 AA for text of any size (1.4.3): no exception for large text is taken. */
const MINIMUM = 4.5;

const TIP = card('cbt-tell-a-friend');
const ARTICLE = card('support-finding-a-good-fit');

let tend: Tend;
let control: Page;
let version: string;

beforeAll(async () => {
  tend = await launch();
  await fixTime(tend);
  control = await tend.open('help.html');
  version = await catalogVersion(tend);
}, 60_000);

afterAll(closeAll);

afterEach(() => {
  const { foreignRequests, errors } = takeAudit();
  expect(foreignRequests, 'requests to other origins').toEqual([]);
  expect(errors, 'console errors and uncaught exceptions on extension pages').toEqual([]);
});

/** Measures the page as it is now; fails naming every box under the minimum. Returns the worst ratio. */
async function expectContrast(page: Page, what: string): Promise<number> {
  const { boxes, findings, unread } = await measureContrast(page);
  expect(boxes.length, `${what}: text boxes found`).toBeGreaterThan(5);
  expect(unread.map((b) => `${b.label}: ${b.colour}`), `${what}: colours the check cannot read`).toEqual([]);
  expect(describeFindings(findings, MINIMUM), `${what}: text under ${MINIMUM}:1 against the pixels behind it`).toEqual([]);
  const worst = findings.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  console.info(`contrast: ${what}: ${boxes.length} boxes, worst ${worst.ratio.toFixed(2)}:1 (${worst.label}, over ${worst.background})`);
  return worst.ratio;
}

describe('text contrast against the pixels behind it, at least 4.5:1', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each([
      { name: 'a tip', shows: TIP },
      { name: 'an article', shows: ARTICLE },
    ])(`new tab with $name (${scheme})`, async ({ name, shows }) => {
      const tab = await openNewTabWith(tend, control, version, shows);
      await frame(tab, scheme, 1280, 800);
      await expectContrast(tab, `new tab with ${name} (${scheme})`);
      await closeNewTab(tab);
    });

    it(`popup (${scheme})`, async () => {
      const popup = await tend.openPopup();
      await popup.getByText(/unread item|Reading list/).first().waitFor();
      await frame(popup, scheme, 400, 560);
      await expectContrast(popup, `popup (${scheme})`);
      await popup.close();
    });
  }
});

// The other two backgrounds of options (direction.md §4): Soft sky (sky and halo, no hills) and
// Plain (the paper), in both schemes, with a tip and with an article.
describe('text contrast on the Soft sky and Plain backgrounds, at least 4.5:1', () => {
  for (const background of ['Soft sky', 'Plain'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it.each([
        { name: 'a tip', shows: TIP },
        { name: 'an article', shows: ARTICLE },
      ])(`new tab with $name on ${background} (${scheme})`, async ({ name, shows }) => {
        await setOption(tend, background);
        const tab = await openNewTabWith(tend, control, version, shows);
        expect(await tab.evaluate(() => document.documentElement.dataset.background)).toBe(background === 'Plain' ? 'plain' : 'sky');
        await frame(tab, scheme, 1280, 800);
        await expectContrast(tab, `new tab with ${name} on ${background} (${scheme})`);
        await closeNewTab(tab);
      });
    }
  }
});

describe('the check itself', () => {
  it('finds text made pale on purpose (light grey on the light popup), and only that text', async () => {
    const popup = await tend.openPopup();
    await frame(popup, 'light', 400, 560);
    const meta = popup.locator('.item__meta').first();
    await meta.evaluate((el: HTMLElement) => el.style.setProperty('color', 'rgb(190, 190, 190)'));
    const text = (await meta.textContent())?.trim().slice(0, 40) ?? '';
    const { findings } = await measureContrast(popup);
    const failing = describeFindings(findings, MINIMUM);
    // One finding per line of the pale text (the popup's meta line wraps), and nothing else.
    expect(failing.length).toBeGreaterThan(0);
    for (const finding of failing) expect(finding).toContain(`“${text}”`);
    await popup.close();
  });
});
