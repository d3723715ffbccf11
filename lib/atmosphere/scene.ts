// What a day's landscape is (generate.ts draws one; components/atmosphere shows it).

/** Where a ridge's path is drawn: an SVG of this size, stretched to the window (preserveAspectRatio none). */
export const VIEW_W = 1600;
export const VIEW_H = 400;

export interface Star {
  /** Position in % of the window; radius in px; opacity 0..1. */
  x: number;
  y: number;
  r: number;
  o: number;
}

export interface Scene {
  /** Local date the scene belongs to, YYYY-MM-DD. */
  day: string;
  /** Four closed SVG paths, farthest first. */
  ridges: string[];
  /** The sun's (or moon's) centre in % of the window: on the horizon, left or right, never under the text. */
  sun: { x: number; y: number };
  stars: Star[];
}
