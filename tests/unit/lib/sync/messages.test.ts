// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { notSyncedText, problemText } from '@/lib/sync/messages';

const left = (counts: { saved?: number; notes?: number; hidden?: number; tips?: number; tipsInAll?: number }) => {
  const { saved = 0, notes = 0, hidden = 0, tips = 0, tipsInAll = tips } = counts;
  return { saved, notes, hidden, tips, tipsInAll, keys: Array.from({ length: saved + notes + hidden + tips }, (_, i) => `x:${i}`) };
};

describe('what the person is told about sync', () => {
  it('names each kind of record left out, with counts, and says it is safe here', () => {
    expect(notSyncedText(left({ saved: 1_552, notes: 1_552, tips: 1_000 }))).toBe(
      'Browser sync has room for only part of your Tend data, so your oldest 1,552 saved items and 1,552 notes, and all 1,000 tips you wrote are not synced. ' +
        'They are safe on this browser, and nothing has been removed. Removing saved items or notes you no longer need makes room.',
    );
    expect(notSyncedText(left({ tips: 1, tipsInAll: 40 }))).toContain('your oldest 1 tip is not synced. It is safe on this browser');
    expect(notSyncedText(left({ saved: 2, notes: 1, hidden: 3 }))).toContain('your oldest 2 saved items, 1 note and 3 hidden items are not synced');
    expect(notSyncedText(left({}))).toBeUndefined();
  });

  it('says every problem keeps this browser’s data as it is', () => {
    for (const problem of ['newer', 'torn', 'corrupt'] as const) expect(problemText(problem)).toContain('Nothing on this browser has changed.');
  });
});
