// The worst WCAG contrast between a text's colour and the pixels behind it, measured on a
// screenshot. Node only: the browser test hands it a screenshot taken with the text made
// transparent (so glyph pixels do not count) and the text boxes it read from the DOM.
import { PNG } from 'pngjs';

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export type Rgb = Omit<Rgba, 'a'>;

/** A line box of text on the page, in CSS pixels (= screenshot pixels at device scale 1). */
export interface TextBox {
  /** What to call it in a failure: element and the start of its text. */
  label: string;
  /** Its computed `color`, e.g. `rgb(28, 38, 34)`. */
  colour: string;
  /** The product of its and its ancestors' `opacity` (1 when none fades it). */
  opacity?: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Finding {
  label: string;
  colour: string;
  /** The lowest ratio over every pixel under the box. */
  ratio: number;
  /** The background pixel that gave it, as `#rrggbb`, and where. */
  background: string;
  at: { x: number; y: number };
}

const channel = (v: string): number => (v.endsWith('%') ? (parseFloat(v) / 100) * 255 : parseFloat(v));
const alpha = (v: string | undefined): number => (v === undefined ? 1 : v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v));

/**
 * A computed colour as Chromium serialises it: `rgb(r, g, b)`, `rgba(r, g, b, a)`, the space
 * syntax `rgb(r g b / a)`, or `color(srgb r g b / a)` (0–1 channels). Undefined for anything else
 * (e.g. `oklab(…)`), so the caller can say so rather than guess.
 */
export function parseColour(css: string): Rgba | undefined {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e%-]+))?\)$/.exec(text);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((v) => parseFloat(v!) * 255) as [number, number, number];
    return { r, g, b, a: alpha(srgb[4]) };
  }
  const rgb = /^rgba?\(\s*([\d.%]+)[\s,]+([\d.%]+)[\s,]+([\d.%]+)(?:\s*[,/]\s*([\d.%]+))?\s*\)$/.exec(text);
  if (!rgb) return undefined;
  return { r: channel(rgb[1]!), g: channel(rgb[2]!), b: channel(rgb[3]!), a: alpha(rgb[4]) };
}

const linear = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export const luminance = ({ r, g, b }: Rgb): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour as it shows over an opaque one. */
export const over = (top: Rgba, under: Rgb): Rgb => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a),
});

const hex = ({ r, g, b }: Rgb) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * The lowest contrast between the box's text colour and any pixel of `background` under the box
 * (clipped to the image). Undefined when the box lies outside the image or its colour cannot be read.
 */
export function worstContrast(background: PNG, box: TextBox): Finding | undefined {
  const parsed = parseColour(box.colour);
  if (!parsed) return undefined;
  const text = { ...parsed, a: parsed.a * (box.opacity ?? 1) };
  // The pixels whose centre lies strictly inside the box: one that a fractional edge cuts in half
  // or less is as much what is next to the text (a border drawn against it) as what is behind it.
  const x0 = Math.max(0, Math.floor(box.x - 0.5) + 1);
  const y0 = Math.max(0, Math.floor(box.y - 0.5) + 1);
  const x1 = Math.min(background.width, Math.ceil(box.x + box.width - 0.5));
  const y1 = Math.min(background.height, Math.ceil(box.y + box.height - 0.5));
  if (x1 <= x0 || y1 <= y0) return undefined;
  let worst: Finding | undefined;
  const seen = new Set<number>(); // a background has few distinct colours: measure each once
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * background.width + x) * 4;
      const [r, g, b] = [background.data[i]!, background.data[i + 1]!, background.data[i + 2]!];
      const key = (r << 16) | (g << 8) | b;
      if (seen.has(key)) continue;
      seen.add(key);
      const pixel = { r, g, b };
      const ratio = contrastRatio(over(text, pixel), pixel);
      if (!worst || ratio < worst.ratio) worst = { label: box.label, colour: box.colour, ratio, background: hex(pixel), at: { x, y } };
    }
  }
  return worst;
}

/** Every box's worst contrast on one screenshot (PNG bytes, taken with the text transparent). */
export function contrastFindings(backgroundPng: Buffer, boxes: readonly TextBox[]): { findings: Finding[]; unread: TextBox[] } {
  const background = PNG.sync.read(backgroundPng);
  const findings: Finding[] = [];
  const unread: TextBox[] = [];
  for (const box of boxes) {
    if (!parseColour(box.colour)) unread.push(box);
    const found = worstContrast(background, box);
    if (found) findings.push(found);
  }
  return { findings, unread };
}

/** One line per finding below `minimum`, for a failure message. */
export const describeFindings = (findings: readonly Finding[], minimum: number): string[] =>
  findings
    .filter((f) => f.ratio < minimum)
    .map((f) => `${f.ratio.toFixed(2)}:1 ${f.label}: text ${f.colour} over ${f.background} at (${f.at.x}, ${f.at.y})`);
