import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { HistoryList, type HistoryEntry } from '@/components/HistoryList';
import { ReadingLog } from '@/components/ReadingLog';
import { readingLog, shortDate } from '@/lib/history';
import type { Card, TopicId } from '@/lib/content/types';

afterEach(cleanup);

const card = (id: string, topic: TopicId, kind: Card['kind'] = 'tip'): Card => ({
  id,
  kind,
  title: `Title ${id}`,
  topics: [topic],
  summary: [],
  ...(kind === 'article' ? { minutes: 3 } : {}),
});
const t = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';
// Friday 27 November 2026, 10:00 in London.
const now = t('2026-11-27T10:00:00Z');

describe('HistoryList', () => {
  const entries: HistoryEntry[] = [
    { id: 'a', card: card('a', 'stress'), at: t('2026-11-26T21:00:00Z') },
    { id: 'b', card: card('b', 'cbt', 'article'), at: t('2026-11-27T09:15:00Z') },
    { id: 'c', card: card('c', 'change'), at: t('2026-11-27T00:00:00Z') }, // local midnight: today
    { id: 'd', card: card('d', 'dbt'), at: t('2026-11-23T12:00:00Z') },
  ];

  it('shows one section per local day, newest first, each headed by a level-2 heading', () => {
    render(<HistoryList entries={entries} total={entries.length} now={now} timeZone={LONDON} hrefFor={(c) => `article.html?id=${c.id}`} locale="en-GB" />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Today', 'Yesterday', 'Monday 23 November']);
  });

  it('lists each day’s reads newest first, as links made by hrefFor, with kind, topic and local time', () => {
    const { container } = render(
      <HistoryList entries={entries} total={entries.length} now={now} timeZone={LONDON} hrefFor={(c) => `article.html?id=${c.id}`} locale="en-GB" />,
    );
    const today = container.querySelector<HTMLElement>('[data-day="2026-11-27"]')!;
    const links = within(today).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Title b', 'article.html?id=b'],
      ['Title c', 'article.html?id=c'],
    ]);
    expect(today.textContent).toContain('Article · Thoughts, feelings, actions · 3 min read · 09:15');
    expect(today.textContent).toContain('Tip · Living with change · 00:00');
    expect(today.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-27T09:15:00.000Z');
  });

  it('follows the time zone it is given', () => {
    render(<HistoryList entries={entries.slice(0, 1)} total={1} now={now} timeZone="Pacific/Kiritimati" hrefFor={() => '#'} locale="en-GB" />);
    // 21:00 UTC on 26 November is 11:00 on 27 November in Kiritimati, where it is already the 28th.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Yesterday');
  });

  it('case 34: lists only the reads it is given, says how many there are in all, and asks for more', () => {
    const onShowMore = vi.fn();
    render(<HistoryList entries={entries.slice(0, 2)} total={100_000} now={now} timeZone={LONDON} hrefFor={() => '#'} onShowMore={onShowMore} locale="en-GB" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('history-more').textContent).toContain('Showing the newest 2 of 100,000 reads.');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(onShowMore).toHaveBeenCalledOnce();
  });

  it('case 34: no "Show more" once every read is listed', () => {
    render(<HistoryList entries={entries} total={entries.length} now={now} timeZone={LONDON} hrefFor={() => '#'} onShowMore={() => {}} />);
    expect(screen.queryByTestId('history-more')).toBeNull();
  });

  it('case 32: a read of an item no longer in Tend is listed as text, its id never as markup', () => {
    const odd = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <HistoryList entries={[{ id: odd, at: t('2026-11-27T09:00:00Z') }]} total={1} now={now} timeZone={LONDON} hrefFor={() => '#'} locale="en-GB" />,
    );
    expect(container.querySelector('img')).toBeNull();
    const row = container.querySelector<HTMLElement>('.history__entry')!;
    expect(row.dataset.itemId).toBe(odd);
    expect(row.textContent).toBe('No longer in Tend09:00');
    expect(within(row).queryByRole('link')).toBeNull();
  });

  it('says kindly how to fill it when nothing was read', () => {
    render(<HistoryList entries={[]} total={0} now={now} timeZone={LONDON} hrefFor={() => '#'} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your log starts with the next thing you read.');
    expect(screen.getByTestId('history-empty').textContent).toContain('No streaks, no scores.');
    expect(screen.getByTestId('history-empty').textContent).toContain('as read');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});

describe('ReadingLog', () => {
  const topics: Record<string, TopicId> = { a: 'stress', b: 'cbt', c: 'stress' };
  const topicOf = (id: string) => topics[id];
  const events = [
    { itemId: 'a', at: t('2026-11-27T08:00:00Z') },
    { itemId: 'b', at: t('2026-11-25T08:00:00Z') },
    { itemId: 'c', at: t('2026-11-23T00:00:00Z') }, // Monday, local midnight: this week
    { itemId: 'gone', at: t('2026-11-24T08:00:00Z') }, // no longer in the catalog
    { itemId: 'a', at: t('2026-11-22T23:59:59Z') }, // Sunday: last week
    { itemId: 'b', at: t('2026-10-20T08:00:00Z') }, // week of 19 October
  ];
  const log = readingLog(events, topicOf, now, LONDON);

  it('says this week’s count plainly, with no streaks, targets or loss', () => {
    const { container } = render(<ReadingLog log={log} locale="en-GB" />);
    expect(screen.getByTestId('this-week').textContent).toBe('You read 4 things this week.');
    expect(container.textContent).not.toMatch(/streak|miss|lost|lose|goal|left|remaining|don.t break/i);
  });

  it('uses the singular for one, and a calm line for none', () => {
    render(<ReadingLog log={readingLog(events.slice(0, 1), topicOf, now, LONDON)} />);
    expect(screen.getByTestId('this-week').textContent).toBe('You read 1 thing this week.');
    cleanup();
    render(<ReadingLog log={readingLog(events.slice(5), topicOf, now, LONDON)} />);
    expect(screen.getByTestId('this-week').textContent).toBe('Nothing read this week so far, and that is fine.');
    expect(screen.getByRole('img')).toBeTruthy(); // older weeks still show
  });

  it('draws the chart as an image with a title and a description of every week', () => {
    render(<ReadingLog log={log} locale="en-GB" />);
    const chart = screen.getByRole('img');
    const [titleId, descId] = chart.getAttribute('aria-labelledby')!.split(' ');
    expect(document.getElementById(titleId!)?.textContent).toBe('Reads per week, last 6 weeks');
    const desc = document.getElementById(descId!)?.textContent ?? '';
    for (const week of log.weeks) expect(desc).toContain(`week of ${shortDate(week.start, 'en-GB')}: ${week.total} read`);
    expect(chart.querySelectorAll('rect.log__bar')).toHaveLength(5); // 19 Oct: cbt; 16 Nov: stress; this week: cbt, stress, other
  });

  it('has a table with exactly the chart’s numbers as its text alternative', () => {
    render(<ReadingLog log={log} locale="en-GB" />);
    const table = screen.getByRole('table');
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Week of', 'Thoughts, feelings, actions', 'Calming stress', 'No longer in Tend', 'Total']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['19 Oct', '1', '0', '0', '1'],
      ['26 Oct', '0', '0', '0', '0'],
      ['2 Nov', '0', '0', '0', '0'],
      ['9 Nov', '0', '0', '0', '0'],
      ['16 Nov', '0', '1', '0', '1'],
      ['23 Nov (this week)', '1', '2', '1', '4'],
    ]);
  });

  it('shows the numbers on screen from a visible toggle, and hides them again', () => {
    render(<ReadingLog log={log} locale="en-GB" />);
    const toggle = screen.getByRole('button', { name: 'Show the numbers' });
    const table = screen.getByRole('table').parentElement!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    expect(table.classList.contains('visually-hidden')).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.textContent).toBe('Hide the numbers');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(table.classList.contains('visually-hidden')).toBe(false);
    fireEvent.click(toggle);
    expect(table.classList.contains('visually-hidden')).toBe(true);
  });

  it('tells topics apart by pattern as well as colour (WCAG 1.4.1), the legend showing the same pattern', () => {
    const { container } = render(<ReadingLog log={log} locale="en-GB" />);
    const chart = screen.getByRole('img');
    const fillOf = (series: string) => chart.querySelector(`rect.log__bar[data-series="${series}"]`)!.getAttribute('fill')!;
    const marksOf = (fill: string) => container.querySelector(`${fill.slice(4, -1).replace(/:/g, '\\:')} path`)?.getAttribute('d') ?? 'solid';
    const marks = ['cbt', 'stress', 'other'].map((s) => marksOf(fillOf(s)));
    expect(new Set(marks).size).toBe(3);
    const swatches = [...container.querySelectorAll('.log__swatch')].map((svg) => svg.querySelector('path')?.getAttribute('d') ?? 'solid');
    expect(swatches).toEqual(marks);
  });

  it('on day one shows no row of empty weeks, only a kind line', () => {
    render(<ReadingLog log={readingLog(events.slice(0, 2), topicOf, now, LONDON)} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('log-first-week').textContent).toMatch(/^Your log began this week\./);
  });

  it('names each colour in a legend', () => {
    render(<ReadingLog log={log} />);
    const legend = screen.getAllByRole('list')[0]!;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Thoughts, feelings, actions',
      'Calming stress',
      'No longer in Tend',
    ]);
  });

  it('shows no chart, only a kind line, when nothing was read in these weeks', () => {
    render(<ReadingLog log={readingLog([], topicOf, now, LONDON)} />);
    expect(screen.getByTestId('this-week').textContent).toBe('Nothing read this week so far, and that is fine.');
    expect(screen.getByTestId('log-empty')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
