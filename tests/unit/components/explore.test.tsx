import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ExploreFilters } from '@/components/ExploreFilters';
import { Highlighted } from '@/components/Highlighted';
import { ItemList } from '@/components/ItemList';
import { ItemRow } from '@/components/ItemRow';
import { ReadingList } from '@/components/ReadingList';
import { exploreSections, NO_FILTER } from '@/lib/explore/filter';
import type { Marks } from '@/lib/records';
import { shortcutFor } from '@/lib/newtab/shortcuts';
import { TOPICS, type Card } from '@/lib/content/types';

afterEach(cleanup);

const para = (v: string) => [{ t: 'p' as const, c: [{ t: 'text' as const, v }] }];
const tip: Card = { id: 't', kind: 'tip', title: 'Breathe out slowly', topics: ['stress'], summary: para('A longer out-breath calms.') };
const article: Card = { id: 'a', kind: 'article', title: 'On change', topics: ['change'], minutes: 3, summary: para('Change takes time.') };
const href = (c: Card) => `article.html?id=${c.id}`;
const noFlags = new Map<string, Marks>();

function filters(props: Partial<Parameters<typeof ExploreFilters>[0]> = {}) {
  const handlers = { onQuery: vi.fn(), onToggleTopic: vi.fn(), onKind: vi.fn() };
  render(<ExploreFilters query="" topics={TOPICS} filter={NO_FILTER} count={178} {...handlers} {...props} />);
  return handlers;
}

describe('ExploreFilters', () => {
  it('has a labelled search box that calls back on every keystroke', () => {
    const { onQuery } = filters();
    const box = screen.getByRole('searchbox', { name: 'Search the library' });
    fireEvent.input(box, { target: { value: 'bre' } });
    expect(onQuery).toHaveBeenCalledWith('bre');
  });

  it('keeps typed keys away from single-key shortcuts, and Enter does not leave the page', () => {
    filters();
    const box = screen.getByRole('searchbox', { name: 'Search the library' });
    expect(shortcutFor({ key: 'n', ctrlKey: false, metaKey: false, altKey: false, target: box })).toBeUndefined();
    expect(fireEvent.submit(box.closest('form')!)).toBe(false);
  });

  it('offers every topic as a labelled checkbox in a Topics group, and calls back', () => {
    const { onToggleTopic } = filters({ filter: { topics: ['dbt'], kind: 'all' } });
    const group = screen.getByRole('group', { name: 'Topics' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(TOPICS.length);
    expect((within(group).getByRole('checkbox', { name: 'DBT skills' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Calming stress' }));
    expect(onToggleTopic).toHaveBeenCalledWith('stress');
  });

  it('offers the kinds as labelled radio buttons in a Kind group, and calls back', () => {
    const { onKind } = filters({ filter: { topics: [], kind: 'tip' } });
    const group = screen.getByRole('radiogroup', { name: 'Kind' });
    expect((within(group).getByRole('radio', { name: 'Tips' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Articles' }));
    expect(onKind).toHaveBeenCalledWith('article');
  });

  it('announces how many items are shown, politely', () => {
    filters({ query: ' breath ', count: 1 });
    expect(screen.getByRole('status').textContent).toBe('1 item found for “breath”');
    cleanup();
    filters({ count: 12 });
    expect(screen.getByRole('status').textContent).toBe('12 items shown');
  });
});

describe('Highlighted', () => {
  it('marks the matched words and keeps the rest as text', () => {
    const { container } = render(<Highlighted text="Breathe out, breathe in" terms={['breathe']} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Breathe', 'breathe']);
    expect(container.textContent).toBe('Breathe out, breathe in');
  });

  it('renders markup in the text as text', () => {
    const { container } = render(<Highlighted text="<b>bold</b> move" terms={['bold']} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>bold</b> move');
  });
});

describe('ItemRow', () => {
  const row = (props: Partial<Parameters<typeof ItemRow>[0]> = {}) =>
    render(
      <ul>
        <ItemRow card={article} href={href(article)} level={3} saved={false} read={false} {...props} />
      </ul>,
    );

  it('links the title and shows kind, topic and summary', () => {
    row();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('On change');
    expect(screen.getByRole('link', { name: 'On change' }).getAttribute('href')).toBe('article.html?id=a');
    expect(screen.getByText('Article · Living with change · 3 min read')).toBeTruthy();
    expect(screen.getByText('Change takes time.')).toBeTruthy();
  });

  it('says saved and read in words', () => {
    row({ saved: true, read: true });
    expect(screen.getByText('Saved')).toBeTruthy();
    expect(screen.getByText('Read')).toBeTruthy();
    cleanup();
    row({ saved: false, read: false });
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.queryByText('Read')).toBeNull();
  });

  it('marks matches in title and summary, and shows a passage when only the body matched', () => {
    const { container } = row({ match: { terms: ['change', 'grief'], snippet: '…slow grief is normal…' } });
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['change', 'Change', 'grief']);
    expect(container.textContent).toContain('From the text: …slow grief is normal…');
  });
});

describe('ItemList', () => {
  it('groups by topic under h2 headings, with item titles as h3', () => {
    render(<ItemList sections={exploreSections([tip, article], NO_FILTER)} flags={noFlags} query="" hrefFor={href} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Calming stress', 'Living with change']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Breathe out slowly', 'On change']);
  });

  it('lists search results flat, in ranked order, with marks and badges', () => {
    const matches = new Map([
      ['a', { terms: ['change'] }],
      ['t', { terms: ['out'] }],
    ]);
    const flags = new Map([['t', { saved: true, read: false }]]);
    const { container } = render(
      <ItemList sections={exploreSections([tip, article], NO_FILTER, ['a', 't'])} flags={flags} matches={matches} query="ch" hrefFor={href} />,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['On change', 'Breathe out slowly']);
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(within(container.querySelector('[data-item-id="t"]')!).getByText('Saved')).toBeTruthy();
  });

  it('says kindly when a search finds nothing, and when filters leave nothing', () => {
    render(<ItemList sections={exploreSections([tip], NO_FILTER, [])} flags={noFlags} query="zebra" hrefFor={href} />);
    expect(screen.getByRole('heading', { name: 'Nothing found for “zebra”' })).toBeTruthy();
    expect(screen.getByText(/Try fewer or different words/)).toBeTruthy();
    cleanup();
    render(<ItemList sections={[]} flags={noFlags} query="" hrefFor={href} />);
    expect(screen.getByRole('heading', { name: 'Nothing here with these filters' })).toBeTruthy();
  });
});

describe('ReadingList with a search', () => {
  it('marks the matched words in titles', () => {
    const { container } = render(
      <ReadingList entries={[{ card: tip, savedAt: 1, terms: ['breathe'] }]} now={2} hrefFor={href} onToggleRead={vi.fn()} onRemove={vi.fn()} />,
    );
    expect(container.querySelector('.entry__title mark')?.textContent).toBe('Breathe');
    expect(screen.getByRole('link', { name: 'Breathe out slowly' })).toBeTruthy();
  });
});
