import { describe, expect, it } from 'vitest';
import { openCatalog } from '@/lib/content/catalog';
import { cards as allCards } from 'virtual:tend-catalog';
import { index } from 'virtual:tend-index';
import { TOPICS } from '@/lib/content/types';

describe('the runtime catalog', () => {
  it('indexes every card by id, kind, topics and whether it is sensitive, in the same order', () => {
    expect(index).toEqual(allCards.map(({ id, kind, topics, sensitive }) => ({ id, kind, topics, ...(sensitive ? { sensitive } : {}) })));
    expect(allCards.length).toBeGreaterThan(TOPICS.length);
  });

  it('carries the library\'s sensitive marks into the built index, so rotation can skip those items', () => {
    const marked = index.filter((e) => e.sensitive).map((e) => e.id);
    expect(marked).toContain('getting-help-thoughts-of-harm');
    expect(marked.length).toBeLessThan(index.length / 4);
  });

  it('a light catalog loads only the chunk of the item asked for', async () => {
    const catalog = await openCatalog(false);
    expect(catalog.index).toHaveLength(allCards.length);
    const target = allCards.find((c) => c.topics[0] === 'dbt')!;
    expect(catalog.get(target.id)).toBeUndefined();
    expect(await catalog.load(target.id)).toEqual(target);
    expect(catalog.get(target.id)).toEqual(target);
    expect(catalog.cards().every((c) => c.topics[0] === 'dbt')).toBe(true);
    expect(await catalog.load('no-such-item')).toBeUndefined();
  });

  it('a full catalog has every card at once', async () => {
    const catalog = await openCatalog(true);
    expect(catalog.cards()).toHaveLength(allCards.length);
    expect(catalog.get(allCards[0]!.id)).toEqual(allCards[0]);
  });
});
