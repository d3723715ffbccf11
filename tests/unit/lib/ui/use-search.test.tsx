import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cards } from 'virtual:tend-catalog';
import { onlyMatching, useSearch, type Search } from '@/lib/ui/use-search';
import type { Card } from '@/lib/content/types';

// The engine as it is, its two ways of building an index watched: which one a search used, and when.
vi.mock('@/lib/explore/search', async (importOriginal) => {
  const engine = await importOriginal<typeof import('@/lib/explore/search')>();
  return { ...engine, createSearchIndex: vi.fn(engine.createSearchIndex), createSearchIndexAsync: vi.fn(engine.createSearchIndexAsync) };
});
const engine = await import('@/lib/explore/search');

afterEach(() => {
  vi.mocked(engine.createSearchIndex).mockClear();
  vi.mocked(engine.createSearchIndexAsync).mockClear();
  cleanup();
  history.replaceState(null, '', '/');
});

function Probe({ list }: { list: readonly Card[] }) {
  const s = useSearch(list);
  return (
    <>
      <input aria-label="q" value={s.query} onInput={(e) => s.setQuery(e.currentTarget.value)} onFocus={s.prepare} />
      <p data-testid="ids">{s.matches ? [...s.matches.keys()].join(' ') : s.searching ? 'loading' : 'all'}</p>
    </>
  );
}

describe('useSearch', () => {
  it('searches the library as the query changes and keeps the query in the address', async () => {
    render(<Probe list={cards} />);
    fireEvent.input(screen.getByLabelText('q'), { target: { value: 'box breat' } });
    await waitFor(() => expect(screen.getByTestId('ids').textContent?.split(' ')[0]).toBe('stress-box-breathing'));
    // The address follows once typing pauses (lib/lists/address.ts).
    await waitFor(() => expect(new URLSearchParams(location.search).get('q')).toBe('box breat'));
    fireEvent.input(screen.getByLabelText('q'), { target: { value: '' } });
    expect(screen.getByTestId('ids').textContent).toBe('all');
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('builds no index for a page that is only looked at; focusing the box builds one in idle time, which the search then uses', async () => {
    render(<Probe list={cards} />);
    // Nothing signals that no index was built: wait longer than an idle callback takes here
    // (lib/ui/idle.ts falls back to 200 ms), which is when the index used to be built.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(engine.createSearchIndexAsync).not.toHaveBeenCalled();
    expect(engine.createSearchIndex).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByLabelText('q'));
    await waitFor(() => expect(engine.createSearchIndexAsync).toHaveBeenCalledWith(cards, [], expect.any(Function)));
    await vi.mocked(engine.createSearchIndexAsync).mock.results[0]!.value;
    fireEvent.input(screen.getByLabelText('q'), { target: { value: 'box breat' } });
    await waitFor(() => expect(screen.getByTestId('ids').textContent?.split(' ')[0]).toBe('stress-box-breathing'));
    expect(engine.createSearchIndex).not.toHaveBeenCalled();
  });

  it('a search that starts before the box was focused builds its index at once', async () => {
    render(<Probe list={cards} />);
    fireEvent.input(screen.getByLabelText('q'), { target: { value: 'box breat' } });
    await waitFor(() => expect(screen.getByTestId('ids').textContent?.split(' ')[0]).toBe('stress-box-breathing'));
    expect(engine.createSearchIndex).toHaveBeenCalledTimes(1);
  });

  it('starts from the query in the address (Back returns to a search)', async () => {
    history.replaceState(null, '', '/explore.html?q=guilt');
    render(<Probe list={cards} />);
    expect((screen.getByLabelText('q') as HTMLInputElement).value).toBe('guilt');
    await waitFor(() => expect(screen.getByTestId('ids').textContent).toContain('boundaries-when-guilt-follows'));
  });
});

describe('onlyMatching', () => {
  const [a, b] = cards;
  const entries = [{ card: a!, savedAt: 2 }, { card: b!, savedAt: 1 }];
  const state = (s: Partial<Search>): Search => ({ query: '', setQuery: () => undefined, searching: false, prepare: () => undefined, ...s });

  it('keeps every entry when not searching, and waits while the index loads', () => {
    expect(onlyMatching(entries, state({}))).toEqual(entries);
    expect(onlyMatching(entries, state({ query: 'x', searching: true }))).toBeUndefined();
  });

  it('keeps matching entries in their own order, with the words to mark', () => {
    const matches = new Map([
      [b!.id, { terms: ['two'] }],
      [a!.id, { terms: ['one'] }],
    ]);
    expect(onlyMatching(entries, state({ query: 'x', searching: true, matches }))).toEqual([
      { ...entries[0], terms: ['one'] },
      { ...entries[1], terms: ['two'] },
    ]);
    expect(onlyMatching(entries, state({ query: 'x', searching: true, matches: new Map() }))).toEqual([]);
  });
});
