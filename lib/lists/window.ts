// A long list shown a page at a time: only the first `shown` rows are rendered, and "Show more"
// adds a page. The count lives in the page's address so Back returns to the same length.

export const PAGE_SIZE = 50;

export interface Windowed<T> {
  rows: T[];
  /** How many rows are left out. */
  rest: number;
}

export function windowOf<T>(list: readonly T[], shown: number): Windowed<T> {
  const n = Math.max(PAGE_SIZE, Math.floor(shown) || PAGE_SIZE);
  return { rows: list.slice(0, n), rest: Math.max(0, list.length - n) };
}

/** Sections cut to `shown` rows in all, in order; empty sections after the cut are left out. */
export function windowSections<S extends { cards: readonly unknown[] }>(sections: readonly S[], shown: number): Windowed<S> {
  let left = Math.max(PAGE_SIZE, Math.floor(shown) || PAGE_SIZE);
  const rows: S[] = [];
  let rest = 0;
  for (const s of sections) {
    if (left <= 0) {
      rest += s.cards.length;
      continue;
    }
    rows.push(s.cards.length <= left ? s : { ...s, cards: s.cards.slice(0, left) });
    rest += Math.max(0, s.cards.length - left);
    left -= s.cards.length;
  }
  return { rows, rest };
}
