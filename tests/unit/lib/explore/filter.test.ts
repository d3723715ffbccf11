import { describe, expect, it } from 'vitest';
import { exploreSections, itemFlags, matchesFilter, NO_FILTER, toggleTopic, type ExploreFilter } from '@/lib/explore/filter';
import type { Card, ItemKind, TopicId } from '@/lib/content/types';

const card = (id: string, kind: ItemKind, title: string, topics: TopicId[]): Card => ({ id, kind, title, topics, summary: [] });
const cards = [
  card('s1', 'tip', 'Slow breath', ['stress']),
  card('s2', 'article', 'Calm senses', ['stress', 'dbt']),
  card('d1', 'tip', 'Wise mind', ['dbt']),
  card('k1', 'article', 'A kind voice', ['self-kindness', 'stress']),
];
const sectionIds = (filter: ExploreFilter, ranked?: string[]) =>
  exploreSections(cards, filter, ranked).map((s) => `${s.id}: ${s.cards.map((c) => c.id).join(' ')}`);

describe('filters', () => {
  it.each([
    ['everything with no filter', NO_FILTER, ['s1', 's2', 'd1', 'k1']],
    ['one kind', { topics: [], kind: 'tip' }, ['s1', 'd1']],
    ['items with any chosen topic, primary or not', { topics: ['dbt'], kind: 'all' }, ['s2', 'd1']],
    ['topics and kind together', { topics: ['stress', 'dbt'], kind: 'article' }, ['s2', 'k1']],
  ] as const)('keeps %s', (_what, filter, expected) => {
    expect(cards.filter((c) => matchesFilter(c, filter)).map((c) => c.id)).toEqual(expected);
  });

  it('toggles a topic on and off without touching the kind', () => {
    const on = toggleTopic({ topics: ['dbt'], kind: 'tip' }, 'stress');
    expect(on).toEqual({ topics: ['dbt', 'stress'], kind: 'tip' });
    expect(toggleTopic(on, 'dbt')).toEqual({ topics: ['stress'], kind: 'tip' });
  });
});

describe('exploreSections', () => {
  it('groups by primary topic in the topic order, each item once, by title', () => {
    expect(sectionIds(NO_FILTER)).toEqual(['dbt: d1', 'stress: s2 s1', 'self-kindness: k1']);
    expect(exploreSections(cards, NO_FILTER).map((s) => s.heading)).toEqual(['DBT skills', 'Calming stress', 'Self-kindness']);
  });

  it('lists an item under a chosen topic when its primary topic is filtered out', () => {
    expect(sectionIds({ topics: ['dbt'], kind: 'all' })).toEqual(['dbt: s2 d1']);
  });

  it('gives one ranked section, without a heading, while searching (filters still apply)', () => {
    const [results] = exploreSections(cards, NO_FILTER, ['k1', 'gone', 's1']);
    expect(results?.heading).toBeUndefined();
    expect(sectionIds(NO_FILTER, ['k1', 'gone', 's1'])).toEqual(['results: k1 s1']);
    expect(sectionIds({ topics: [], kind: 'tip' }, ['k1', 's1'])).toEqual(['results: s1']);
    expect(sectionIds(NO_FILTER, [])).toEqual(['results: ']);
  });

  it('gives no sections when filters leave nothing', () => {
    expect(exploreSections(cards, { topics: ['getting-help'], kind: 'all' })).toEqual([]);
  });
});

describe('itemFlags', () => {
  it('says which items are saved and which are read', () => {
    const flags = itemFlags([{ id: 'a', savedAt: 1 }, { id: 'b', readAt: 2 }, { id: 'c', savedAt: 1, readAt: 2 }]);
    expect(Object.fromEntries(flags)).toEqual({
      a: { saved: true, read: false },
      b: { saved: false, read: true },
      c: { saved: true, read: true },
    });
  });
});
