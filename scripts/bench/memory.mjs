// Memory as the browser's task manager shows it: the extension's renderer processes (its pages and
// its background service worker), with one new tab open and with five, Tend against the static
// baseline. Each run is a fresh browser on a copy of a used profile (installed, one new tab shown,
// closed), so every run starts alike; the runs alternate Tend and baseline. Chromium starts an
// unpacked extension's worker when it loads it at launch, in most runs but not all; it is stopped
// before the tabs open, as a browser started some time ago would have it, so what is counted is
// what the new tabs start (the worker included, if they wake it).
import { rmSync } from 'node:fs';
import { extensionId, launchChromium, openNewTab, quietExtension, settledMemory, usedProfile } from './chromium.mjs';
import { interleaved, median, p90 } from './stats.mjs';

/** One run: a fresh browser, one new tab, then four more; memory after each step. */
async function run(ext) {
  // Workers are left unattached until the launch-time one is stopped (an attached DevTools session
  // keeps a worker running); one the tabs start is attached, to collect its garbage and read its heap.
  let attachWorkers = false;
  const browser = await launchChromium({ extensionDir: ext.dir, copyOf: ext.profile, targetFilter: (t) => attachWorkers || t.type() !== 'service_worker' });
  try {
    const id = await extensionId(browser.browser, ext.dir);
    const { quiet } = await quietExtension(browser.browser, id);
    if (!quiet) throw new Error(`${ext.name}: an extension process is still running before the tabs open`);
    attachWorkers = true;
    await openNewTab(browser.browser, ext.tend);
    const one = await settledMemory(browser.browser);
    for (let i = 0; i < 4; i++) await openNewTab(browser.browser, ext.tend);
    const five = await settledMemory(browser.browser);
    return { one, five };
  } finally {
    await browser.close();
  }
}

const summary = (samples) => ({
  pss: median(samples.map((s) => s.pss)),
  pssP90: p90(samples.map((s) => s.pss)),
  uss: median(samples.map((s) => s.uss)),
  pageHeap: median(samples.map((s) => s.pages)),
  workerHeap: median(samples.map((s) => (s.hasWorker ? s.worker : NaN))),
  workerRuns: samples.filter((s) => s.hasWorker).length,
  processes: median(samples.map((s) => s.processes)),
});

/**
 * @param {{ tend: string, base: string, copy?: string }} dirs the unpacked Chromium builds (copy:
 *   a static copy of Tend's pages, copy.mjs, measured in the same turns)
 * @param {{ runs: number, warmup: number }} options
 */
export async function measureMemory(dirs, { runs, warmup }) {
  const exts = [
    { name: 'tend', dir: dirs.tend, tend: true },
    ...(dirs.copy ? [{ name: 'copy', dir: dirs.copy, tend: false }] : []),
    { name: 'base', dir: dirs.base, tend: false },
  ];
  for (const ext of exts) ext.profile = await usedProfile(ext.dir, ext.tend);
  try {
    const samples = await interleaved(exts, { runs, warmup }, run);
    const part = (key) => Object.fromEntries(exts.map(({ name }) => [name, summary(samples[name].map((m) => m[key]))]));
    return { one: part('one'), five: part('five') };
  } finally {
    for (const ext of exts) rmSync(ext.profile, { recursive: true, force: true });
  }
}
