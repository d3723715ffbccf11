import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NewTabItem, RevealButton } from '@/components/NewTabItem';
import { TopBar } from '@/components/newtab/TopBar';
import { BottomEdge } from '@/components/newtab/BottomEdge';
import { ArticleView } from '@/components/ArticleView';
import type { Card } from '@/lib/content/types';

afterEach(cleanup);

const tip: Card = { id: 't', kind: 'tip', title: 'Breathe out', topics: ['stress'], summary: [{ t: 'p', c: [{ t: 'text', v: 'Slowly.' }] }] };
const article: Card = { id: 'a', kind: 'article', title: 'On change', topics: ['change'], minutes: 3, summary: [{ t: 'p', c: [{ t: 'text', v: 'An excerpt.' }] }] };

describe('NewTabItem', () => {
  it('offers "Keep reading" for an article, in a slot a tip leaves empty (same boxes for both)', () => {
    const onOpen = vi.fn();
    const { container, rerender } = render(<NewTabItem card={article} helpHref="help.html" onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep reading' }));
    expect(onOpen).toHaveBeenCalledOnce();
    expect(screen.getByRole('heading', { level: 1, name: 'On change' })).toBeTruthy();
    rerender(<NewTabItem card={tip} helpHref="help.html" onOpen={onOpen} />);
    expect(screen.queryByRole('button', { name: 'Keep reading' })).toBeNull();
    expect(container.querySelector('.item__slot')).not.toBeNull();
  });

  it('the quiet reveal says what it shows and names Space as its key', () => {
    const onReveal = vi.fn();
    const { rerender } = render(<RevealButton mode="title" onReveal={onReveal} />);
    fireEvent.click(screen.getByRole('button', { name: /^Show the tip/ }));
    expect(onReveal).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: /^Show the tip/ }).getAttribute('aria-keyshortcuts')).toBe('Space');
    rerender(<RevealButton mode="mark" onReveal={onReveal} />);
    expect(screen.getByRole('button', { name: /^Show today's tip/ })).toBeTruthy();
  });
});

describe('TopBar', () => {
  const props = { readingListHref: 'r.html', exploreHref: 'e.html', historyHref: 'h.html', optionsHref: 'o.html', aboutHref: 'help.html#about-heading' };

  it('shows the reading list count only when something waits', () => {
    const { rerender } = render(<TopBar {...props} waiting={0} onShortcuts={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Reading list' }).getAttribute('href')).toBe('r.html');
    rerender(<TopBar {...props} waiting={3} onShortcuts={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Reading list 3' })).toBeTruthy();
  });

  it('keeps History, Options, Keyboard shortcuts and About in the More popover, whose lines load after the first render', async () => {
    const onShortcuts = vi.fn();
    const { container } = render(<TopBar {...props} onShortcuts={onShortcuts} />);
    const more = screen.getByRole('button', { name: 'More', hidden: true });
    const menu = container.querySelector('#more-menu')!;
    expect(more.getAttribute('popovertarget')).toBe('more-menu');
    expect(menu.getAttribute('popover')).toBe('auto');
    expect(menu.querySelector('a, button')).toBeNull();
    await waitFor(() => expect(menu.querySelector('a, button')).not.toBeNull());
    const names = [...menu.querySelectorAll('a, button')].map((el) => el.textContent?.trim());
    expect(names).toEqual(['Explore', 'History', 'Options', '? Keyboard shortcuts', 'About Tend']);
    fireEvent.click(menu.querySelector('button')!);
    expect(onShortcuts).toHaveBeenCalledOnce();
  });
});

describe('BottomEdge', () => {
  it('offers the two practices with their keys, and help in every mode', () => {
    const onBreathe = vi.fn();
    const onGround = vi.fn();
    const { rerender } = render(<BottomEdge helpHref="help.html" chips onBreathe={onBreathe} onGround={onGround} />);
    fireEvent.click(screen.getByRole('button', { name: 'Breathe · 1 min' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ground · 5-4-3-2-1' }));
    expect([onBreathe.mock.calls.length, onGround.mock.calls.length]).toEqual([1, 1]);
    expect(screen.getByRole('button', { name: 'Breathe · 1 min' }).getAttribute('aria-keyshortcuts')).toBe('B');
    rerender(<BottomEdge helpHref="help.html" chips={false} onBreathe={onBreathe} onGround={onGround} />);
    expect(screen.queryByRole('button', { name: 'Breathe · 1 min' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('help.html');
  });
});

describe('ArticleView', () => {
  it('has a focusable heading, the excerpt as lede, and its end block holds only what it is given (no way to open itself)', () => {
    render(
      <ArticleView card={article} helpHref="help.html" article={{ body: [{ t: 'p', c: [{ t: 'text', v: 'Full text.' }] }], sources: [], reviewed: '2026-11-26' }}>
        <button type="button">Next</button>
      </ArticleView>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'On change' }).getAttribute('tabindex')).toBe('-1');
    expect(screen.getByText('An excerpt.')).toBeTruthy();
    expect(screen.getByText('You reached the end.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Keep reading|Read the article/ })).toBeNull();
  });
});
