import { describe, expect, it } from 'vitest';
import { keepsCurrent } from '@/lib/cadence';
import { chooseReminder, GAP, MIN_AGE, REMINDER_CHANCE } from '@/lib/reminders';
import { decideFirstPaint, firstItem } from '@/lib/first-item';
import { putNext, readCurrent, setCurrent } from '@/lib/upcoming';
import { writeMirror } from '@/lib/settings/mirror';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';
import type { Card } from '@/lib/content/types';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('keepsCurrent', () => {
  it.each([
    ['every-tab', at(26, 9), at(26, 9, 1), false],
    ['hourly', at(26, 9), at(26, 9, 59), true],
    ['hourly', at(26, 9), at(26, 10, 0), false],
    ['daily', at(26, 0, 1), at(26, 23, 59), true],
    ['daily', at(26, 23, 59), at(27, 0, 1), false],
    ['daily', at(26, 12), at(25, 12), false], // the clock went back: pick afresh
  ] as const)('%s: shown %d, now %d → %s', (cadence, shownAt, now, keeps) => {
    expect(keepsCurrent(shownAt, now, cadence)).toBe(keeps);
  });
});

describe('chooseReminder', () => {
  const now = 100 * MIN_AGE;
  const isArticle = (id: string) => id.startsWith('article');

  it('brings back a saved article at most about one time in six', () => {
    const candidates = [{ id: 'article-1', savedAt: now - 2 * MIN_AGE }];
    expect(chooseReminder(candidates, isArticle, now, () => REMINDER_CHANCE)).toBeUndefined();
    expect(chooseReminder(candidates, isArticle, now, () => 0)?.id).toBe('article-1');
  });

  it('skips tips, things saved less than a day ago, and things reminded recently', () => {
    const candidates = [
      { id: 'tip-1', savedAt: now - 5 * MIN_AGE },
      { id: 'article-new', savedAt: now - MIN_AGE / 2 },
      { id: 'article-recent', savedAt: now - 5 * MIN_AGE, remindedAt: now - GAP / 2 },
      { id: 'article-due', savedAt: now - 5 * MIN_AGE, remindedAt: now - GAP },
    ];
    expect(chooseReminder(candidates, isArticle, now, () => 0)?.id).toBe('article-due');
    expect(chooseReminder(candidates.slice(0, 3), isArticle, now, () => 0)).toBeUndefined();
  });
});

describe('firstItem (what the new tab paints first)', () => {
  const card = (id: string, topics: Card['topics'] = ['stress']): Card => ({ id, kind: 'tip', title: id, topics, summary: [] });

  it('takes the prepared item on every tab by default', () => {
    setCurrent(localStorage, 'v', { card: card('old') }, at(26, 9));
    putNext(localStorage, 'v', { card: card('new') });
    expect(firstItem(localStorage, 'v', at(26, 9, 1))?.card.id).toBe('new');
  });

  it('keeps the current item within the day when the cadence is daily', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, cadence: 'daily' });
    setCurrent(localStorage, 'v', { card: card('today') }, at(26, 8));
    putNext(localStorage, 'v', { card: card('tomorrow') });
    expect(firstItem(localStorage, 'v', at(26, 20))?.card.id).toBe('today');
    expect(firstItem(localStorage, 'v', at(27, 7))?.card.id).toBe('tomorrow');
    expect(readCurrent(localStorage, 'v')).toEqual({ card: card('tomorrow'), at: at(27, 7) });
  });

  it('does not paint a prepared item whose topic was turned off', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, topics: ['cbt'] });
    putNext(localStorage, 'v', { card: card('stressful', ['stress']) });
    expect(firstItem(localStorage, 'v', 1)).toBeUndefined();
  });

  it('still paints a reminder of something saved, whatever the topics', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, topics: ['cbt'] });
    putNext(localStorage, 'v', { card: card('saved', ['stress']), savedAt: 5 });
    expect(firstItem(localStorage, 'v', 10)).toEqual({ card: card('saved', ['stress']), savedAt: 5 });
  });
});

describe('decideFirstPaint', () => {
  const card: Card = { id: 'next', kind: 'tip', title: 'Next', topics: ['stress'], summary: [] };

  it('takes the prepared item once, with the quiet-mode choice from the settings copy', () => {
    writeMirror(localStorage, { ...DEFAULT_SETTINGS, quiet: 'title' });
    putNext(localStorage, 'v', { card });
    expect(decideFirstPaint(localStorage, 'v', 1)).toEqual({ initial: { card }, quiet: 'title' });
    // The page's live part is handed this decision; deciding again would find nothing prepared.
    expect(decideFirstPaint(localStorage, 'v', 2)).toEqual({ initial: undefined, quiet: 'title' });
  });
});
