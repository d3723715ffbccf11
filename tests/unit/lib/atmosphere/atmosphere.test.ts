import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fnv1a, generate, mulberry32 } from '@/lib/atmosphere/generate';
import { VIEW_H, VIEW_W } from '@/lib/atmosphere/scene';
import { dayKey, keptScene, SCENE_KEY } from '@/lib/atmosphere/today';
import { todaysScene } from '@/lib/atmosphere/keep';
import { skyAt } from '@/lib/atmosphere/sky';

/** The numbers of a path, as [x, y] pairs (every command here takes pairs, but V and H). */
const ys = (d: string) => {
  const nums = d.replace(/V.*$/, '').match(/-?\d+(\.\d+)?/g)!.map(Number);
  return nums.filter((_, i) => i % 2 === 1);
};

describe('the day seed', () => {
  it('is FNV-1a of the local date, and the PRNG stays in [0, 1)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c); // the published FNV-1a test vector
    const rand = mulberry32(fnv1a('2026-12-05'));
    const draws = Array.from({ length: 1000 }, rand);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
  });

  it('takes the local calendar day, not UTC', () => {
    expect(dayKey(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    expect(dayKey(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('generate', () => {
  it('gives the same scene for the same day and another for the next day', () => {
    expect(generate('2026-12-05')).toEqual(generate('2026-12-05'));
    expect(generate('2026-12-06').ridges).not.toEqual(generate('2026-12-05').ridges);
  });

  // Each rule breaks into a list of the days and values that broke it: one assertion, readable failures.
  const year = Array.from({ length: 366 }, (_, d) => generate(dayKey(new Date(2026, 0, 1 + d))));

  it('keeps every ridge within its band, closed along the bottom, over a year', () => {
    const limits = [
      [150, 70],
      [215, 52],
      [275, 38],
      [335, 26],
    ] as const;
    const broken: string[] = [];
    for (const scene of year) {
      if (scene.ridges.length !== 4) broken.push(`${scene.day}: ${scene.ridges.length} ridges`);
      scene.ridges.forEach((path, i) => {
        const [base, amp] = limits[i] ?? [0, 0];
        // Samples stay within base ± 1.25 × amplitude; the Bézier controls may overshoot a little.
        const far = ys(path).filter((y) => Math.abs(y - base) > amp * 1.25 * 1.35);
        if (far.length) broken.push(`${scene.day} ridge ${i}: y ${far.join(', ')}`);
        if (!path.startsWith('M0 ') || !path.endsWith(`V${VIEW_H}H0Z`) || !path.includes(` ${VIEW_W} `)) broken.push(`${scene.day} ridge ${i}: not closed`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('puts the sun on the horizon at the sides, never under the text, and the stars outside the middle', () => {
    const broken: string[] = [];
    for (const { day, sun, stars } of year) {
      if (!((sun.x >= 12 && sun.x <= 24) || (sun.x >= 76 && sun.x <= 88)) || sun.y < 63 || sun.y > 67) broken.push(`${day}: sun ${sun.x},${sun.y}`);
      if (stars.length !== 26) broken.push(`${day}: ${stars.length} stars`);
      for (const s of stars) {
        const ok = (s.x < 27 || s.x > 73) && s.y >= 10 && s.y <= 52 && s.r >= 0.8 && s.r <= 1.7 && s.o >= 0.25 && s.o <= 0.65;
        if (!ok) broken.push(`${day}: star ${JSON.stringify(s)}`);
      }
    }
    expect(broken).toEqual([]);
  });
  // Its time (< 1 ms) is measured by scripts/bench/atmosphere.mjs: a timing in this parallel suite
  // on a shared machine says more about the machine than the code.
});

describe('todaysScene', () => {
  const now = new Date(2026, 11, 5, 9);

  it("keeps today's and tomorrow's scenes, and paints from the copy", () => {
    const storage = window.localStorage;
    storage.clear();
    expect(keptScene(storage, now)).toBeUndefined();
    const scene = todaysScene(storage, now);
    expect(scene).toEqual(generate('2026-12-05'));
    expect(JSON.parse(storage.getItem(SCENE_KEY)!)).toEqual([scene, generate('2026-12-06')]);
    expect(keptScene(storage, now)).toEqual(scene);
    // The first tab of the next day paints from the copy, and keeps the day after.
    const tomorrow = new Date(2026, 11, 6, 0, 5);
    expect(keptScene(storage, tomorrow)).toEqual(generate('2026-12-06'));
    expect(todaysScene(storage, tomorrow)).toEqual(generate('2026-12-06'));
    expect(JSON.parse(storage.getItem(SCENE_KEY)!).map((s: { day: string }) => s.day)).toEqual(['2026-12-06', '2026-12-07']);
  });

  it('keeps the next day across a month and a year end', () => {
    const storage = window.localStorage;
    storage.clear();
    todaysScene(storage, new Date(2026, 11, 31, 23));
    expect(keptScene(storage, new Date(2027, 0, 1, 1))?.day).toBe('2027-01-01');
  });

  it("generates again for a new day, or when the copy is damaged or foreign, and never trusts an odd path", () => {
    const storage = window.localStorage;
    storage.clear();
    const yesterday = todaysScene(storage, new Date(2026, 11, 4, 9));
    expect(todaysScene(storage, now)).not.toEqual(yesterday);
    const foreign = { ...generate('2026-12-05'), ridges: ['M0 0"/><script>', 'M0', 'M0', 'M0'] };
    for (const bad of ['{', 'null', '[]', '{}', JSON.stringify(generate('2026-12-05')), JSON.stringify([foreign])]) {
      storage.setItem(SCENE_KEY, bad);
      expect(keptScene(storage, now)).toBeUndefined();
      expect(todaysScene(storage, now)).toEqual(generate('2026-12-05'));
    }
  });

  it('works with no storage or storage that refuses writes', () => {
    expect(todaysScene(undefined, now)).toEqual(generate('2026-12-05'));
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(todaysScene(refusing, now)).toEqual(generate('2026-12-05'));
  });
});

describe('the light of the hour', () => {
  it('is morning 05–10, day 10–17, evening 17–21 and night 21–05', () => {
    const table = Array.from({ length: 24 }, (_, h) => skyAt(h));
    expect(table).toEqual([
      ...Array(5).fill('night'),
      ...Array(5).fill('morning'),
      ...Array(7).fill('day'),
      ...Array(4).fill('evening'),
      ...Array(3).fill('night'),
    ]);
  });

  it('is what public/boot.js sets before the first paint, at every hour and with "follow the time of day" off', () => {
    const boot = readFileSync('public/boot.js', 'utf8');
    const run = (hour: number, settings: object) => {
      const dataset: Record<string, string> = {};
      const root = { dataset, style: { setProperty: () => undefined } };
      const RealDate = Date;
      const FakeDate = class extends RealDate {
        override getHours() {
          return hour;
        }
      };
      runInNewContext(boot, { localStorage: { getItem: () => JSON.stringify(settings) }, document: { documentElement: root }, Date: FakeDate, JSON, String });
      return dataset;
    };
    for (let h = 0; h < 24; h++) expect(run(h, {}).sky, `hour ${h}`).toBe(skyAt(h));
    expect(run(22, { followTime: false }).sky).toBe('day');
    expect(run(12, { background: 'plain' }).background).toBe('plain');
    expect(run(12, { background: 'nonsense' }).background).toBeUndefined();
  });
});
