// The contrast maths of tests/e2e/contrast.ts: WCAG ratios, colour parsing, and the worst pixel
// under a text box on a made-up screenshot.
// @vitest-environment node
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { contrastFindings, contrastRatio, describeFindings, luminance, over, parseColour, worstContrast, type TextBox } from '../../e2e/contrast';

const WHITE = { r: 255, g: 255, b: 255 };
const BLACK = { r: 0, g: 0, b: 0 };
const rgb = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });

describe('WCAG contrast', () => {
  it('gives the known ratios', () => {
    expect(luminance(WHITE)).toBeCloseTo(1);
    expect(luminance(BLACK)).toBe(0);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21); // order does not matter
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio(rgb('#767676'), WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb('#777777'), WHITE)).toBeCloseTo(4.48, 2);
    // The design direction's ink on paper, light and dark.
    expect(contrastRatio(rgb('#1C2622'), rgb('#F5F2EB'))).toBeCloseTo(13.9, 1);
    expect(contrastRatio(rgb('#E9EEEA'), rgb('#111816'))).toBeCloseTo(15.3, 1);
  });

  it('blends translucent text over its background', () => {
    expect(over({ ...BLACK, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    expect(over({ ...BLACK, a: 1 }, WHITE)).toEqual(BLACK);
    expect(over({ ...BLACK, a: 0 }, WHITE)).toEqual(WHITE);
  });
});

describe('parseColour', () => {
  it('reads the forms Chromium computes', () => {
    expect(parseColour('rgb(28, 38, 34)')).toEqual({ r: 28, g: 38, b: 34, a: 1 });
    expect(parseColour('rgba(28, 38, 34, 0.5)')).toEqual({ r: 28, g: 38, b: 34, a: 0.5 });
    expect(parseColour('rgb(28 38 34 / 50%)')).toEqual({ r: 28, g: 38, b: 34, a: 0.5 });
    expect(parseColour('color(srgb 1 0 0.5)')).toEqual({ r: 255, g: 0, b: 127.5, a: 1 });
    expect(parseColour('transparent')?.a).toBe(0);
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(parseColour('oklab(0.5 0.1 0.1)')).toBeUndefined();
    expect(parseColour('red')).toBeUndefined();
  });
});

/** A 40×20 screenshot: white, with the right half's lower 10 rows grey (#777777). */
function screenshot(): PNG {
  const png = new PNG({ width: 40, height: 20 });
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 40; x++) {
      const v = x >= 20 && y >= 10 ? 0x77 : 255;
      png.data.set([v, v, v, 255], (y * 40 + x) * 4);
    }
  }
  return png;
}

const box = (x: number, y: number, width: number, height: number, colour = 'rgb(0, 0, 0)'): TextBox => ({ label: 'p “Hello”', colour, x, y, width, height });

describe('worstContrast', () => {
  it('takes the worst pixel under the box, not the average', () => {
    // Black text: 21:1 on white, 4.69:1 on the grey corner.
    const found = worstContrast(screenshot(), box(10, 5, 20, 10));
    expect(found?.ratio).toBeCloseTo(contrastRatio(BLACK, rgb('#777777')));
    expect(found?.background).toBe('#777777');
    expect(found?.at).toEqual({ x: 20, y: 10 });
  });

  it('counts only the pixels under the box', () => {
    expect(worstContrast(screenshot(), box(0, 0, 20, 20))?.ratio).toBeCloseTo(21);
  });

  it('counts a pixel when its centre is inside the box, not when a fractional edge cuts it', () => {
    // Columns 0–19 are white above row 10; the grey corner starts at column 20, row 10.
    expect(worstContrast(screenshot(), box(10, 10.6, 10.4, 5))?.ratio).toBeCloseTo(21);
    expect(worstContrast(screenshot(), box(10, 10.4, 10.6, 5))?.background).toBe('#777777');
    // An edge through the middle of a pixel leaves it out: half of it is what borders the text.
    expect(worstContrast(screenshot(), box(10, 10.5, 10.5, 5))?.ratio).toBeCloseTo(21);
  });

  it('clips a box to the image, and skips one outside it', () => {
    expect(worstContrast(screenshot(), box(30, 15, 100, 100))?.background).toBe('#777777');
    expect(worstContrast(screenshot(), box(50, 0, 10, 10))).toBeUndefined();
  });

  it('fades the text by its opacity: black at half opacity on white is mid-grey on white', () => {
    const found = worstContrast(screenshot(), { ...box(0, 0, 10, 10), opacity: 0.5 });
    expect(found?.ratio).toBeCloseTo(contrastRatio({ r: 127.5, g: 127.5, b: 127.5 }, WHITE));
  });

  it('lists the boxes below the minimum and the colours it could not read', () => {
    const png = PNG.sync.write(screenshot());
    const { findings, unread } = contrastFindings(png, [box(0, 0, 40, 20, 'rgb(255, 255, 255)'), box(0, 0, 10, 10), box(0, 0, 10, 10, 'oklab(0 0 0)')]);
    expect(findings.map((f) => Math.round(f.ratio * 100) / 100)).toEqual([1, 21]);
    expect(unread.map((b) => b.colour)).toEqual(['oklab(0 0 0)']);
    expect(describeFindings(findings, 4.5)).toEqual(['1.00:1 p “Hello”: text rgb(255, 255, 255) over #ffffff at (0, 0)']);
  });
});
