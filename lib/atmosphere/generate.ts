// The day's landscape, drawn on the device from the local date: four ridges, where the sun sits on
// the horizon, and where the stars are. Pure (date in, numbers out) and small. One landscape a day;
// Next never changes it. The new tab paints a kept copy (today.ts) and generates after its first
// paint (keep.ts), so this is not part of its first-paint chunk.

import { VIEW_H, VIEW_W, type Scene, type Star } from './scene';

/** FNV-1a, 32-bit: the seed of a day. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a tiny PRNG with a good spread, returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each ridge's base line and amplitude, farthest first. */
const RIDGES: readonly [number, number][] = [
  [150, 70],
  [215, 52],
  [275, 38],
  [335, 26],
];
const SAMPLES = 17;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** One ridge: a sum of two sines sampled 17 times, smoothed by Catmull-Rom into cubic Béziers. */
function ridge([base, amplitude]: [number, number], rand: () => number): string {
  const a = amplitude * (0.75 + 0.5 * rand());
  const f1 = 0.8 + 1.2 * rand();
  const f2 = 2.2 + 2.4 * rand();
  const p1 = 2 * Math.PI * rand();
  const p2 = 2 * Math.PI * rand();
  const pts: [number, number][] = [];
  for (let k = 0; k < SAMPLES; k++) {
    const u = k / (SAMPLES - 1);
    pts.push([u * VIEW_W, base - a * (0.72 * Math.sin(2 * Math.PI * f1 * u + p1) + 0.28 * Math.sin(2 * Math.PI * f2 * u + p2))]);
  }
  const at = (k: number): [number, number] => pts[Math.max(0, Math.min(SAMPLES - 1, k))] ?? [0, base];
  let d = `M0 ${r1(at(0)[1])}`;
  for (let k = 0; k < SAMPLES - 1; k++) {
    const [p0, p1_, p2_, p3] = [at(k - 1), at(k), at(k + 1), at(k + 2)];
    d += `C${r1(p1_[0] + (p2_[0] - p0[0]) / 6)} ${r1(p1_[1] + (p2_[1] - p0[1]) / 6)} ${r1(p2_[0] - (p3[0] - p1_[0]) / 6)} ${r1(
      p2_[1] - (p3[1] - p1_[1]) / 6,
    )} ${r1(p2_[0])} ${r1(p2_[1])}`;
  }
  return `${d}V${VIEW_H}H0Z`;
}

/** The scene of one local day (YYYY-MM-DD): the same day always gives the same scene. */
export function generate(day: string): Scene {
  const rand = mulberry32(fnv1a(day));
  const ridges = RIDGES.map((r) => ridge(r, rand));
  const left = rand() < 0.5;
  const sun = { x: r1((left ? 12 : 76) + 12 * rand()), y: r1(63 + 4 * rand()) };
  const stars: Star[] = [];
  for (let k = 0; k < 26; k++) {
    // Outside the middle 27–73 % (where the text is), with room for rounding: 2–26 % or 74–98 %.
    const side = rand() * 48;
    stars.push({ x: r1(side < 24 ? 2 + side : 50 + side), y: r1(10 + 42 * rand()), r: r1(0.8 + 0.9 * rand()), o: r1(0.25 + 0.4 * rand()) });
  }
  return { day, ridges, sun, stars };
}
