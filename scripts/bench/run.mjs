// `npm run bench`: how Tend's new tab and popup compare with a static page, in real Chromium and
// Firefox ESR. Ratios are the figures (the machine is shared and noisy); the run fails when a
// budget is missed. Beside them, a static copy of Tend's own rendered pages (copy.mjs) splits each
// gap into what Tend's code costs and what the page's design costs; it has no budget.
//   node scripts/bench/run.mjs [--runs 30] [--warmup 5] [--no-scale] [--launches 12] [--launch-warmup 1]
//                              [--only pages,scale,memory,cold,firefox]
// pages: new tab and popup, a fresh tab each run in one browser per extension; scale: the same at
// 5,000 items; memory, cold, firefox: a fresh browser per run, --launches runs each. All driven with
// puppeteer-core (Chromium over DevTools, Firefox over WebDriver BiDi).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, extensionId, launchChromium, usedProfile, waitInPage, withNoProcess, withPageOpen } from './chromium.mjs';
import { BASELINE_GECKO_ID, writeBaseline } from './baseline.mjs';
import { criticalBytes, loadedBytes } from './bytes.mjs';
import { interleaved, median, mediansOf, p90, table, timeCells, ratioRow, ms, kb, ratio } from './stats.mjs';
import { observe, readPaint } from './observe.mjs';
import { seedInPage, writeScaleContent } from './scale.mjs';
import { measureLists, LIST_PAGES } from './lists.mjs';
import { writeStaticCopy } from './copy.mjs';
import { measureMemory } from './memory.mjs';
import { measureCold } from './cold.mjs';
import { FIREFOX, measureFirefox, zipFolder } from './firefox.mjs';

const PARTS = ['pages', 'scale', 'memory', 'cold', 'firefox'];
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    'no-scale': { type: 'boolean', default: false },
    launches: { type: 'string', default: '12' },
    'launch-warmup': { type: 'string', default: '1' },
    only: { type: 'string', default: PARTS.join(',') },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const LAUNCHES = Number(args.launches);
const LAUNCH_WARMUP = Number(args['launch-warmup']);
const only = new Set(args.only.split(',').map((p) => p.trim()));
const unknown = [...only].filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`--only takes a comma-separated list of ${PARTS.join(', ')}; "${unknown.join(', ')}" is not one of them.`);
  process.exit(2);
}
if (args['no-scale']) only.delete('scale');
if (LAUNCHES < 10 && (only.has('memory') || only.has('cold') || only.has('firefox'))) console.warn(`Note: --launches ${LAUNCHES}; the budgets are meant for medians of at least 10.`);
const ROOT = resolve('.bench');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required for the benchmark: apt-get install -y chromium (looked at ${CHROMIUM})`);

// The page's own JS heap is still measured but has no budget: it left out the background's memory
// (see the memory rows, which count the extension's processes, page and background together).
export const BUDGETS = { lists: 1.5, searchMedian: 50, searchP90: 100, filterMedian: 50, listHeap: 2, newtab: 1.1, popup: 1.1, criticalGzip: 15 * 1024, totalGzip: 60 * 1024, pickMs: 5, memory: 1.5, cold: 1.5, firefox: 1.15 };

function build(outDir, contentDir) {
  const env = { ...process.env, TEND_OUT_DIR: outDir, ...(contentDir ? { TEND_CONTENT_DIR: contentDir } : {}) };
  execFileSync('npx', ['wxt', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(outDir, 'chrome-mv3');
}

/** The Firefox package as the store would get it (`wxt zip -b firefox`), and its add-on id. */
function buildFirefox(outDir) {
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { env: { ...process.env, TEND_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync(join(outDir, 'firefox-mv3', 'manifest.json'), 'utf8'));
  return { xpi: join(outDir, `tend-${version}-firefox.zip`), id: manifest.browser_specific_settings.gecko.id };
}

/** @param {{ targetFilter?: (t: object) => boolean, copyOf?: string }} [options] */
async function launch(name, extensionDir, { targetFilter, copyOf } = {}) {
  const chromium = await launchChromium({ extensionDir, targetFilter, copyOf });
  const id = await extensionId(chromium.browser, extensionDir);
  return { name, browser: chromium.browser, id, dir: extensionDir, close: () => chromium.close() };
}

/**
 * Opens one fresh tab and measures it. `fresh`: first waits until the extension has no process (its
 * worker stopped), so the page starts one, as a new tab or the popup does when no other page of the
 * extension is open; the baseline's never has one left. Left to chance, the state differed: Chromium
 * runs an extension's worker for about 30 s after loading it, so Tend's process was up for most new
 * tabs of the pages part (measured first), the baseline's never, and a page starting its process
 * took 30–50 ms longer, in both.
 */
async function measure(ext, kind, { colorScheme = 'light', fresh = true } = {}) {
  if (fresh) await withNoProcess(ext);
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(observe);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(kind === 'newtab' ? 'chrome://newtab' : `chrome-extension://${ext.id}/popup.html`);
  // Waits inside the page, the same way for both: the item painted, and for Tend the view recorded
  // and the next item prepared (by the background for a new tab that is only looked at, else by the
  // live page: database, catalog, settings); the baseline has none.
  await waitInPage(
    page,
    (tend) =>
      window.__bench?.rafVisible !== null &&
      window.__bench?.elementVisible !== null &&
      (!tend.live || ['data-tend-ready', 'data-tend-recorded'].some((a) => document.documentElement.hasAttribute(a))) &&
      (!tend.prepares || localStorage.getItem('tend.next') !== null),
    { live: ext.name === 'tend', prepares: ext.name === 'tend' && kind === 'newtab' },
    `${ext.name} ${kind} settled`,
  );
  const m = await page.evaluate(readPaint);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  return { ...m, visible: m.elementVisible ?? m.rafVisible, heap: usedSize, requests, flash: m.firstFrameBg !== m.finalBg };
}

