import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const dir = process.argv[2];
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
const p0 = await ctx.newPage(); await p0.goto('chrome://extensions-internals'); await p0.close();
for (let i = 0; i < 2; i++) { const page = await ctx.newPage(); await page.goto('chrome://newtab');
  await page.waitForSelector('[data-testid="item-title"]'); if (process.argv[3]) await page.waitForSelector('html[data-tend-ready]', { state: 'attached' });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.enable'); await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let chunks = ''; cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => { chunks += e.chunk; });
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks); const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
  const n = f.length; const agg = {};
  for (let j = 0; j < snap.nodes.length; j += n) { const t = types[snap.nodes[j]]; const name = snap.strings[snap.nodes[j + 1]]; const size = snap.nodes[j + 3];
    const key = t === 'code' || t === 'string' || t === 'concatenated string' ? t : t + ':' + name.slice(0, 40); agg[key] = (agg[key] || 0) + size; }
  const top = Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log('used', usedSize, top.map(([k, v]) => `${k}=${Math.round(v / 1024)}K`).join(' | '));
  await page.close(); }
await ctx.close();
