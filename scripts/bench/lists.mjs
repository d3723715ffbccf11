// The lists at scale: the reading list, Explore, history and an item page with a generated library
// (5,000 items, all saved, 100,000 read events) against the static baseline page; typing in the
// two searches and switching Explore's filters, timed inside the page; and each page's heap at
// 5,000 items against the same page at 200.
import { observe, readPaint } from './observe.mjs';
import { waitInPage, withNoProcess, withPageOpen } from './chromium.mjs';
import { interleaved, median, mediansOf, p90 } from './stats.mjs';

/** The pages, and the first piece of content each shows (what "content visible" waits for). */
export const LIST_PAGES = [
  { name: 'reading list', path: 'reading-list.html', content: '[data-testid="reading-list"] .entry__title' },
  { name: 'Explore', path: 'explore.html', content: '[data-testid="item-list"] .entry__title' },
  { name: 'history', path: 'read-history.html', content: '[data-testid="history"] a' },
  { name: 'item page', path: 'article.html?id=stress-generated-3&from=explore', content: '[data-testid="item-title"]' },
];
const BASELINE_PAGE = { path: 'popup.html', content: '[data-testid="item-title"]' };

/** Opens `path` in a fresh tab and measures when `content` is on screen (the same way for both), and the heap once settled. */
async function load(ext, path, content) {
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(observe, content);
  await page.goto(`chrome-extension://${ext.id}/${path}`);
  await waitInPage(
    page,
    (tend) => window.__bench?.rafVisible != null && (!tend || document.documentElement.hasAttribute('data-tend-ready')),
    ext.name === 'tend',
    `${ext.name} ${path} content visible`,
  );
  const m = await page.evaluate(readPaint);
  return { page, visible: m.rafVisible };
}

async function heapOf(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** After the page's work is done: the search texts loaded, the list rendered. Runs in the page. */
const idle = () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 1500));

/**
 * Runs in the page: types `query` into `selector` one key at a time, as input events, and times
 * each from the event to the frame that shows its results (a check that the page says it searched
 * for these words), in ms.
 */
async function typeInPage({ selector, query, status }) {
  const input = document.querySelector(selector);
  const times = [];
  for (let i = 1; i <= query.length; i++) {
    const text = query.slice(0, i);
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait for the frame after the render; then the results are on screen.
    for (;;) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const said = document.querySelector(status)?.textContent ?? '';
      if (said.includes(`“${text.trim()}”`)) break;
    }
    times.push(performance.now() - t0);
  }
  return times;
}

/** Runs in the page: clicks each of `labels` (radio or checkbox inputs found by their label text) in turn, timing click → next frame. */
async function switchInPage({ labels, rounds }) {
  const named = (l) => labels.some((x) => l.textContent.trim() === x || l.textContent.trim().startsWith(`${x} `));
  const inputs = [...document.querySelectorAll('label')].filter(named).map((l) => l.querySelector('input'));
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t0 = performance.now();
      input.click();
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/** Opens a list page in `ext`: when its content was visible, and its heap once settled (after a GC). */
async function visit(ext, spec) {
  const { page, visible } = await load(ext, spec.path, spec.content);
  await page.evaluate(idle);
  const heap = await heapOf(page);
  await page.close();
  return { visible, heap };
}

/**
 * Content visible for `spec`, Tend and the baseline interleaved as for the new tab, in one of two
 * states of the extension's process:
 * - 'fresh': none running (waited for, in both browsers), so the page's load starts one. A list page
 *   opened with no Tend page open, from a bookmark or the address bar.
 * - 'running': each browser's new tab stays open, so its extension's process is up. A list page
 *   opened from Tend's new tab or popup, which is how its links are reached.
 * Until this was explicit, the state depended on whether Chromium had stopped Tend's worker yet
 * (about 30 s after launch; the baseline has none): the pages measured first ran with a process up.
 */
async function contentVisible(exts, spec, from, counts) {
  const { tend, base, copy } = exts;
  const all = copy ? [tend, copy, base] : [tend, base];
  const sample = async (ext) => {
    if (from === 'fresh') await withNoProcess(ext);
    if (ext === tend) return visit(tend, spec);
    const { page, visible } = ext === copy ? await load(copy, spec.path, spec.content) : await load(base, BASELINE_PAGE.path, BASELINE_PAGE.content);
    await page.close();
    return { visible };
  };
  const measure = async () => {
    const samples = await interleaved(all, counts, sample);
    const heap = median(samples.tend.map((s) => s.heap));
    return { visible: mediansOf(samples, 'visible'), copy: copy && mediansOf(samples, 'visible', 'copy'), heap };
  };
  return from === 'running' ? withPageOpen(all, measure) : measure();
}

/**
 * @param {{ tend: object, base: object, copy?: object, small: () => Promise<{ close(): Promise<void> }> }} exts
 *   Tend at 5,000 items and the baseline (launched with their workers unattached, so Tend's can be
 *   stopped), a static copy of Tend's pages (copy.mjs; its times stand beside Tend's), and a way to
 *   start Tend at 200 items
 * @param {{ runs: number, warmup: number }} options
 */
export async function measureLists({ tend, base, copy, small: startSmall }, options) {
  const results = {};
  // Tend at 200 items is started afterwards: loaded in the same loop, each of its pages was still
  // being torn down while Tend's next page loaded, and put 20–40 ms on it.
  for (const spec of LIST_PAGES) {
    const fresh = await contentVisible({ tend, base, copy }, spec, 'fresh', options);
    const running = await contentVisible({ tend, base, copy }, spec, 'running', options);
    results[spec.name] = { visible: { ...fresh.visible, running: running.visible }, copy: copy && { fresh: fresh.copy, running: running.copy }, heap: { tend: fresh.heap } };
  }
  const { runs, warmup } = options;
  const small = await startSmall();
  for (const spec of LIST_PAGES) {
    const heaps = [];
    for (let i = 0; i < warmup + runs; i++) {
      const { heap } = await visit(small, spec);
      if (i >= warmup) heaps.push(heap);
    }
    results[spec.name].heap.small = median(heaps);
  }
  await small.close();

  // Typing and filters, in pages that have finished loading.
  const typing = {};
  for (const [name, path, selector, query] of [
    ['Explore', 'explore.html', '#explore-search', 'notice one thing'],
    ['reading list', 'reading-list.html?show=all', '#reading-list-search', 'notice one thing'],
  ]) {
    const times = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 5)); i++) {
      const { page } = await load(tend, path, name === 'Explore' ? LIST_PAGES[1].content : LIST_PAGES[0].content);
      await page.evaluate(idle);
      times.push(...(await page.evaluate(typeInPage, { selector, query, status: '.search-box__status' })));
      await page.close();
    }
    typing[name] = { median: median(times), p90: p90(times), n: times.length };
  }
  const { page } = await load(tend, 'explore.html', LIST_PAGES[1].content);
  await page.evaluate(idle);
  const filterTimes = await page.evaluate(switchInPage, { labels: ['Tips', 'Articles', 'All', 'Calming stress', 'DBT skills'], rounds: 6 });
  await page.close();
  const { page: listPage } = await load(tend, 'reading-list.html', LIST_PAGES[0].content);
  await listPage.evaluate(idle);
  const listFilterTimes = await listPage.evaluate(switchInPage, { labels: ['Read', 'All', 'To read'], rounds: 6 });
  await listPage.close();
  return { pages: results, typing, filters: { Explore: { median: median(filterTimes), p90: p90(filterTimes) }, 'reading list': { median: median(listFilterTimes), p90: p90(listFilterTimes) } } };
}
