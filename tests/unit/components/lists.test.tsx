import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ReadingTools } from '@/components/ReadingTools';
import { ItemPageNav } from '@/components/ItemPageNav';
import { PageShell } from '@/components/PageShell';
import type { Card } from '@/lib/content/types';

afterEach(cleanup);

const card = (id: string, title: string): Card => ({ id, kind: 'tip', title, topics: ['stress'], summary: [] });

describe('ReadingTools', () => {
  const tools = (props: Partial<Parameters<typeof ReadingTools>[0]> = {}) => {
    const handlers = { onFilter: vi.fn(), onSort: vi.fn(), onQuery: vi.fn() };
    render(<ReadingTools counts={{ unread: 2, read: 1, all: 3 }} filter="unread" sort="newest" query="" {...handlers} {...props} />);
    return handlers;
  };

  it('offers To read, Read and All with their counts as one radio group, To read first', () => {
    const { onFilter } = tools();
    const group = screen.getByRole('radiogroup', { name: 'Show' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['To read 2', 'Read 1', 'All 3']);
    expect(radios[0]?.checked).toBe(true);
    fireEvent.click(radios[1]!);
    expect(onFilter).toHaveBeenCalledWith('read');
  });

  it('sorts by newest or oldest saved, and searches within the list', () => {
    const { onSort, onQuery } = tools({ found: 1, query: 'calm' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'oldest' } });
    expect(onSort).toHaveBeenCalledWith('oldest');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search your list' }), { target: { value: 'calm k' } });
    expect(onQuery).toHaveBeenCalledWith('calm k');
    expect(screen.getByRole('status').textContent).toBe('1 saved item found for “calm”');
  });
});

describe('ItemPageNav', () => {
  const a = card('a', 'Slow breath');
  const b = card('b', 'Cold water');

  it('links previous and next in the list, says where the item is, and lists related items', () => {
    render(
      <ItemPageNav listName="Explore" previous={{ card: a, href: 'p.html' }} next={{ card: b, href: 'n.html' }} place={2} total={9} topicName="Calming stress" related={[{ card: b, href: 'r.html' }]} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Explore: previous and next' });
    expect(within(nav).getByRole('link', { name: /Previous.*Slow breath/ }).getAttribute('href')).toBe('p.html');
    expect(within(nav).getByRole('link', { name: /Next.*Cold water/ }).getAttribute('href')).toBe('n.html');
    expect(screen.getByText('2 of 9 in Explore')).toBeTruthy();
    const more = screen.getByRole('region', { name: 'More in Calming stress' });
    expect(within(more).getByRole('link', { name: 'Cold water' }).getAttribute('href')).toBe('r.html');
  });

  it('shows no previous/next without a list, and no related section without related items', () => {
    render(<ItemPageNav topicName="Sleep" related={[]} />);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('PageShell on an item page', () => {
  it('puts the way back and the item’s buttons in the top bar instead of the nav', () => {
    render(
      <PageShell nav={[{ href: 'a.html', label: 'A' }]} helpHref="help.html" lead={<a href="explore.html">Explore</a>} bar={<button type="button">Save</button>}>
        <p>Body</p>
      </PageShell>,
    );
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Explore' })).toBeTruthy();
    expect(within(header).getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'A' })).toBeNull();
  });
});
