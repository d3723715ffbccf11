// What the atmosphere costs (issue 14's budget: generator ≤ 1.5 KB minified, palettes ≤ 1.2 KB
// gzip, < 1 ms to generate): the generator, and with the daily copy (keep.ts), minified with esbuild,
// as the chunk after the new tab's first paint carries them; the palette rules of atmosphere.css
// gzipped; the time to generate one day.
// Run: node scripts/bench/atmosphere.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const min = async (entry) => {
  const out = await build({ entryPoints: [new URL(entry, root).pathname], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser' });
  return out.outputFiles[0].contents;
};
const generator = await min('lib/atmosphere/generate.ts');
const withCache = await min('lib/atmosphere/keep.ts');
const css = readFileSync(new URL('components/styles/atmosphere.css', root), 'utf8');
// The palettes: every rule that sets the sky, sun and ridge colours.
const palettes = css.match(/:root[^{]*\{[^}]*--sky-1[^}]*\}/g).join('\n');
const layers = css.replace(/\/\*[\s\S]*?\*\//g, '');

const { generate } = await import(`data:text/javascript;base64,${Buffer.from(generator).toString('base64')}`);
const days = 2000;
for (let d = 0; d < 200; d++) generate(`2025-01-${d}`); // warm up
const start = performance.now();
const day = (d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
for (let d = 0; d < days; d++) generate(day(d));
const perDay = (performance.now() - start) / days;

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [
  ['generator (generate.ts), minified', kb(generator.length), '≤ 1.5 KB'],
  ['generator, gzip', kb(gzipSync(generator).length), ''],
  ['generator + daily cache (keep.ts), minified', kb(withCache.length), ''],
  ['generator + daily cache, gzip', kb(gzipSync(withCache).length), ''],
  ['palettes (atmosphere.css colour rules), gzip', kb(gzipSync(palettes).length), '≤ 1.2 KB'],
  ['atmosphere.css whole, gzip', kb(gzipSync(layers).length), ''],
  ['generate one day (mean of 2,000)', `${(perDay * 1000).toFixed(1)} µs`, '< 1 ms'],
];
for (const [what, value, budget] of rows) console.log(`${what.padEnd(48)} ${value.padStart(10)}  ${budget}`);
const over = generator.length > 1536 || gzipSync(palettes).length > 1229 || perDay >= 1;
if (over) {
  console.error('The atmosphere is over its budget.');
  process.exitCode = 1;
}
