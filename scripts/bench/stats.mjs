// Medians, percentiles and the printed table.

/** @param {number[]} values @param {number} q 0..1 */
export function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p90 = (values) => quantile(values, 0.9);

/**
 * The median and p90 of `key` in Tend's and the baseline's samples. `of` names whose samples fill
 * the `tend` fields: 'copy' sets the static copy (copy.mjs) against the baseline the same way.
 * @param {Record<string, object[]>} samples @param {string} key @param {string} [of]
 */
export function mediansOf(samples, key, of = 'tend') {
  const [t, b] = [samples[of].map((s) => s[key]), samples.base.map((s) => s[key])];
  return { tend: median(t), tendP90: p90(t), base: median(b), baseP90: p90(b) };
}

/** @param {{ name: string, cells: (string|number)[] }[]} rows @param {string[]} header */
export function table(header, rows) {
  const text = [header, ...rows.map((r) => [r.name, ...r.cells.map(String)])];
  const widths = header.map((_, i) => Math.max(...text.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(text[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n');
}

export const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
export const kb = (v) => (Number.isFinite(v) ? (v / 1024).toFixed(1) : '–');
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

/** A table's five timing cells: Tend's median and p90, the baseline's, and their ratio (mediansOf's shape). */
export const timeCells = (v) => [ms(v.tend), ms(v.tendP90), ms(v.base), ms(v.baseP90), ratio(v.tend, v.base).toFixed(2)];

/** A row with only a ratio in the last column: Tend against its static copy. */
export const ratioRow = (name, tend, copy) => ({ name, cells: ['', '', '', '', ratio(tend, copy).toFixed(2)] });

/**
 * Runs `run` for Tend and the baseline in turn (A B A B …), `warmup` times unrecorded and then
 * `runs` times, so both meet the same machine; returns each one's recorded samples.
 * @template T
 * @param {{ name: string }[]} exts @param {{ runs: number, warmup: number }} counts
 * @param {(ext: any) => Promise<T>} run
 * @returns {Promise<Record<string, T[]>>}
 */
export async function interleaved(exts, { runs, warmup }, run) {
  const samples = Object.fromEntries(exts.map((ext) => [ext.name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const ext of exts) {
      const sample = await run(ext);
      if (i >= warmup) samples[ext.name].push(sample);
    }
  }
  return samples;
}
