// The screenshot comparison itself (tests/e2e/visual.ts), on made-up images in a temporary folder.
// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareScreenshot, isUpdating, overlay, publish, type VisualFolders } from '../../e2e/visual';

type Rgb = [number, number, number];

/** A PNG of `width`×`height` in `fill`, with an optional block of another colour. */
function image(width: number, height: number, fill: Rgb, block?: { x: number; y: number; size: number; colour: Rgb }): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inBlock = block && x >= block.x && x < block.x + block.size && y >= block.y && y < block.y + block.size;
      const [r, g, b] = inBlock ? block.colour : fill;
      png.data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const PAPER: Rgb = [245, 242, 235];
const INK: Rgb = [28, 38, 34];

let dir: string;
let folders: VisualFolders;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tend-visual-unit-'));
  folders = { baselines: path.join(dir, 'baselines'), output: path.join(dir, 'output') };
  mkdirSync(folders.baselines);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const baseline = (name: string, png: Buffer) => writeFileSync(path.join(folders.baselines, `${name}.png`), png);

describe('compareScreenshot', () => {
  it('passes an image identical to its baseline, and writes nothing', () => {
    baseline('page', image(100, 100, PAPER));
    const result = compareScreenshot(image(100, 100, PAPER), 'page', { folders, update: false });
    expect(result).toMatchObject({ pass: true, diffRatio: 0 });
    expect(existsSync(folders.output)).toBe(false);
  });

  it('compares pixels, not bytes: the same picture encoded another way passes', () => {
    const png = PNG.sync.read(image(100, 100, PAPER));
    baseline('page', PNG.sync.write(png, { deflateLevel: 1 }));
    const result = compareScreenshot(PNG.sync.write(png, { deflateLevel: 9 }), 'page', { folders, update: false });
    expect(result).toMatchObject({ pass: true, diffRatio: 0 });
  });

  it('passes a change below the tolerance (4 of 10,000 pixels, 0.04 %)', () => {
    baseline('page', image(100, 100, PAPER));
    const result = compareScreenshot(image(100, 100, PAPER, { x: 10, y: 10, size: 2, colour: INK }), 'page', { folders, update: false });
    expect(result.pass).toBe(true);
    expect(result.diffRatio).toBeCloseTo(0.0004);
  });

  it('fails on one changed block, writes the actual and a diff image, and says where', () => {
    baseline('page', image(100, 100, PAPER));
    const actual = image(100, 100, PAPER, { x: 20, y: 30, size: 10, colour: INK });
    const result = compareScreenshot(actual, 'page', { folders, update: false });

    expect(result.pass).toBe(false);
    expect(result.diffRatio).toBeCloseTo(0.01);
    const actualPath = path.join(folders.output, 'page.actual.png');
    const diffPath = path.join(folders.output, 'page.diff.png');
    expect(result.message).toContain(actualPath);
    expect(result.message).toContain(diffPath);
    expect(result.message).toContain('1.00 %');
    expect(readFileSync(actualPath).equals(actual)).toBe(true);
    // The diff marks exactly the block's 100 pixels in red; the rest is drawn faded.
    const diff = PNG.sync.read(readFileSync(diffPath));
    let red = 0;
    for (let i = 0; i < diff.data.length; i += 4) if (diff.data[i] === 255 && diff.data[i + 1] === 0 && diff.data[i + 2] === 0) red++;
    expect(red).toBe(100);
  });

  it('fails on a soft change spread wide, which no single pixel shows past the colour threshold', () => {
    // A glow 12 levels brighter over a fifth of the picture: the kind of change a gradient's stops or
    // a moved halo make. pixelmatch passes each pixel; the mean shift (2.4 levels) does not.
    baseline('page', image(100, 100, PAPER));
    const glow: Rgb = [PAPER[0] + 10, PAPER[1] + 12, PAPER[2] + 14];
    const result = compareScreenshot(image(100, 100, PAPER, { x: 0, y: 0, size: 45, colour: glow }), 'page', { folders, update: false });
    expect(result.diffRatio).toBe(0);
    expect(result.meanShift).toBeCloseTo((45 * 45 * 12) / 10_000, 5);
    expect(result.pass).toBe(false);
    expect(result.message).toContain('a mean of 2.43 levels a channel');
    expect(existsSync(path.join(folders.output, 'page.actual.png'))).toBe(true);
  });

  it('passes a slight shift over part of the picture (one level of red over 15 % of it: a rounding)', () => {
    baseline('page', image(100, 100, PAPER));
    const result = compareScreenshot(image(100, 100, PAPER, { x: 0, y: 0, size: 39, colour: [PAPER[0] - 1, PAPER[1], PAPER[2]] }), 'page', { folders, update: false });
    expect(result.meanShift).toBeCloseTo((39 * 39) / 30_000, 5);
    expect(result.pass).toBe(true);
  });

  it('removes the images of an earlier failure once the image matches again', () => {
    baseline('page', image(100, 100, PAPER));
    expect(compareScreenshot(image(100, 100, INK), 'page', { folders, update: false }).pass).toBe(false);
    expect(existsSync(path.join(folders.output, 'page.diff.png'))).toBe(true);
    expect(compareScreenshot(image(100, 100, PAPER), 'page', { folders, update: false }).pass).toBe(true);
    expect(existsSync(path.join(folders.output, 'page.diff.png'))).toBe(false);
    expect(existsSync(path.join(folders.output, 'page.actual.png'))).toBe(false);
  });

  it('fails when the sizes differ, naming both sizes', () => {
    baseline('page', image(100, 100, PAPER));
    const result = compareScreenshot(image(100, 120, PAPER), 'page', { folders, update: false });
    expect(result.pass).toBe(false);
    expect(result.message).toMatch(/100×120, its baseline 100×100/);
    expect(existsSync(path.join(folders.output, 'page.actual.png'))).toBe(true);
  });

  it('fails when the baseline is missing, and says to run npm run screenshots', () => {
    const result = compareScreenshot(image(10, 10, PAPER), 'new-page', { folders, update: false });
    expect(result.pass).toBe(false);
    expect(result.message).toContain('npm run screenshots');
    expect(existsSync(path.join(folders.baselines, 'new-page.png'))).toBe(false);
  });

  it('in update mode writes the baseline, which the next comparison then passes', () => {
    const png = image(10, 10, INK);
    expect(compareScreenshot(png, 'nested/page', { folders, update: true }).pass).toBe(true);
    expect(readFileSync(path.join(folders.baselines, 'nested/page.png')).equals(png)).toBe(true);
    expect(compareScreenshot(png, 'nested/page', { folders, update: false }).pass).toBe(true);
  });
});