/**
 * What a new tab loads in all once the person acts on it: a tab that is only looked at stays still
 * (lib/ui/still-tab.ts); moving the mouse over it loads the live page (database, catalog, settings).
 */
async function measureLive(ext) {
  const page = await ext.browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('chrome://newtab');
  await page.waitForSelector('[data-testid="item-title"]');
  await page.mouse.move(640, 400);
  await page.waitForSelector('html[data-tend-ready]');
  await page.close();
  return loadedBytes(ext.dir, requests);
}

/** Samples with the extension's process up (a second row): fewer, to keep the run's length. */
const RUNNING_RUNS = Math.max(10, Math.round(RUNS / 3));

/** @param {object} [copy] the browser of writeStaticCopy's copy: measured too, in the same turns */
async function compare(label, tend, base, kinds, copy) {
  const results = {};
  const exts = copy ? [tend, copy, base] : [tend, base];
  for (const kind of kinds) {
    // Interleaved A B A B …, each a fresh tab in its own browser.
    const sample = (runs, options) => interleaved(exts, { runs, warmup: WARMUP }, (ext) => measure(ext, kind, options));
    const samples = await sample(RUNS);
    const dark = [];
    for (let i = 0; i < 5; i++) dark.push(await measure(tend, kind, { colorScheme: 'dark' }));
    const runningSamples = await withPageOpen(exts, () => sample(RUNNING_RUNS, { fresh: false }));
    const running = mediansOf(runningSamples, 'visible');
    const pick = (k, key) => samples[k].map((m) => m[key]);
    const critical = criticalBytes(tend.dir, `${kind}.html`);
    const total = loadedBytes(tend.dir, samples.tend.at(-1).requests);
    const live = kind === 'newtab' ? await measureLive(tend) : total;
    results[kind] = {
      visible: mediansOf(samples, 'visible'),
      running,
      copy: copy && { visible: mediansOf(samples, 'visible', 'copy'), running: mediansOf(runningSamples, 'visible', 'copy') },
      fcp: { tend: median(pick('tend', 'fcp')), base: median(pick('base', 'fcp')) },
      heap: { tend: median(pick('tend', 'heap')), base: median(pick('base', 'heap')) },
      flashLight: samples.tend.filter((m) => m.flash).length,
      flashDark: dark.filter((m) => m.flash).length,
      darkBg: dark[0]?.finalBg,
      pickMs: { median: median(samples.tend.flatMap((m) => m.pick)), p90: p90(samples.tend.flatMap((m) => m.pick)) },
      critical,
      total,
      live,
    };
  }
  return { label, results };
}

