import { describe, expect, it } from 'vitest';
import { keepsCurrent } from '@/lib/rotation/cadence';
import { chooseReminder, GAP, MIN_AGE, REMINDER_CHANCE } from '@/lib/rotation/reminders';

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
