// Compares a screenshot with its committed baseline PNG: pixelmatch counts the pixels that changed,
// and a mean colour shift catches a soft change spread wide. Node only, no browser: the browser
// tests hand it the PNG bytes, and its own unit tests hand it made-up images.
//
// On a mismatch the actual image and a diff image (changed pixels in red) are written to the
// output folder (gitignored) and the failure message names both. A missing baseline fails, with
// what to run; it never passes silently. `UPDATE_SCREENSHOTS=1` (`npm run screenshots`) writes the
// baselines instead of comparing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface Tolerance {
  /** pixelmatch's per-pixel colour distance, 0 (exact) to 1; 0.1 ignores anti-aliasing noise. */
  threshold: number;
  /** The share of pixels that may differ, 0 to 1 (0.002 = 0.2 %). */
  maxDiffRatio: number;
  /**
   * The mean change per colour channel over the whole image, in levels of 255, that may pass: a
   * soft change spread over a large area (a glow, a gradient's stops) stays under pixelmatch's
   * threshold pixel by pixel, and shows here.
   */
  maxMeanShift: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { threshold: 0.1, maxDiffRatio: 0.002, maxMeanShift: 0.1 };

export interface VisualFolders {
  /** Where the committed baselines are. */
  baselines: string;
  /** Where the actual and diff images of a failure go (gitignored). */
  output: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

export const FOLDERS: VisualFolders = {
  baselines: path.join(ROOT, 'tests/e2e/baselines'),
  output: path.join(ROOT, 'test-results/visual'),
};

export interface Result {
  pass: boolean;
  message: string;
  /** Differing pixels / all pixels, when the sizes matched. */
  diffRatio?: number;
  /** The mean change per colour channel, in levels of 255, when the sizes matched. */
  meanShift?: number;
}

/** The mean absolute difference of the red, green and blue channels of two same-sized RGBA images. */
function meanShift(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
  return sum / ((a.length / 4) * 3);
}

export const isUpdating = (env: NodeJS.ProcessEnv = process.env): boolean => env.UPDATE_SCREENSHOTS === '1';

const fileName = (name: string) => `${name}.png`;

/**
 * Compares `actual` (PNG bytes) with the baseline called `name`. Writes `<name>.actual.png` and
 * `<name>.diff.png` into `folders.output` when they differ (or the sizes differ: then the actual
 * only). Pure apart from those files; `update` (default: UPDATE_SCREENSHOTS=1) writes the baseline.
 */
export function compareScreenshot(
  actual: Buffer,
  name: string,
  { folders = FOLDERS, tolerance = DEFAULT_TOLERANCE, update = isUpdating() }: { folders?: VisualFolders; tolerance?: Tolerance; update?: boolean } = {},
): Result {
  const baselinePath = path.join(folders.baselines, fileName(name));
  if (update) {
    mkdirSync(path.dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, actual);
    return { pass: true, message: `wrote the baseline ${baselinePath}` };
  }
  const actualPath = path.join(folders.output, `${name}.actual.png`);
  const diffPath = path.join(folders.output, `${name}.diff.png`);
  const keepActual = () => {
    mkdirSync(path.dirname(actualPath), { recursive: true });
    writeFileSync(actualPath, actual);
  };
  if (!existsSync(baselinePath)) {
    keepActual();
    return {
      pass: false,
      message: `No baseline for “${name}” (${baselinePath}). Run \`npm run screenshots\` to write it, look at it, and commit it. This run's image: ${actualPath}`,
    };
  }
  const wanted = readFileSync(baselinePath);
  // The same browser encodes the same pixels to the same bytes: no need to decode them.
  const passed = (message: string, diffRatio: number, shift: number): Result => {
    // A failure's images from an earlier run would only mislead now.
    for (const stale of [actualPath, diffPath]) rmSync(stale, { force: true });
    return { pass: true, message, diffRatio, meanShift: shift };
  };
  if (wanted.equals(actual)) return passed(`“${name}” is byte for byte its baseline`, 0, 0);
  const want = PNG.sync.read(wanted);
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height) {
    keepActual();
    return {
      pass: false,
      message: `“${name}” is ${got.width}×${got.height}, its baseline ${want.width}×${want.height} (${baselinePath}). This run's image: ${actualPath}`,
    };
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(want.data, got.data, diff.data, got.width, got.height, { threshold: tolerance.threshold });
  const diffRatio = differing / (got.width * got.height);
  const shift = meanShift(want.data, got.data);
  const percent = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;
  const levels = (v: number) => `${v.toFixed(2)} levels`;
  if (diffRatio <= tolerance.maxDiffRatio && shift <= tolerance.maxMeanShift) {
    return passed(`“${name}” matches its baseline (${percent(diffRatio)} of pixels differ; a mean shift of ${levels(shift)})`, diffRatio, shift);
  }
  keepActual();
  writeFileSync(diffPath, PNG.sync.write(diff));
  const how =
    diffRatio > tolerance.maxDiffRatio
      ? `${differing} pixels (${percent(diffRatio)}, more than ${percent(tolerance.maxDiffRatio)})`
      : `its colours shifted by a mean of ${levels(shift)} a channel (more than ${levels(tolerance.maxMeanShift)}), a change spread too softly for the count of differing pixels`;
  return {
    pass: false,
    message:
      `“${name}” differs from its baseline: ${how}. ` +
      `Baseline ${baselinePath}, this run ${actualPath}, diff ${diffPath}. If the change is meant, run \`npm run screenshots\` and commit the new baselines.`,
    diffRatio,
    meanShift: shift,
  };
}

/** In update mode only: copies a baseline to where the README or the store listing takes it from. */
export function publish(name: string, targets: readonly string[], { folders = FOLDERS, update = isUpdating() } = {}): void {
  if (!update) return;
  for (const target of targets) {
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(folders.baselines, fileName(name)), target);
  }
}

/** A baseline's PNG bytes. */
export const readBaseline = (name: string, folders: VisualFolders = FOLDERS): Buffer => readFileSync(path.join(folders.baselines, fileName(name)));

/**
 * `top` drawn over `base` with its top-left corner at (x, y) and a 1-pixel grey border around it
 * (as the browser draws a popup over the page); the part outside `base` is cut off.
 */
export function overlay(base: Buffer, top: Buffer, x: number, y: number): Buffer {
  const under = PNG.sync.read(base);
  const over = PNG.sync.read(top);
  for (let ty = -1; ty <= over.height; ty++) {
    for (let tx = -1; tx <= over.width; tx++) {
      const [bx, by] = [x + tx, y + ty];
      if (bx < 0 || by < 0 || bx >= under.width || by >= under.height) continue;
      const border = ty < 0 || tx < 0 || ty === over.height || tx === over.width;
      const j = (ty * over.width + tx) * 4;
      under.data.set(border ? [120, 120, 120, 255] : over.data.subarray(j, j + 4), (by * under.width + bx) * 4);
    }
  }
  return PNG.sync.write(under);
}

/** In update mode only: writes a picture made from the baselines (e.g. a composed store screenshot). */
export function publishImage(png: Buffer, target: string, { update = isUpdating() } = {}): void {
  if (!update) return;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, png);
}