function report({ label, results }) {
  const rows = [];
  for (const [kind, r] of Object.entries(results)) {
    rows.push({ name: `${kind}: content visible (ms)`, cells: timeCells(r.visible) });
    const u = r.running;
    rows.push({ name: `${kind}: … with another page open (ms)`, cells: timeCells(u) });
    for (const [state, c, t] of r.copy ? [['', r.copy.visible, r.visible], [', another page open', r.copy.running, u]] : []) {
      // The copy's times stand in the Tend columns; the last row sets Tend against them.
      rows.push({ name: `${kind}: … its static copy${state} (ms)`, cells: timeCells(c) });
      rows.push(ratioRow(`${kind}: … Tend against its static copy${state}`, t.tend, c.tend));
    }
    rows.push({ name: `${kind}: first contentful paint (ms)`, cells: [ms(r.fcp.tend), '', ms(r.fcp.base), '', ratio(r.fcp.tend, r.fcp.base).toFixed(2)] });
    rows.push({ name: `${kind}: JS heap after load (KB)`, cells: [kb(r.heap.tend), '', kb(r.heap.base), '', ratio(r.heap.tend, r.heap.base).toFixed(2)] });
    rows.push({ name: `${kind}: JS before visible (KB gzip / raw)`, cells: [`${kb(r.critical.js.gzip)} / ${kb(r.critical.js.raw)}`, '', '0', '', ''] });
    rows.push({ name: `${kind}: CSS before visible (KB gzip / raw)`, cells: [`${kb(r.critical.css.gzip)} / ${kb(r.critical.css.raw)}`, '', '0', '', ''] });
    rows.push({ name: `${kind}: JS+CSS in total (KB gzip / raw)`, cells: [`${kb(r.total.gzip)} / ${kb(r.total.raw)}`, '', '0', '', ''] });
    if (kind === 'newtab') rows.push({ name: `${kind}: JS+CSS once acted on (KB gzip / raw)`, cells: [`${kb(r.live.gzip)} / ${kb(r.live.raw)}`, '', '0', '', ''] });
    rows.push({ name: `${kind}: first frame has final background`, cells: [`light ${RUNS - r.flashLight}/${RUNS}, dark ${5 - r.flashDark}/5`, '', '', '', ''] });
    rows.push({ name: `${kind}: choosing the next item (ms)`, cells: [ms(r.pickMs.median), ms(r.pickMs.p90), '', '', ''] });
  }
  console.log(`\n${label} (medians of ${RUNS} interleaved runs after ${WARMUP} warm-ups)\n`);
  console.log(table(['', 'Tend', 'Tend p90', 'baseline', 'baseline p90', 'Tend/baseline'], rows));
}

function check({ label, results }, scale) {
  const misses = [];
  const want = (ok, what) => ok || misses.push(`${label}: ${what}`);
  const n = results.newtab;
  for (const [state, v] of [['', n.visible], [' with another page open', n.running]]) {
    want(ratio(v.tend, v.base) <= BUDGETS.newtab, `new tab content visible${state} ${ratio(v.tend, v.base).toFixed(2)}× > ${BUDGETS.newtab}×`);
  }
  want(n.flashLight === 0 && n.flashDark === 0, `first frame background differs from the final one (light ${n.flashLight}, dark ${n.flashDark})`);
  if (scale) {
    want(n.pickMs.median <= BUDGETS.pickMs, `choosing the next item takes ${n.pickMs.median.toFixed(2)} ms > ${BUDGETS.pickMs} ms`);
    return misses;
  }
  const p = results.popup;
  for (const [state, v] of [['', p.visible], [' with another page open', p.running]]) {
    want(ratio(v.tend, v.base) <= BUDGETS.popup, `popup content visible${state} ${ratio(v.tend, v.base).toFixed(2)}× > ${BUDGETS.popup}×`);
  }
  want(n.critical.js.gzip <= BUDGETS.criticalGzip, `JavaScript before the item is visible ${kb(n.critical.js.gzip)} KB gzip > 15 KB`);
  // "The whole new-tab page": what a tab that is only looked at loads, and all it loads once used.
  want(n.total.gzip <= BUDGETS.totalGzip, `new tab JS+CSS in total ${kb(n.total.gzip)} KB gzip > 60 KB`);
  want(n.live.gzip <= BUDGETS.totalGzip, `new tab JS+CSS once acted on ${kb(n.live.gzip)} KB gzip > 60 KB`);
  return misses;
}

