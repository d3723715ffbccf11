import { describe, expect, it } from 'vitest';
import { itemHref, originFrom, originHref, originLabel } from '@/lib/lists/origin';
import { neighbors, related } from '@/lib/lists/neighbors';
import type { Card, TopicId } from '@/lib/content/types';

describe('where an item page came from', () => {
  it('carries the list page and its address there and back', () => {
    const href = itemHref('a b', { page: 'explore', search: '?q=sleep&t=stress' });
    expect(href).toBe('article.html?id=a%20b&from=explore&back=%3Fq%3Dsleep%26t%3Dstress');
    const origin = originFrom(href.slice(href.indexOf('?')));
    expect(origin).toEqual({ page: 'explore', search: '?q=sleep&t=stress' });
    expect(originHref(origin!)).toBe('explore.html?q=sleep&t=stress');
    expect(originLabel('readingList')).toBe('Reading list');
    expect(itemHref('x')).toBe('article.html?id=x');
  });

  it('refuses anything but a search part of a known page', () => {
    expect(originFrom('?id=x')).toBeUndefined();
    expect(originFrom('?id=x&from=options')).toBeUndefined();
    expect(originFrom('?id=x&from=history&back=https%3A%2F%2Fexample.org')).toEqual({ page: 'history', search: '' });
    expect(originHref({ page: 'readingList', search: '' })).toBe('reading-list.html');
  });
});

describe('neighbors and related items', () => {
  it('finds the items before and after, and the place in the list', () => {
    expect(neighbors(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c', place: 2, total: 3 });
    expect(neighbors(['a', 'b', 'c'], 'a')).toEqual({ previous: undefined, next: 'b', place: 1, total: 3 });
    expect(neighbors(['a', 'b'], 'z')).toEqual({ total: 2 });
  });

  const card = (id: string, topic: TopicId, sensitive?: true): Card => ({ id, kind: 'tip', title: id, topics: [topic], summary: [], ...(sensitive ? { sensitive } : {}) });
  const cards = [card('s1', 'stress'), card('d1', 'dbt'), card('s2', 'stress'), card('s3', 'stress', true), card('s4', 'stress'), card('s5', 'stress')];

  it('picks up to three of the same topic, the ones after it first, never itself', () => {
    expect(related(cards, cards[4]!).map((c) => c.id)).toEqual(['s5', 's1', 's2']);
    expect(related(cards, cards[1]!)).toEqual([]);
  });

  it('shows sensitive items only beside sensitive ones', () => {
    expect(related(cards, cards[0]!).map((c) => c.id)).toEqual(['s2', 's4', 's5']);
    expect(related(cards, cards[3]!).map((c) => c.id)).toEqual(['s4', 's5', 's1']);
  });
});
