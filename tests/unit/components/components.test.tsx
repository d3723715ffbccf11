import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { RichText } from '@/components/RichText';
import { ItemCard } from '@/components/ItemCard';
import { BackgroundOptions } from '@/components/BackgroundOptions';
import { ItemActions } from '@/components/ItemActions';
import { ReadingList, type ReadingEntry } from '@/components/ReadingList';
import { UndoNotice } from '@/components/UndoNotice';
import { ReadingEmpty } from '@/components/ReadingEmpty';
import { CrisisLines } from '@/components/CrisisLines';
import { ShortcutHelp } from '@/components/ShortcutHelp';
import { PageShell } from '@/components/PageShell';
import { navFor } from '@/lib/ui/nav';
import { ArticleView } from '@/components/ArticleView';
import { CRISIS_LINES, lineText } from '@/lib/crisis';
import type { Block, Card } from '@/lib/content/types';

afterEach(cleanup);

const tip: Card = { id: 't', kind: 'tip', title: 'Breathe out', topics: ['stress'], summary: [{ t: 'p', c: [{ t: 'text', v: 'Slowly.' }] }] };
const article: Card = { id: 'a', kind: 'article', title: 'On change', topics: ['change'], minutes: 3, summary: [{ t: 'p', c: [{ t: 'text', v: 'An excerpt.' }] }] };

describe('RichText', () => {
  it('renders markup inside content as text, never as elements', () => {
    const blocks: Block[] = [{ t: 'p', c: [{ t: 'text', v: '<img src=x onerror=alert(1)><b>bold</b>' }] }];
    const { container } = render(<RichText blocks={blocks} helpHref="help.html" />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>');
  });

  it('renders lists, quotes, headings under the title, and both kinds of link', () => {
    const blocks: Block[] = [
      { t: 'h', level: 2, c: [{ t: 'text', v: 'Section' }] },
      { t: 'ul', items: [[{ t: 'p', c: [{ t: 'text', v: 'one' }] }]] },
      { t: 'quote', c: [{ t: 'p', c: [{ t: 'link', href: 'https://www.nhs.uk/', c: [{ t: 'text', v: 'NHS' }] }] }] },
      { t: 'p', c: [{ t: 'link', href: 'tend:help', c: [{ t: 'text', v: 'crisis lines' }] }] },
    ];
    render(<RichText blocks={blocks} helpHref="help.html" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Section' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('one');
    const nhs = screen.getByRole('link', { name: 'NHS' });
    expect(nhs.getAttribute('href')).toBe('https://www.nhs.uk/');
    expect(nhs.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'crisis lines' }).getAttribute('href')).toBe('help.html');
  });
});

describe('ItemCard', () => {
  it('shows the title (found by its test id), kind, topic and reading time', () => {
    render(<ItemCard card={article} helpHref="help.html" />);
    expect(screen.getByTestId('item-title').textContent).toBe('On change');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('On change');
    expect(screen.getByText('Article · Living with change · 3 min read')).toBeTruthy();
    expect(screen.getByText('An excerpt.')).toBeTruthy();
  });
});

describe('ItemActions', () => {
  const handlers = () => ({ onNext: vi.fn(), onToggleSave: vi.fn(), onToggleRead: vi.fn(), onOpen: vi.fn() });

  it('names each state by its label (no aria-pressed) and calls back', () => {
    const h = handlers();
    const { rerender } = render(<ItemActions saved read={false} {...h} />);
    const save = screen.getByRole('button', { name: 'Saved' });
    expect(save.hasAttribute('aria-pressed')).toBe(false);
    expect(screen.getByRole('button', { name: 'Mark read' }).hasAttribute('aria-pressed')).toBe(false);
    fireEvent.click(save);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(h.onToggleSave).toHaveBeenCalledOnce();
    expect(h.onNext).toHaveBeenCalledOnce();
    rerender(<ItemActions saved={false} read {...h} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(h.onToggleRead).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /Keep reading|Read the article/ })).toBeNull();
  });

  it('shows the last confirmation beside the buttons, in a polite live region', () => {
    render(<ItemActions saved read={false} confirmation="Saved to your reading list." {...handlers()} />);
    expect(screen.getByRole('status').textContent).toBe('Saved to your reading list.');
  });

  it('names the new tab shortcuts with aria-keyshortcuts, not visible hints on the buttons', () => {
    render(<ItemActions saved={false} read={false} keys {...handlers()} />);
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-keyshortcuts')).toBe('S');
    expect(screen.getByRole('button', { name: 'Mark read' }).getAttribute('aria-keyshortcuts')).toBe('M');
    expect(screen.getByRole('button', { name: 'Next' }).getAttribute('aria-keyshortcuts')).toBe('N');
  });

  it('turns save and read off with a reason when storage is unavailable', () => {
    render(<ItemActions saved={false} read={false} unavailable="Storage is off." {...handlers()} />);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Mark read' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText('Storage is off.')).toBeTruthy();
  });
});

