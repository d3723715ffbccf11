// What a person's data holds, in the words they know it by: saved items, read items, finished
// practices, your own tips, notes and hidden items, and settings; never "items", which would count every item ever shown. Pure.
import { plural } from '../format';
import type { UserData } from './data';

export interface Summary {
  saved: number;
  read: number;
  practices: number;
  /** Your own tips, notes and hidden items (lib/mine). */
  tips: number;
  notes: number;
  hidden: number;
  /** Whether any setting is carried (a backup may hold none). */
  settings: boolean;
}

export function summarize(data: Pick<UserData, 'items' | 'practices' | 'settings' | 'tips' | 'notes' | 'hidden'>): Summary {
  let saved = 0;
  let read = 0;
  for (const item of data.items) {
    if (item.savedAt !== undefined) saved++;
    if (item.readAt !== undefined) read++;
  }
  return {
    saved,
    read,
    practices: data.practices.length,
    tips: data.tips?.length ?? 0,
    notes: data.notes?.length ?? 0,
    hidden: data.hidden?.length ?? 0,
    settings: Object.keys(data.settings).length > 0,
  };
}

/** "4 saved, 3 read, 2 practices, 1 tip of yours, your settings"; parts that are zero stay out, and an empty one says so. */
export function summaryText({ saved, read, practices, tips, notes, hidden, settings }: Summary): string {
  const parts: string[] = [];
  if (saved > 0) parts.push(`${saved.toLocaleString('en')} saved`);
  if (read > 0) parts.push(`${read.toLocaleString('en')} read`);
  if (practices > 0) parts.push(plural(practices, 'practice'));
  if (tips > 0) parts.push(plural(tips, 'tip of yours', 'tips of yours'));
  if (notes > 0) parts.push(plural(notes, 'note'));
  if (hidden > 0) parts.push(plural(hidden, 'hidden item'));
  if (settings) parts.push('your settings');
  return parts.length > 0 ? parts.join(', ') : 'nothing saved or read yet';
}
