// Chromium for the benchmark, driven with puppeteer-core: Playwright cannot open a DevTools session
// on an extension's service worker, and the memory figures need one (to collect its garbage and read
// its heap) as well as the browser's process id (to read its processes' memory).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../chromium-flags.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium with one unpacked extension on a fresh profile (a copy of `copyOf` when
 * given, so every run starts from the same state), removed on close unless kept. `targetFilter`
 * (puppeteer's) leaves the targets it refuses unattached.
 * @param {{ extensionDir: string, copyOf?: string, targetFilter?: (target: import('puppeteer-core').Target) => boolean }} options
 */
export async function launchChromium({ extensionDir, copyOf, targetFilter }) {
  const profile = mkdtempSync(join(tmpdir(), 'tend-bench-profile-'));
  if (copyOf) cpSync(copyOf, profile, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    // Puppeteer otherwise passes --disable-extensions. Runs as root here need --no-sandbox (which
    // Playwright passes on its own); both extensions run the same way.
    enableExtensions: true,
    args: [...chromiumArgs(extensionDir), '--no-sandbox'],
    defaultViewport: { width: 1280, height: 800 },
    pipe: true,
    targetFilter,
  });
  return {
    browser,
    profile,
    /** Closes the browser, waiting for it to exit, and removes the profile unless `keep`. */
    close: async ({ keep = false } = {}) => {
      await browser.close();
      if (!keep) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's id as Chromium lists it (works with or without a service worker). */
export async function extensionId(browser, extensionDir) {
  const page = await browser.newPage();
  await page.goto('chrome://extensions-internals');
  const list = JSON.parse(await page.evaluate(() => document.body.innerText));
  await page.close();
  const id = list.find((e) => resolve(e.path) === resolve(extensionDir))?.id;
  if (!id) throw new Error(`Chromium did not load ${extensionDir}`);
  return id;
}

/** Runs in the page: resolves true once `test(arg)` holds (checked every frame), false after `timeout` ms. */
const poll = (test, arg, timeout) =>
  new Promise((resolve) => {
    const end = performance.now() + timeout;
    const check = () => (test(arg) ? resolve(true) : performance.now() > end ? resolve(false) : requestAnimationFrame(check));
    check();
  });

/**
 * Waits inside `page` until `test` (a self-contained function run in the page, given `arg`) is
 * true, checking every frame. One evaluation and no helper script (puppeteer's waitForFunction
 * injects one), so the page's heap holds only its own; sent as DevTools source, so the extension
 * pages' strict CSP (no eval) does not apply to it.
 */
export async function waitInPage(page, test, arg, what, timeout = 30_000) {
  const seen = await page.evaluate(`(${poll})(${test}, ${JSON.stringify(arg ?? null)}, ${timeout})`);
  if (!seen) throw new Error(`${what}: not seen within ${timeout} ms`);
}

/**
 * The new tab's item is on screen and, for Tend, the page is done with its start: the view recorded
 * and the next item prepared (`data-tend-recorded`), or the live page's session open
 * (`data-tend-ready`); builds before and after the move of the rotation into the page set one or
 * the other. Runs in the page.
 */
export function pageSettled(tend) {
  const title = document.querySelector('[data-testid="item-title"]');
  if (!title?.textContent?.trim()) return false;
  return !tend || ['data-tend-recorded', 'data-tend-ready'].some((a) => document.documentElement.hasAttribute(a));
}

const isExtensionTarget = (target) =>
  ['page', 'service_worker'].includes(target.type()) && /^(chrome-extension:\/\/|chrome:\/\/newtab\/)/.test(target.url());

/**
 * Collects garbage in every extension page and service worker (a new tab's target keeps the
 * chrome://newtab address it was opened at) and returns their V8 heaps in bytes, pages and worker
 * apart. The pages of one extension share its process and V8 isolate, and each reports the
 * isolate's heap: it is counted once (the largest report). The worker has its own isolate; it may
 * be stopped, and then it has no heap to count.
 */
export async function collectExtensionGarbage(browser) {
  const heaps = { pages: 0, worker: 0, hasWorker: false };
  for (const target of browser.targets().filter(isExtensionTarget)) {
    const session = await target.createCDPSession().catch(() => null);
    if (!session) continue; // closed (a worker stopping) between listing and attaching
    try {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      if (target.type() === 'service_worker') {
        heaps.worker += usedSize;
        heaps.hasWorker = true;
      } else heaps.pages = Math.max(heaps.pages, usedSize);
    } finally {
      await session.detach().catch(() => {});
    }
  }
  return heaps;
}

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process has exited
  }
};

/** `pid` and all its descendants. */
function processTree(pid) {
  const children = (read(`/proc/${pid}/task/${pid}/children`) ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/**
 * The memory of the browser's extension processes as the task manager shows it: the sum of the
 * proportional set size (KB → bytes) of every renderer started with --extension-process. Chromium
 * rewrites its children's command lines into one space-separated string, hence the split on spaces.
 * Also their unique set size (private pages only): PSS shares a library's pages among every
 * process that maps them, so it falls as other Chromiums start on this shared machine; USS does not.
 */
export function extensionProcessMemory(browser) {
  let pss = 0;
  let uss = 0;
  let processes = 0;
  for (const pid of processTree(browser.process().pid)) {
    const args = (read(`/proc/${pid}/cmdline`) ?? '').split(/[\0 ]/);
    if (!args.includes('--type=renderer') || !args.includes('--extension-process')) continue;
    const rollup = read(`/proc/${pid}/smaps_rollup`) ?? '';
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(rollup)?.[1] ?? NaN) * 1024;
    if (!Number.isFinite(field('Pss'))) continue; // exited meanwhile
    pss += field('Pss');
    uss += field('Private_Clean') + field('Private_Dirty');
    processes++;
  }
  return { pss, uss, processes };
}

/** Waits (up to `timeout` ms) until the browser has no extension process; returns whether it has none. */
export async function noExtensionProcess(browser, timeout = 3000) {
  const end = Date.now() + timeout;
  while (extensionProcessMemory(browser).processes > 0) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50)); // polling for a process to exit
  }
  return true;
}

