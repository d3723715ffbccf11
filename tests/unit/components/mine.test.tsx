// Your tips, notes, hidden items and sync, as the pages show them (issue 17): what a person typed
// is always text, never markup; refusals keep what was typed; each control calls back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MyTipsSection, type MyTipsProps } from '@/components/MyTipsSection';
import { NoteEditor } from '@/components/NoteEditor';
import { HiddenSection } from '@/components/HiddenSection';
import { SyncSection } from '@/components/SyncSection';
import { ItemCard } from '@/components/ItemCard';
import { tipCard, type MyTip } from '@/lib/mine/model';
import { idsWithNoteMatches, noteMatches, withNoteMatches } from '@/lib/mine/note-search';

afterEach(cleanup);

const nasty: MyTip = { id: 'abcdefghij', text: '<script>window.hacked=1</script>\n**not bold**\u00a0', title: '<img src=x onerror=alert(1)>', createdAt: 1, updatedAt: 1 };

function tipsProps(overrides: Partial<MyTipsProps> = {}): MyTipsProps {
  return {
    tips: [nasty],
    mode: 'both',
    onMode: vi.fn(),
    onAdd: vi.fn(),
    onEdit: vi.fn(),
    onSave: vi.fn(),
    onRemove: vi.fn(),
    onUndoRemove: vi.fn(),
    onDismissRemove: vi.fn(),
    onImport: vi.fn(),
    onExport: vi.fn(),
    ...overrides,
  };
}

