import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cards } from 'virtual:tend-catalog';
import { onlyMatching, useSearch, type Search } from '@/lib/ui/use-search';
import type { Card } from '@/lib/content/types';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

function Probe({ list }: { list: readonly Card[] }) {
  const s = useSearch(list);
  return (
    <>
      <input aria-label="q" value={s.query} onInput={(e) => s.setQuery(e.currentTarget.value)} />
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
