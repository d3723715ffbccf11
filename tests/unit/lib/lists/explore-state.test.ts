import { describe, expect, it } from 'vitest';
import { exploreSearch, exploreStateFrom, START } from '@/lib/lists/explore-state';

describe('Explore state in the address', () => {
  it('round-trips query, topics, kind, rows shown and scroll', () => {
    const state = { query: 'slow breath', topics: ['stress', 'dbt'] as const, kind: 'tip' as const, shown: 150, scroll: 1234 };
    const search = exploreSearch({ ...state, topics: [...state.topics] });
    expect(search).toBe('?q=slow+breath&t=stress%2Cdbt&kind=tip&n=150&y=1234');
    // Topics come back in the library's order.
    expect(exploreStateFrom(search)).toEqual({ ...state, topics: ['dbt', 'stress'] });
  });

  it('writes nothing for the starting state', () => {
    expect(exploreSearch(START)).toBe('');
    expect(exploreStateFrom('')).toEqual(START);
  });

  it('ignores unknown topics and kinds, and malformed numbers', () => {
    expect(exploreStateFrom('?t=stress,nope&kind=video&n=-5&y=abc')).toEqual({ ...START, topics: ['stress'] });
    expect(exploreStateFrom('?n=10').shown).toBe(START.shown);
  });
});