/** Memory, cold start and Firefox: a fresh browser per run, Tend and baseline alternating. */
async function launches(tendDir, baseline, copyDir) {
  const options = { runs: LAUNCHES, warmup: LAUNCH_WARMUP };
  const results = {};
  if (only.has('memory')) results.memory = await measureMemory({ tend: tendDir, base: baseline, copy: copyDir }, options);
  if (only.has('cold')) results.cold = await measureCold({ tend: tendDir, base: baseline }, options);
  if (only.has('firefox')) {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is required for the benchmark's Firefox part: apt-get install -y firefox-esr (looked at ${FIREFOX}), or leave it out with --only`);
    const tend = buildFirefox(join(ROOT, 'tend'));
    const baseXpi = zipFolder(writeBaseline(join(ROOT, 'baseline-firefox'), { firefox: true }), join(ROOT, 'baseline-firefox.xpi'));
    results.firefox = await measureFirefox({ tendXpi: tend.xpi, tendId: tend.id, baseXpi, baseId: BASELINE_GECKO_ID }, options);
  }
  return results;
}

function reportLists(r) {
  const rows = [];
  for (const { name } of LIST_PAGES) {
    const p = r.pages[name];
    for (const [state, v, c] of [['no Tend page open', p.visible, p.copy?.fresh], ['from the new tab', p.visible.running, p.copy?.running]]) {
      rows.push({ name: `${name}: content visible, ${state} (ms)`, cells: timeCells(v) });
      if (!c) continue;
      rows.push({ name: `${name}: … its static copy, ${state} (ms)`, cells: timeCells(c) });
      rows.push(ratioRow(`${name}: … Tend against its static copy, ${state}`, v.tend, c.tend));
    }
    rows.push({ name: `${name}: JS heap, 5,000 items vs 200 (KB)`, cells: [kb(p.heap.tend), '', kb(p.heap.small), '', ratio(p.heap.tend, p.heap.small).toFixed(2)] });
  }
  for (const [name, t] of Object.entries(r.typing)) rows.push({ name: `${name}: search, one keystroke to results (ms)`, cells: [ms(t.median), ms(t.p90), '', '', ''] });
  for (const [name, t] of Object.entries(r.filters)) rows.push({ name: `${name}: switching a filter (ms)`, cells: [ms(t.median), ms(t.p90), '', '', ''] });
  console.log('\nLists at scale: 5,000 items, all saved, 100,000 read events (heap: the same page at 200 items)\n');
  console.log(table(['', 'Tend', 'Tend p90', 'baseline / 200 items', 'p90', 'ratio'], rows));
}

function checkLists(r) {
  const misses = [];
  for (const { name } of LIST_PAGES) {
    const p = r.pages[name];
    for (const [state, v] of [['no Tend page open', p.visible], ['from the new tab', p.visible.running]]) {
      const x = ratio(v.tend, v.base);
      if (!(x <= BUDGETS.lists)) misses.push(`${name} content visible (${state}) ${x.toFixed(2)}× the static page > ${BUDGETS.lists}×`);
    }
    const h = ratio(p.heap.tend, p.heap.small);
    if (!(h <= BUDGETS.listHeap)) misses.push(`${name} heap with 5,000 items ${h.toFixed(2)}× its heap with 200 > ${BUDGETS.listHeap}×`);
  }
  for (const [name, t] of Object.entries(r.typing)) {
    if (!(t.median <= BUDGETS.searchMedian)) misses.push(`${name} search ${t.median.toFixed(1)} ms a keystroke (median) > ${BUDGETS.searchMedian} ms`);
    if (!(t.p90 <= BUDGETS.searchP90)) misses.push(`${name} search ${t.p90.toFixed(1)} ms a keystroke (p90) > ${BUDGETS.searchP90} ms`);
  }
  for (const [name, t] of Object.entries(r.filters)) if (!(t.median <= BUDGETS.filterMedian)) misses.push(`${name} filter switch ${t.median.toFixed(1)} ms (median) > ${BUDGETS.filterMedian} ms`);
  return misses;
}

