// One Firefox ESR session per test file, shared by tests/e2e/firefox.test.ts and
// firefox-mine.test.ts: the package is built and a fresh profile made before the tests, every page
// is opened by starting Firefox again on that profile (Firefox lets only its command line open an
// extension page), and all is closed and removed after. See firefox-harness.ts for how Firefox runs.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { buildFirefoxPackage, closeAll, createProfile, findFirefox, launchFirefox, type Firefox, type FirefoxPackage } from './firefox-harness';

/** Set once the page's storage is open and its buttons act (see lib/ui/use-item-page.ts). */
export const READY = 'html[data-tend-ready]';

/** A test that starts Firefox: the first start on a fresh profile installs the package. */
export const LAUNCH_TIMEOUT = 120_000;

export interface FirefoxSession {
  /** The running Firefox (the last one `open` started). */
  readonly firefox: Firefox;
  /** The unpacked package the profile has installed (for the linter). */
  readonly packageDir: string;
  /** Closes the running Firefox, if any, and starts it again on `page` (with more `prefs` for this start). */
  open(page: string, prefs?: Record<string, string | number | boolean>): Promise<Firefox>;
}

/** Call at the top of a test file: registers the file's beforeAll and afterAll. */
export function firefoxSession(): FirefoxSession {
  let firefoxPath = '';
  let pkg: FirefoxPackage | undefined;
  let profile = '';
  let current: Firefox | undefined;

  beforeAll(() => {
    // Never skipped: without Firefox this fails, with how to get it.
    firefoxPath = findFirefox();
    pkg = buildFirefoxPackage();
    profile = createProfile(pkg.xpi);
  }, 180_000);

  afterAll(async () => {
    await closeAll();
    pkg?.remove();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  return {
    get firefox() {
      if (!current) throw new Error('No Firefox is running: open a page first');
      return current;
    },
    get packageDir() {
      if (!pkg) throw new Error('The Firefox package is not built yet');
      return pkg.dir;
    },
    async open(page, prefs = {}) {
      await current?.close();
      current = await launchFirefox(firefoxPath, profile, page, prefs);
      return current;
    },
  };
}

/** The button whose visible label starts with `label` (labels carry a key hint or a ✓ with them). */
export async function button(page: Page, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/^✓\s*/, '').trim().startsWith(text)),
    {},
    label,
  );
  return handle.asElement() as ElementHandle<HTMLButtonElement>;
}