describe('update mode and publishing', () => {
  it('is on only for UPDATE_SCREENSHOTS=1', () => {
    expect(isUpdating({ UPDATE_SCREENSHOTS: '1' })).toBe(true);
    expect(isUpdating({})).toBe(false);
    expect(isUpdating({ UPDATE_SCREENSHOTS: '0' })).toBe(false);
  });

  it('copies a baseline to the README and store folders only when updating', () => {
    const png = image(10, 10, INK);
    baseline('page', png);
    const target = path.join(dir, 'docs/screenshots/page.png');
    publish('page', [target], { folders, update: false });
    expect(existsSync(target)).toBe(false);
    publish('page', [target], { folders, update: true });
    expect(readFileSync(target).equals(png)).toBe(true);
  });
});

describe('overlay', () => {
  it('draws one image over another at a place, with a grey border, cut off at the edge', () => {
    const out = PNG.sync.read(overlay(image(20, 10, PAPER), image(4, 4, INK), 2, 3));
    const at = (x: number, y: number) => [...out.data.subarray((y * 20 + x) * 4, (y * 20 + x) * 4 + 3)];
    expect([out.width, out.height]).toEqual([20, 10]);
    expect(at(2, 3)).toEqual(INK);
    expect(at(5, 6)).toEqual(INK);
    expect(at(1, 3)).toEqual([120, 120, 120]);
    expect(at(6, 7)).toEqual([120, 120, 120]);
    expect(at(0, 0)).toEqual(PAPER);
    expect(at(7, 3)).toEqual(PAPER);
    // Past the right edge: no error, and what fits is drawn.
    expect(PNG.sync.read(overlay(image(20, 10, PAPER), image(4, 4, INK), 18, 0)).width).toBe(20);
  });
});
