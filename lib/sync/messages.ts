// What the sync settings tell the person. Plain and kind; each says what happened to their data.
import { plural } from '../format';
import type { Problem } from './decode';
import type { LeftOut } from './plan';

export const STAYS = 'Nothing on this browser has changed.';
export const HISTORY_STAYS = 'Your reading history stays on this browser. It is never synced.';
export const SYNC_OFF = 'Sync is off. Everything stays on this browser as it is, and your other browsers keep what they have.';

const count = (n: number, one: string) => plural(n, one).replace(/^\d+/, n.toLocaleString('en'));
const listText = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** Undefined when everything is synced. */
export function notSyncedText(left: LeftOut): string | undefined {
  const older: string[] = [];
  if (left.saved) older.push(count(left.saved, 'saved item'));
  if (left.notes) older.push(count(left.notes, 'note'));
  if (left.hidden) older.push(count(left.hidden, 'hidden item'));
  const parts: string[] = [];
  if (older.length) parts.push(`your oldest ${listText(older)}`);
  if (left.tips) parts.push(left.tips === left.tipsInAll ? `all ${count(left.tips, 'tip')} you wrote` : `your oldest ${count(left.tips, 'tip')}`);
  if (!parts.length) return undefined;
  return (
    `Browser sync has room for only part of your Tend data, so ${parts.join(', and ')} ` +
    `${left.keys.length === 1 ? 'is not synced. It is' : 'are not synced. They are'} safe on this browser, and nothing has been removed. ` +
    'Removing saved items or notes you no longer need makes room.'
  );
}

export function problemText(problem: Problem): string {
  switch (problem) {
    case 'newer':
      return `Sync is paused: another browser synced with a newer version of Tend. Update Tend on this browser to keep syncing. ${STAYS}`;
    case 'torn':
      return `Another browser is partway through syncing, so Tend will try again in a moment. ${STAYS}`;
    case 'corrupt':
      return `The synced data could not be read (it may be damaged), so Tend left it out and synced this browser’s copy in its place. ${STAYS}`;
  }
}

export const FULL = `Browser sync is full, so Tend could not sync from this browser. ${STAYS}`;
export const READ_FAILED = `Tend could not read browser sync just now. Tend will try again. ${STAYS}`;
export const WRITE_FAILED = `Browser sync did not take Tend’s changes just now. Tend will try again. ${STAYS}`;
