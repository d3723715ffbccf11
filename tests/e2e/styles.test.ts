// Every page loads the styles of what it shows. A component's class names are styled in one of
// components/styles/*.css; a page that shows the component without loading that file shows it
// unstyled (the practices on the new tab did, before practice.css travelled with them). This walks
// every page and state and fails on any element whose class the project styles somewhere but no
// stylesheet of the page defines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { closeAndAudit, launch, nextArticle, readButton } from './harness';

afterEach(closeAndAudit);

const STYLES = path.resolve(import.meta.dirname, '../../components/styles');
const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;

/** Class names in the selectors of a CSS text (declarations and comments dropped first). */
export function selectorClasses(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, ' ');
  return new Set([...selectors.matchAll(CLASS)].map((m) => m[1]!));
}

/** Every class some stylesheet of the project gives a rule. */
const styled = new Set(
  readdirSync(STYLES)
    .filter((f) => f.endsWith('.css'))
    .flatMap((f) => [...selectorClasses(readFileSync(path.join(STYLES, f), 'utf8'))]),
);

/** Classes on screen that the project styles but the page's loaded stylesheets never mention. */
async function unstyled(page: Page): Promise<string[]> {
  const { shown, loaded } = await page.evaluate(() => {
    const selectors: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    const shown = new Set<string>();
    document.querySelectorAll('[class]').forEach((el) => el.classList.forEach((c) => shown.add(c)));
    return { shown: [...shown], loaded: selectors.join(' ') };
  });
  const have = new Set([...loaded.matchAll(CLASS)].map((m) => m[1]!));
  return shown.filter((c) => styled.has(c) && !have.has(c)).sort();
}

it('every page and state loads the styles of every component it shows', async () => {
  const tend = await launch();
  const missing: Record<string, string[]> = {};
  const check = async (name: string, page: Page) => {
    const classes = await unstyled(page);
    if (classes.length) missing[name] = classes;
  };

  const tab = await tend.openNewTab();
  await check('new tab', tab);
  await tab.getByRole('button', { name: 'Breathe · 1 min' }).click();
  await tab.getByRole('heading', { name: 'A breathing pause' }).waitFor();
  await check('new tab: breathing setup', tab);
  await tab.getByRole('button', { name: 'Start' }).click();
  await tab.getByTestId('pacer').waitFor();
  await check('new tab: breathing', tab);
  await tab.keyboard.press('Escape');
  await tab.getByTestId('practice-end').waitFor();
  await check('new tab: breathing end', tab);
  await tab.getByRole('button', { name: 'Back to the item' }).click();
  await tab.getByRole('button', { name: 'Ground · 5-4-3-2-1' }).click();
  await tab.getByTestId('grounding').waitFor();
  await check('new tab: grounding', tab);
  await tab.getByRole('button', { name: 'Back to the item' }).click();
  await nextArticle(tab);
  await readButton(tab).click();
  await tab.getByRole('button', { name: /Back/ }).first().waitFor();
  await check('new tab: reader', tab);

  for (const kind of ['breathing', 'grounding']) {
    const page = await tend.open(`practice.html?type=${kind}`);
    await page.locator('.practice').waitFor();
    await check(`practice.html ${kind}`, page);
  }
  await check('popup', await tend.openPopup());
  for (const name of ['reading-list', 'explore', 'read-history', 'options', 'help']) {
    const page = await tend.open(`${name}.html`);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle');
    await check(name, page);
  }

  // The first run's three steps, on a fresh profile.
  const fresh = await launch(undefined, undefined, { firstRun: true });
  const first = await fresh.context.newPage();
  await first.goto('chrome://newtab');
  await first.getByTestId('welcome').waitFor();
  await check('welcome step 1', first);
  await first.getByRole('button', { name: /Choose what you see/ }).click();
  await first.getByText('Step 2 of 3').waitFor();
  await check('welcome step 2', first);
  await first.getByRole('button', { name: /^Next/ }).click();
  await first.getByText('Step 3 of 3').waitFor();
  await check('welcome step 3', first);

  expect(missing, 'classes shown on a page that loaded no stylesheet defining them').toEqual({});
});