/** Opens chrome://newtab in a new tab and waits until it has settled (see pageSettled). */
export async function openNewTab(browser, tend) {
  const page = await browser.newPage();
  await page.goto('chrome://newtab');
  await waitInPage(page, pageSettled, tend, 'the new tab settled');
  return page;
}

/**
 * A profile the extension has been installed in and has shown one new tab in, then closed: what a
 * browser someone uses starts from (for Tend: an item prepared). Runs copy it, so they all start
 * from the same state. The caller removes it.
 */
/** Runs in a Tend page: turns sync on in its database, as the options switch does. */
function turnSyncOn() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tend');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('sync', 'readwrite');
      const store = tx.objectStore('sync');
      const get = store.get('state');
      get.onsuccess = () => store.put({ ...(get.result ?? { key: 'state', device: 'bench001' }), on: true });
      tx.oncomplete = () => {
        open.result.close();
        resolve(undefined);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function usedProfile(extensionDir, tend) {
  const run = await launchChromium({ extensionDir });
  await extensionId(run.browser, extensionDir);
  const page = await openNewTab(run.browser, tend);
  if (tend) {
    const prepared = () => localStorage.getItem('tend.next') !== null || document.documentElement.hasAttribute('data-tend-recorded');
    await waitInPage(page, prepared, undefined, 'the next item prepared');
    // A profile in use has been welcomed (its first tab's welcome done): else the next tab marks it in
    // storage.local, and that change, once, wakes the background, which a profile in use never sees.
    await page.evaluate(() => globalThis.chrome.storage.local.set({ welcome: 'done' }));
    // TEND_BENCH_SYNC=on: the profile has sync turned on (the sync row, as the options switch writes it), to measure what it costs.
    if (process.env.TEND_BENCH_SYNC === 'on') await page.evaluate(turnSyncOn);
  }
  await page.close();
  await run.close({ keep: true });
  return run.profile;
}

/**
 * Garbage collected in every extension target, then the extension processes' memory, once it has
 * stopped falling: right after a page settles its process still holds memory it frees over the next
 * second (load-time buffers), which a single reading would count. Collects and reads again until two
 * readings are within 1% (at most 20 rounds).
 */
export async function settledMemory(browser) {
  let heaps = await collectExtensionGarbage(browser);
  let memory = extensionProcessMemory(browser);
  for (let round = 0; round < 20; round++) {
    await new Promise((resolve) => setTimeout(resolve, 100)); // between readings of a changing quantity, not instead of a signal
    heaps = await collectExtensionGarbage(browser);
    const next = extensionProcessMemory(browser);
    const steady = Math.abs(next.pss - memory.pss) <= memory.pss * 0.01;
    memory = next;
    if (steady) break;
  }
  return { ...memory, ...heaps };
}

const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))]);

/**
 * Stops the extension's service worker if it is running (Chromium starts it when it loads an
 * unpacked extension at launch), and waits until it is gone. Only works in a browser launched with
 * a targetFilter that keeps service workers unattached: an attached DevTools session keeps a worker
 * alive. Returns whether there was one to stop.
 */
export async function stopWorker(browser, id) {
  const isWorker = (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`);
  if (!browser.targets().some(isWorker)) return false;
  const [page] = await browser.pages();
  const session = await page.createCDPSession();
  try {
    const version = new Promise((resolve) =>
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const running = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${id}/`) && v.runningStatus === 'running');
        if (running) resolve(running.versionId);
      }),
    );
    const gone = new Promise((resolve) => browser.on('targetdestroyed', (t) => isWorker(t) && resolve()));
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopWorker', { versionId: await within(version, 10_000, 'the running worker reported') });
    await within(gone, 10_000, 'the worker stopped');
    return true;
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Stops the extension's worker and waits for its process to exit, again if the worker was still
 * starting at the first try (it is then not yet listed). Returns whether the extension has no
 * process left, and whether a worker was stopped.
 */
export async function quietExtension(browser, id) {
  let stopped = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    stopped = (await stopWorker(browser, id)) || stopped;
    if (await noExtensionProcess(browser, 2000)) return { quiet: true, stopped };
  }
  return { quiet: false, stopped };
}

/**
 * Waits until `ext` (from a browser launched with workers unattached) has no extension process,
 * stopping its worker if it runs, so the next page starts one.
 */
export async function withNoProcess(ext) {
  if (!(await quietExtension(ext.browser, ext.id)).quiet) throw new Error(`${ext.name}: its extension process did not exit`);
}

/**
 * Runs `work` with a new tab kept open in each of `exts`' browsers, so each extension's process
 * stays up: a page opened meanwhile is not the first of its extension (another Tend tab open, or
 * the popup over a Tend tab).
 */
export async function withPageOpen(exts, work) {
  const kept = [];
  try {
    for (const ext of exts) {
      const page = await ext.browser.newPage();
      kept.push(page);
      await page.goto('chrome://newtab');
      await waitInPage(page, pageSettled, ext.name === 'tend', `${ext.name}: a new tab kept open`);
    }
    return await work();
  } finally {
    await Promise.all(kept.map((page) => page.close()));
  }
}