const mb = (v) => (Number.isFinite(v) ? (v / 1024 / 1024).toFixed(1) : '–');

function reportLaunches(r) {
  const rows = [];
  const row = (name, tend, tendP90, base, baseP90, format) =>
    rows.push({ name, cells: [format(tend), tendP90 === undefined ? '' : format(tendP90), format(base), baseP90 === undefined ? '' : format(baseP90), ratio(tend, base).toFixed(2)] });
  for (const [key, label] of [['one', '1 new tab'], ['five', '5 new tabs']]) {
    const m = r.memory?.[key];
    if (!m) continue;
    row(`memory, ${label}: extension processes PSS (MB)`, m.tend.pss, m.tend.pssP90, m.base.pss, m.base.pssP90, mb);
    if (m.copy) {
      // The copy's figures stand in the Tend columns; the next row sets Tend against them.
      row(`memory, ${label}: … its static copy, PSS (MB)`, m.copy.pss, m.copy.pssP90, m.base.pss, m.base.pssP90, mb);
      rows.push(ratioRow(`memory, ${label}: … Tend against its static copy`, m.tend.pss, m.copy.pss));
    }
    row(`memory, ${label}: … their private memory, USS (MB)`, m.tend.uss, undefined, m.base.uss, undefined, mb);
    row(`memory, ${label}: pages' JS heap (KB)`, m.tend.pageHeap, undefined, m.base.pageHeap, undefined, kb);
    rows.push({ name: `memory, ${label}: background's JS heap (KB)`, cells: [kb(m.tend.workerHeap), `running ${m.tend.workerRuns}/${LAUNCHES}`, m.base.workerRuns ? kb(m.base.workerHeap) : 'none', '', ''] });
  }
  if (r.cold) {
    row('cold start: content visible (ms)', r.cold.visible.tend, r.cold.visible.tendP90, r.cold.visible.base, r.cold.visible.baseP90, ms);
    row('cold start: first contentful paint (ms)', r.cold.fcp.tend, undefined, r.cold.fcp.base, undefined, ms);
  }
  if (r.firefox) {
    row('Firefox ESR: content visible = FCP (ms)', r.firefox.fcp.tend, r.firefox.fcp.tendP90, r.firefox.fcp.base, r.firefox.fcp.baseP90, ms);
    row('Firefox ESR: largest contentful paint (ms)', r.firefox.lcp.tend, undefined, r.firefox.lcp.base, undefined, ms);
  }
  if (!rows.length) return;
  console.log(`\nA fresh browser per run (medians of ${LAUNCHES} interleaved launches after ${LAUNCH_WARMUP} warm-up${LAUNCH_WARMUP === 1 ? '' : 's'})\n`);
  console.log(table(['', 'Tend', 'Tend p90', 'baseline', 'baseline p90', 'Tend/baseline'], rows));
  if (r.cold) {
    console.log(
      `\nCold start: Chromium had started Tend's worker at launch in ${r.cold.workerStopped}/${LAUNCHES} runs (stopped before the tab opened); an extension process was still up when the tab opened in ${r.cold.processBefore.tend}/${LAUNCHES} (Tend) and ${r.cold.processBefore.base}/${LAUNCHES} (baseline).`,
    );
  }
  if (r.firefox) console.log('Firefox has no element timing: its "content visible" is the first contentful paint from the paint timeline.');
}

function checkLaunches(r) {
  const misses = [];
  const want = (tend, base, budget, what) => {
    const x = ratio(tend, base);
    if (!(x <= budget)) misses.push(`${what} ${x.toFixed(2)}× the static extension's > ${budget}×`);
  };
  if (r.memory) {
    want(r.memory.one.tend.pss, r.memory.one.base.pss, BUDGETS.memory, 'memory (PSS) with one new tab open');
    want(r.memory.five.tend.pss, r.memory.five.base.pss, BUDGETS.memory, 'memory (PSS) with five new tabs open');
  }
  if (r.cold) want(r.cold.visible.tend, r.cold.visible.base, BUDGETS.cold, 'cold start, content visible');
  if (r.firefox) want(r.firefox.fcp.tend, r.firefox.fcp.base, BUDGETS.firefox, 'Firefox ESR new tab, first contentful paint');
  return misses;
}

