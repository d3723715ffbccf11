// Firefox ESR: the new tab's content visible, Tend against the static baseline, alternating; each
// run a fresh Firefox on the extension's own profile (reused, so from the second launch on Tend has
// an item prepared, as in use). Firefox is driven with puppeteer-core over WebDriver BiDi, which
// cannot navigate to moz-extension:// pages: Firefox is started with the page's address as an
// argument, so the page loads before anything could be injected into it, and what is measured is
// read from its paint timeline afterwards: first contentful paint (Firefox has no element timing)
// and the last largest-contentful-paint candidate. Installing and launching follow
// tests/e2e/firefox-harness.ts: the package in the profile's extensions/ folder under its add-on
// id, a fixed internal UUID so the page's address is known, the page's address on the command line.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { median, p90 } from './stats.mjs';
import { firefoxPrefs } from '../firefox-prefs.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Tend package (`wxt zip -b firefox` into `outDir`) or the baseline folder zipped, as an .xpi. */
export function zipFolder(dir, xpi) {
  rmSync(xpi, { force: true });
  execFileSync('zip', ['-q', '-r', xpi, '.'], { cwd: dir });
  return xpi;
}

function profileFor(ext) {
  const profile = mkdtempSync(join(tmpdir(), `tend-bench-firefox-${ext.name}-`));
  mkdirSync(join(profile, 'extensions'));
  copyFileSync(ext.xpi, join(profile, 'extensions', `${ext.geckoId}.xpi`));
  const userJs = Object.entries(firefoxPrefs(ext.geckoId, ext.uuid))
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
  writeFileSync(join(profile, 'user.js'), userJs);
  return profile;
}

/** Starts Firefox on `url`, connects over BiDi once it says where, and returns the page. */
async function launch(profile, url) {
  const child = spawn(FIREFOX, ['--headless', '--profile', profile, '--remote-debugging-port=0', url], {
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a stuck one is killed with its content processes
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const output = [];
  const endpoint = new Promise((resolve, reject) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
        if (match) resolve(`${match[1]}/session`);
      });
    }
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before WebDriver BiDi started:\n${output.join('\n')}`)));
    setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi within 30 s:\n${output.join('\n')}`)), 30_000);
  });
  try {
    const browser = await puppeteer.connect({ browserWSEndpoint: await endpoint, protocol: 'webDriverBiDi', defaultViewport: null });
    const close = async () => {
      const timer = setTimeout(kill, 15_000);
      await browser.close().catch(kill);
      await exited;
      clearTimeout(timer);
    };
    try {
      const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 30_000 });
      return { page: await target.page(), close };
    } catch (error) {
      await close();
      throw new Error(`Firefox did not open ${url}: ${error.message}`);
    }
  } catch (error) {
    kill();
    await exited;
    throw error;
  }
}

/** The paint timeline, once the page has settled. Runs in the page. */
function readTimeline() {
  return new Promise((resolve) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    if (!PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) return resolve({ fcp, lcp: null });
    // Largest-contentful-paint entries are only given to an observer (buffered), not by getEntries.
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      const last = list.getEntries().at(-1);
      resolve({ fcp, lcp: last ? last.renderTime || last.startTime : null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** Settled (as pageSettled), or showing the first run's welcome: a fresh profile's first tab. Runs in the page. */
function settledOrWelcome(tend) {
  if (document.documentElement.dataset.tendWelcome === 'shown') return true;
  const title = document.querySelector('[data-testid="item-title"]');
  if (!title?.textContent?.trim()) return false;
  return !tend || ['data-tend-recorded', 'data-tend-ready'].some((a) => document.documentElement.hasAttribute(a));
}

async function run(ext) {
  const firefox = await launch(ext.profile, `moz-extension://${ext.uuid}/newtab.html`);
  try {
    await firefox.page.waitForFunction(settledOrWelcome, { polling: 100, timeout: 30_000 }, ext.tend);
    // The first launch (a warm-up) of a fresh profile shows the welcome: finished as a person would,
    // so the measured launches show the item, as a profile in use does.
    if (await firefox.page.evaluate(() => document.documentElement.dataset.tendWelcome === 'shown')) {
      await firefox.page.evaluate(() => globalThis.browser.storage.local.set({ welcome: 'done' }));
      return { fcp: NaN, lcp: NaN };
    }
    // The FCP entry is queued after the paint; a page that has settled has had it long since.
    await firefox.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { polling: 100, timeout: 10_000 });
    const { fcp, lcp } = await firefox.page.evaluate(readTimeline);
    return { fcp: fcp ?? NaN, lcp: lcp ?? NaN };
  } finally {
    await firefox.close();
  }
}

/**
 * @param {{ tendXpi: string, baseXpi: string, tendId: string, baseId: string }} packages
 * @param {{ runs: number, warmup: number }} options warmup ≥ 1: the first launch installs
 */
export async function measureFirefox(packages, { runs, warmup }) {
  const exts = [
    { name: 'tend', tend: true, xpi: packages.tendXpi, geckoId: packages.tendId, uuid: '0b9c6a4e-2f1d-4c3b-8a57-6e0d1f2a3b4c' },
    { name: 'base', tend: false, xpi: packages.baseXpi, geckoId: packages.baseId, uuid: '7e3f1d2c-5a4b-4c6d-9e8f-0a1b2c3d4e5f' },
  ];
  for (const ext of exts) ext.profile = profileFor(ext);
  try {
    const samples = { tend: [], base: [] };
    for (let i = 0; i < Math.max(1, warmup) + runs; i++) {
      for (const ext of exts) {
        const m = await run(ext);
        if (i >= Math.max(1, warmup)) samples[ext.name].push(m);
      }
    }
    const of = (k, key) => samples[k].map((m) => m[key]);
    return {
      fcp: { tend: median(of('tend', 'fcp')), base: median(of('base', 'fcp')), tendP90: p90(of('tend', 'fcp')), baseP90: p90(of('base', 'fcp')) },
      lcp: { tend: median(of('tend', 'lcp')), base: median(of('base', 'lcp')) },
    };
  } finally {
    for (const ext of exts) rmSync(ext.profile, { recursive: true, force: true });
  }
}
