// Marking what a search matched in a text, and the passage around the first match. Pure, and
// apart from the search engine (lib/explore/search.ts), which the pages load only when a search starts.

export interface Segment {
  text: string;
  match: boolean;
}

const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Where each term occurs in `text` (case-insensitive, at the start of a word), merged when they overlap or touch. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of new Set(terms.map((t) => t.trim()).filter(Boolean))) {
    const atWordStart = WORD_START.test(term);
    for (const m of text.matchAll(new RegExp(escapeRegExp(term), 'giu'))) {
      if (atWordStart && WORD_END.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      ranges.push([m.index, m.index + m[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `text` cut into matching and non-matching segments, in order; joined they give `text` back. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** A short passage of `text` around its first match, cut at spaces, with "…" where it was cut. */
export function snippet(text: string, terms: readonly string[], radius = 80): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matchRanges(flat, terms)[0];
  if (!first) return undefined;
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(flat.length, first[1] + radius);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || first[0];
  if (start > first[0]) start = first[0];
  if (end < flat.length) end = Math.max(first[1], flat.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
