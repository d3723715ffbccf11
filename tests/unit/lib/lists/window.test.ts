import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, windowOf, windowSections } from '@/lib/lists/window';

const list = Array.from({ length: 130 }, (_, i) => i);

describe('windowing', () => {
  it('shows a page at a time and says how many are left', () => {
    expect(windowOf(list, PAGE_SIZE)).toMatchObject({ rest: 80 });
    expect(windowOf(list, PAGE_SIZE).rows).toEqual(list.slice(0, 50));
    expect(windowOf(list, 100).rows).toHaveLength(100);
    expect(windowOf(list, 500)).toEqual({ rows: list, rest: 0 });
  });

  it('never shows less than a page, whatever the address says', () => {
    expect(windowOf(list, 0).rows).toHaveLength(PAGE_SIZE);
    expect(windowOf(list, Number.NaN).rows).toHaveLength(PAGE_SIZE);
  });

  it('cuts sections in order and leaves out those after the cut', () => {
    const sections = [
      { id: 'a', cards: list.slice(0, 30) },
      { id: 'b', cards: list.slice(0, 30) },
      { id: 'c', cards: list.slice(0, 10) },
    ];
    const { rows, rest } = windowSections(sections, 50);
    expect(rows.map((s) => `${s.id}:${s.cards.length}`)).toEqual(['a:30', 'b:20']);
    expect(rest).toBe(20);
    expect(sections[1]?.cards).toHaveLength(30);
    expect(windowSections(sections, 100)).toEqual({ rows: sections, rest: 0 });
  });
});