mkdirSync(ROOT, { recursive: true });
const baseline = writeBaseline(join(ROOT, 'baseline'));
const tendDir = build(join(ROOT, 'tend'));
const runs = [];
let lists;

/** Fills a scale build's database: `items` items, `events` read events, the first `saved` saved. */
async function seed(ext, items, saved = 0, events = 100_000) {
  const first = await ext.browser.newPage();
  await first.goto('chrome://newtab');
  // The database exists once the page's session is open or the view is recorded (either build).
  await first.waitForSelector('html[data-tend-ready], html[data-tend-recorded]');
  await first.evaluate(seedInPage, { items, events, now: Date.now(), saved });
  await first.close();
}

/**
 * A browser on a copy of a profile in use (the extension installed, one new tab shown, for Tend its
 * welcome done), as the memory and cold-start parts use, with workers unattached so that
 * quietExtension can stop Tend's (chromium.mjs).
 */
async function launchUsed(name, dir) {
  const profile = await usedProfile(dir, name === 'tend');
  try {
    return await launch(name, dir, { copyOf: profile, targetFilter: (t) => t.type() !== 'service_worker' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The static copy of Tend's new tab and popup (copy.mjs), rendered in a browser of its own. */
async function staticCopyOf(dir) {
  const tend = await launchUsed('tend', dir);
  try {
    return await writeStaticCopy(tend, dir, join(ROOT, 'tend-copy'), [
      { file: 'newtab.html', url: 'chrome://newtab' },
      { file: 'popup.html', url: `chrome-extension://${tend.id}/popup.html` },
    ]);
  } finally {
    await tend.close();
  }
}
const copyDir = only.has('pages') || only.has('memory') ? await staticCopyOf(tendDir) : undefined;

if (only.has('pages')) {
  const [tend, base, copy] = [await launchUsed('tend', tendDir), await launchUsed('base', baseline), await launchUsed('copy', copyDir)];
  runs.push({ ...(await compare('Tend vs static baseline', tend, base, ['newtab', 'popup'], copy)), scale: false });
  for (const ext of [tend, copy, base]) await ext.close();
}
if (only.has('scale')) {
  const scaleDir = build(join(ROOT, 'tend-scale'), writeScaleContent(join(ROOT, 'content-5000')));
  const [tend, base] = [await launchUsed('tend', scaleDir), await launchUsed('base', baseline)];
  await seed(tend, 5000);
  runs.push({ ...(await compare('Scale: 5,000 items, 100,000 read events', tend, base, ['newtab'])), scale: true });
  // The lists, with every item saved, against the same pages at 200 items for memory.
  const smallDir = build(join(ROOT, 'tend-scale-200'), writeScaleContent(join(ROOT, 'content-200'), 200));
  await seed(tend, 5000, 5000, 0); // the 100,000 events are there already
  const startSmall = async () => {
    const small = await launch('tend', smallDir);
    await seed(small, 200, 200);
    return small;
  };
  const scaleCopyDir = await writeStaticCopy(
    tend,
    scaleDir,
    join(ROOT, 'tend-scale-copy'),
    LIST_PAGES.map((spec) => ({ file: spec.path.split('?')[0], url: `chrome-extension://${tend.id}/${spec.path}`, content: spec.content })),
  );
  const copy = await launchUsed('copy', scaleCopyDir);
  lists = await measureLists({ tend, base, copy, small: startSmall }, { runs: Math.max(5, Math.round(RUNS / 3)), warmup: Math.min(WARMUP, 2) });
  for (const ext of [tend, copy, base]) await ext.close();
}
const launched = await launches(tendDir, baseline, copyDir);

runs.forEach(report);
if (lists) reportLists(lists);
reportLaunches(launched);
const misses = [...runs.flatMap((r) => check(r, r.scale)), ...(lists ? checkLists(lists) : []), ...checkLaunches(launched)];
writeFileSync(
  join(ROOT, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, warmup: WARMUP, launches: LAUNCHES, launchWarmup: LAUNCH_WARMUP, parts: [...only], budgets: BUDGETS, results: runs, lists, launched }, null, 2),
);
console.log(`\nWrote ${join(ROOT, 'results.json')}`);
if (misses.length) {
  console.error(`\nBudgets missed:\n- ${misses.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