describe('case 42: text only, nothing typed is parsed as HTML or Markdown', () => {
  it('the options list shows a tip’s script, image and asterisks as characters', () => {
    const { container } = render(<MyTipsSection {...tipsProps()} />);
    expect(container.querySelector('script, img, strong.mine-text, em')).toBeNull();
    expect(screen.getByText(/<script>window\.hacked=1<\/script>/)).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText(/\*\*not bold\*\*/)).toBeTruthy();
  });

  it('the new tab’s card shows a personal tip as text, kicker “Your tip”', () => {
    const { container } = render(<ItemCard card={tipCard(nasty)} helpHref="help.html" />);
    expect(container.querySelector('script, img, strong')).toBeNull();
    expect(container.querySelector('.item--mine')).toBeTruthy();
    expect(container.querySelector('.item__meta')?.textContent).toBe('Your tip');
    expect(container.querySelector('.item__summary')?.textContent).toContain('<script>window.hacked=1</script>\n**not bold**');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('MyTipsSection', () => {
  it('states the limits and adds a tip with its title, text and topic', () => {
    const props = tipsProps({ tips: [] });
    render(<MyTipsSection {...props} />);
    expect(screen.getByText(/up to 1,000 tips, each up to 500 characters/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Title (optional)'), { target: { value: 'Mine' } });
    fireEvent.input(screen.getByLabelText('Your tip'), { target: { value: 'Line one\nline two' } });
    fireEvent.change(screen.getByLabelText('Topic (optional)'), { target: { value: 'sleep' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tip' }));
    expect(props.onAdd).toHaveBeenCalledWith({ title: 'Mine', text: 'Line one\nline two', topic: 'sleep' });
  });

  it('shows a refusal, chooses the mode, and exports', () => {
    const props = tipsProps({ error: 'A tip needs some text.' });
    render(<MyTipsSection {...props} />);
    expect(screen.getByRole('alert').textContent).toBe('A tip needs some text.');
    fireEvent.click(screen.getByLabelText('Only my tips', { exact: false }));
    expect(props.onMode).toHaveBeenCalledWith('only');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(props.onExport).toHaveBeenCalledWith('csv');
  });

  it('edits and removes a tip, and offers undo after a removal', () => {
    const props = tipsProps({ removed: nasty });
    render(<MyTipsSection {...props} />);
    fireEvent.click(screen.getByRole('button', { name: /^Remove/ }));
    expect(props.onRemove).toHaveBeenCalledWith(nasty);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndoRemove).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
    expect(props.onEdit).toHaveBeenCalledWith('abcdefghij');
  });
});

describe('NoteEditor', () => {
  it('adds a note; a refused note stays open with what was typed', async () => {
    const onSave = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const { rerender } = render(<NoteEditor note="" title="Box breathing" onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a note on “Box breathing”' }));
    fireEvent.input(screen.getByLabelText(/Your note on “Box breathing”/), { target: { value: 'bell \u0007' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    rerender(<NoteEditor note="" title="Box breathing" error="The note has an invisible control character in it" onSave={onSave} />);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('bell \u0007'));
    expect((screen.getByLabelText(/Your note on/) as HTMLTextAreaElement).value).toBe('bell \u0007');
    fireEvent.input(screen.getByLabelText(/Your note on/), { target: { value: '<b>fine</b>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    rerender(<NoteEditor note="<b>fine</b>" title="Box breathing" onSave={onSave} />);
    await waitFor(() => expect(screen.getByTestId('note').textContent).toBe('Your note: <b>fine</b>'));
  });
});

describe('NoteEditor opened from a menu', () => {
  it('shows no button of its own, opens when told (focused), and says when it closes', async () => {
    const onSave = vi.fn().mockResolvedValue(true);
    const onClose = vi.fn();
    const { rerender, container } = render(<NoteEditor note="" title="Box breathing" editing={false} onClose={onClose} onSave={onSave} />);
    expect(container.textContent).toBe('');
    rerender(<NoteEditor note="" title="Box breathing" editing onClose={onClose} onSave={onSave} />);
    const area = screen.getByLabelText(/Your note on “Box breathing”/);
    expect(document.activeElement).toBe(area);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.input(area, { target: { value: 'kept' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('kept'));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
    rerender(<NoteEditor note="kept" title="Box breathing" editing={false} onClose={onClose} onSave={onSave} />);
    expect(screen.getByTestId('note').textContent).toBe('Your note: kept');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('HiddenSection and SyncSection', () => {
  it('lists hidden items and brings one back', () => {
    const onBringBack = vi.fn();
    render(<HiddenSection entries={[{ itemId: 'a', title: 'Box breathing' }, { itemId: 'gone' }]} onBringBack={onBringBack} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bring back “Box breathing”' }));
    expect(onBringBack).toHaveBeenCalledWith('a');
    expect(screen.getByText(/no longer has \(gone\)/)).toBeTruthy();
  });

  it('case 45: sync is off by default in words, says history stays, and names what did not fit', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<SyncSection on={false} onToggle={onToggle} />);
    expect(screen.getByTestId('sync-status').textContent).toMatch(/Sync is off/);
    expect(screen.getByText(/reading history stays on this browser/)).toBeTruthy();
    // Named by its label alone; what it does and its limits describe it.
    const sync = screen.getByRole('switch', { name: 'Sync my saved items, notes, hidden items and my tips across my browsers' });
    expect(document.getElementById(sync.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^Through your browser’s own sync/);
    fireEvent.click(sync);
    expect(onToggle).toHaveBeenCalledWith(true);
    rerender(<SyncSection on onToggle={onToggle} report={{ at: 1, notSynced: 'Browser sync has room for only part of your Tend data' }} />);
    expect(screen.getByTestId('sync-status').textContent).toMatch(/room for only part/);
  });
});

describe('finding saved items by their notes', () => {
  const entries = [{ card: { id: 'a' } }, { card: { id: 'b' } }, { card: { id: 'c' } }];
  it('matches every word of the query in any case, after the library’s own matches', () => {
    expect(noteMatches('Try before the Monday meeting.', 'monday MEETING')).toBe(true);
    expect(noteMatches('Try before the Monday meeting.', 'tuesday')).toBe(false);
    const notes = new Map([['c', 'for the Monday meeting']]);
    expect(withNoteMatches([entries[0]!], entries, notes, 'monday')?.map((e) => e.card.id)).toEqual(['a', 'c']);
    expect(withNoteMatches(undefined, entries, notes, 'monday')).toBeUndefined();
  });

  it('adds the ids whose note matches after the library’s matches, once each (Explore)', () => {
    const notes = new Map([
      ['a', 'monday'],
      ['c', 'for the Monday meeting'],
      ['d', 'tuesday'],
    ]);
    expect(idsWithNoteMatches(['b', 'a'], notes, 'monday')).toEqual(['b', 'a', 'c']);
    expect(idsWithNoteMatches(['b'], notes, '  ')).toEqual(['b']);
    expect(idsWithNoteMatches([], undefined, 'monday')).toEqual([]);
  });
});