describe('ReadingList', () => {
  const now = new Date(2026, 10, 26, 12).getTime();
  const entries: ReadingEntry[] = [
    { card: article, savedAt: now - 3 * 86_400_000 },
    { card: tip, savedAt: now - 1000, readAt: now },
  ];

  it('says how to save when nothing waits, that there is no schedule when nothing is read, and what to try when a search finds nothing', () => {
    render(<ReadingEmpty filter="unread" query="" />);
    expect(screen.getByTestId('reading-list-empty').textContent).toContain('choose Save and it will wait here');
    expect(screen.getByRole('link', { name: 'Explore' }).getAttribute('href')).toBe('explore.html');
    cleanup();
    render(<ReadingEmpty filter="read" query="  " />);
    expect(screen.getByRole('heading', { name: 'Nothing marked read yet.' })).toBeTruthy();
    cleanup();
    render(<ReadingEmpty filter="all" query=" calm kit " />);
    expect(screen.getByRole('heading', { name: 'No saved item matches “calm kit”.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /search the whole library/ }).getAttribute('href')).toBe('explore.html?q=calm%20kit');
  });

  it('lists entries with kind, topic, excerpt, saved and read times, and calls back per entry', () => {
    const onRemove = vi.fn();
    const onToggleRead = vi.fn();
    render(<ReadingList entries={entries} now={now} hrefFor={(c) => `article.html?id=${c.id}`} onToggleRead={onToggleRead} onRemove={onRemove} />);
    expect(screen.getByRole('link', { name: 'On change' }).getAttribute('href')).toBe('article.html?id=a');
    expect(screen.getByText('Article · Living with change · 3 min')).toBeTruthy();
    expect(screen.getByText('An excerpt.')).toBeTruthy();
    expect(screen.getByText('Saved 3 days ago')).toBeTruthy();
    expect(screen.getByText('Saved today · read today')).toBeTruthy();
    // The visible label is the state: "Read" once read, "Mark read" before.
    expect(screen.getByRole('button', { name: /^Read\W+Breathe out/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Remove.*On change/ }));
    expect(onRemove).toHaveBeenCalledWith(entries[0]);
    fireEvent.click(screen.getByRole('button', { name: /^Mark read\W+On change/ }));
    expect(onToggleRead).toHaveBeenCalledWith(entries[0]);
  });
});

describe('UndoNotice', () => {
  it('offers undo and dismiss', () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(<UndoNotice message="Removed." onUndo={onUndo} onDismiss={onDismiss} />);
    // The removed entry took the focus with it: Undo has it now.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('CrisisLines', () => {
  it('lists every line exactly as bundled, with the emergency-first line and review date', () => {
    render(<CrisisLines lines={CRISIS_LINES} reviewed="2026-11-26" />);
    const shown = screen.getAllByTestId('crisis-line').map((li) => li.textContent);
    expect(shown).toEqual(CRISIS_LINES.map(lineText));
    expect(screen.getByText(/immediate danger, call your local emergency number first/)).toBeTruthy();
    expect(screen.getByText(/Last reviewed 2026-11-26. Numbers can change/)).toBeTruthy();
  });

  it('makes every number a tel: or sms: link, with the first word a service asks for', () => {
    render(<CrisisLines lines={CRISIS_LINES} reviewed="2026-11-26" />);
    expect(screen.getAllByRole('link', { name: 'call 116 123' }).map((a) => a.getAttribute('href'))).toEqual(['tel:116123', 'tel:116123']);
    expect(screen.getByRole('link', { name: 'text SHOUT to 85258' }).getAttribute('href')).toBe('sms:85258?body=SHOUT');
    expect(screen.getByRole('link', { name: 'text 0477 13 11 14' }).getAttribute('href')).toBe('sms:0477131114');
    expect(screen.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href')).toBe('https://findahelpline.com/');
    const reaches = CRISIS_LINES.flatMap((l) => l.reach);
    expect(screen.getAllByRole('link').filter((a) => /^(tel|sms):/.test(a.getAttribute('href') ?? ''))).toHaveLength(reaches.length);
  });
});

describe('ShortcutHelp', () => {
  it('lists shortcuts in a dialog that closes from its button', () => {
    const onClose = vi.fn();
    render(<ShortcutHelp open shortcuts={[{ key: 'N', action: 'Next item' }]} onClose={onClose} />);
    expect(screen.getByText('Next item')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('PageShell', () => {
  it('marks the current page, carries the not-therapy line and the help link, and announces status', () => {
    render(
      <PageShell nav={[{ href: 'a.html', label: 'A', current: true }, { href: 'b.html', label: 'B' }]} helpHref="help.html" status="Saved.">
        <p>Body</p>
      </PageShell>,
    );
    expect(screen.getByRole('link', { name: 'A' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'B' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText(/not therapy or medical advice/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('help.html');
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('lists the pages in its ··· menu there, marking the current one in the menu and on the button', async () => {
    render(
      <PageShell nav={navFor('options')} helpHref="help.html">
        <p>Body</p>
      </PageShell>,
    );
    const nav = screen.getByRole('navigation', { name: 'Tend' });
    // The bar: three links and the menu's button.
    const bar = [...nav.querySelectorAll(':scope > ul > li > a, :scope > ul > li > button')].map((el) => el.getAttribute('aria-label') ?? el.textContent);
    expect(bar).toEqual(['New tab', 'Reading list', 'Explore', 'More']);
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.className).toContain('topbar__more--current');
    const menu = document.getElementById(more.getAttribute('popovertarget') ?? '')!;
    const links = await within(menu).findAllByRole('link', { hidden: true });
    expect(links.map((a) => a.textContent?.trim())).toEqual(['History', 'Options', 'Help', 'About Tend']);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page', null, null]);
    expect(links[3]!.getAttribute('href')).toBe('help.html#about-heading');
  });

  it('marks a page of the bar itself, and then not the ··· button', () => {
    render(
      <PageShell nav={navFor('readingList')} helpHref="help.html">
        <p>Body</p>
      </PageShell>,
    );
    expect(screen.getByRole('link', { name: 'Reading list' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('button', { name: 'More' }).className).not.toContain('topbar__more--current');
  });
});

describe('ArticleView', () => {
  it('shows a loading line, then the body, sources and review date', () => {
    const { rerender } = render(<ArticleView card={article} helpHref="help.html" />);
    expect(screen.getByText('Opening the article…')).toBeTruthy();
    rerender(
      <ArticleView
        card={article}
        helpHref="help.html"
        article={{ body: [{ t: 'p', c: [{ t: 'text', v: 'Full text.' }] }], sources: [{ title: 'Change', publisher: 'NHS', url: 'https://www.nhs.uk/c' }], reviewed: '2026-11-26' }}
      />,
    );
    expect(screen.getByText('Full text.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change' }).getAttribute('href')).toBe('https://www.nhs.uk/c');
    expect(screen.getByText('Last reviewed 2026-11-26.')).toBeTruthy();
  });
});

describe('BackgroundOptions', () => {
  it('offers Landscape, Soft sky and Plain as preview cards and the time of day, and reports each change', () => {
    const onChange = vi.fn();
    render(<BackgroundOptions settings={{ background: 'landscape', followTime: true }} onChange={onChange} />);
    expect(screen.getByRole('radiogroup', { name: 'Background' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Landscape' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Soft sky' }));
    expect(onChange).toHaveBeenLastCalledWith({ background: 'sky' });
    fireEvent.click(screen.getByRole('radio', { name: 'Plain' }));
    expect(onChange).toHaveBeenLastCalledWith({ background: 'plain' });
    const follow = screen.getByRole('switch', { name: 'Follow the time of day' }) as HTMLInputElement;
    expect(follow.checked).toBe(true);
    fireEvent.click(follow);
    expect(onChange).toHaveBeenLastCalledWith({ followTime: false });
  });

  it('names each radio and the switch by their labels alone; their help describes them', () => {
    render(<BackgroundOptions settings={{ background: 'landscape', followTime: true }} onChange={vi.fn()} />);
    const describedBy = (el: HTMLElement) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(describedBy(screen.getByRole('radio', { name: 'Soft sky' }))).toBe('The sky alone');
    expect(describedBy(screen.getByRole('switch', { name: 'Follow the time of day' }))).toMatch(/^Morning, day, evening and night light/);
  });
});
