// Cold start: the first new tab after the browser starts, with no item prepared and the worker not
// running (Tend has to choose live), Tend against the static baseline, alternating. Each run is a
// fresh browser on a copy of a profile the extension was only installed in.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchChromium, pageSettled, quietExtension, waitInPage } from './chromium.mjs';
import { observe, observed, readPaint } from './observe.mjs';
import { interleaved, median, p90 } from './stats.mjs';

/** A profile the extension was installed in (its worker, if it has one, registered), then closed. */
async function installedProfile(dir) {
  const run = await launchChromium({ extensionDir: dir });
  const id = await extensionId(run.browser, dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.background?.service_worker) {
    await run.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 30_000 });
  }
  await run.close({ keep: true });
  return run.profile;
}

async function run(ext) {
  // Service workers stay unattached: DevTools attached to one would keep it running.
  const chromium = await launchChromium({ extensionDir: ext.dir, copyOf: ext.profile, targetFilter: (t) => t.type() !== 'service_worker' });
  try {
    // Both wait the same way for the extension to be loaded; this opens no extension page.
    const id = await extensionId(chromium.browser, ext.dir);
    // If the extension's process were still up the start would be less cold: counted, not hidden.
    const { quiet, stopped: workerStopped } = await quietExtension(chromium.browser, id);
    const processBefore = !quiet;
    const page = await chromium.browser.newPage();
    await page.evaluateOnNewDocument(observe);
    await page.goto('chrome://newtab');
    await waitInPage(page, pageSettled, ext.tend, 'the first new tab settled');
    await waitInPage(page, observed, undefined, 'the first new tab observed');
    const m = await page.evaluate(readPaint);
    return { visible: m.elementVisible ?? m.rafVisible, fcp: m.fcp, workerStopped, processBefore };
  } finally {
    await chromium.close();
  }
}

/**
 * @param {{ tend: string, base: string }} dirs the unpacked Chromium builds
 * @param {{ runs: number, warmup: number }} options
 */
export async function measureCold(dirs, { runs, warmup }) {
  const exts = [
    { name: 'tend', dir: dirs.tend, tend: true },
    { name: 'base', dir: dirs.base, tend: false },
  ];
  for (const ext of exts) ext.profile = await installedProfile(ext.dir);
  try {
    const samples = await interleaved(exts, { runs, warmup }, run);
    const of = (k, key) => samples[k].map((m) => m[key]);
    return {
      visible: { tend: median(of('tend', 'visible')), base: median(of('base', 'visible')), tendP90: p90(of('tend', 'visible')), baseP90: p90(of('base', 'visible')) },
      fcp: { tend: median(of('tend', 'fcp')), base: median(of('base', 'fcp')) },
      // Runs in which Chromium had started the worker at launch (stopped before the tab opened), and
      // in which an extension process was still up when the tab opened.
      workerStopped: samples.tend.filter((m) => m.workerStopped).length,
      processBefore: { tend: samples.tend.filter((m) => m.processBefore).length, base: samples.base.filter((m) => m.processBefore).length },
    };
  } finally {
    for (const ext of exts) rmSync(ext.profile, { recursive: true, force: true });
  }
}
