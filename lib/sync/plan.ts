// What to sync when it does not all fit. Deletions go first (they are tiny, and a device that
// misses one brings the record back), then saved items, notes and hidden items, then your own tips,
// each newest first. What is left out is always the oldest of the least important kind, and it
// stays on this browser: the plan only chooses what is written to sync storage.
import type { Register } from './records';
import type { SyncState } from './state';

const rank = (r: Register): number => (r.value === undefined ? 0 : r.kind === 'tip' ? 2 : 1);

/** Every register in the order they are given room: by rank, then newest first. */
export function priorityOrder(state: SyncState): Register[] {
  return [...state.records.values()].sort((a, b) => rank(a) - rank(b) || b.ts - a.ts || (a.kind + a.id < b.kind + b.id ? -1 : 1));
}

export interface LeftOut {
  saved: number;
  notes: number;
  hidden: number;
  tips: number;
  /** How many tips there are in all, so the message can say "all of them". */
  tipsInAll: number;
  /** "kind:id" of every record left out, so a page can mark them. */
  keys: string[];
}

/** The live records past the first `included` of `ordered`; deletions are never left out. */
export function leftOut(ordered: readonly Register[], included: number): LeftOut {
  const out: LeftOut = { saved: 0, notes: 0, hidden: 0, tips: 0, tipsInAll: 0, keys: [] };
  ordered.forEach((r, i) => {
    if (r.kind === 'tip' && r.value !== undefined) out.tipsInAll++;
    if (i < included || r.value === undefined) return;
    out.keys.push(`${r.kind}:${r.id}`);
    if (r.kind === 'saved') out.saved++;
    else if (r.kind === 'note') out.notes++;
    else if (r.kind === 'hidden') out.hidden++;
    else out.tips++;
  });
  return out;
}
