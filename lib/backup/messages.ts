// What the "Your data" section tells the person after each step. Pure.
import type { UserData } from './data';
import type { ImportMode, Plan } from './merge';
import { summarize, summaryText } from './summary';

export const NOTHING_CHANGED = 'Nothing was changed.';

export function exportedText(filename: string, data: UserData): string {
  return `Exported ${summaryText(summarize(data))} to ${filename}.`;
}

export function checkedText(fileName: string): string {
  return `Checked “${fileName}”. Nothing has changed yet: choose how to import it.`;
}

export function checkingText(fileName: string): string {
  return `Checking “${fileName}”…`;
}

export function importingText(fileName: string): string {
  return `Importing “${fileName}”… Keep this page open until it says it is done; closing it now changes nothing.`;
}

export function importedText(fileName: string, mode: ImportMode, plan: Plan): string {
  const lead = mode === 'merge' ? `Imported “${fileName}”` : `Replaced your data with “${fileName}”`;
  const now = summaryText({ ...summarize(plan.result), settings: false });
  return `${lead}. You now have ${now}.${plan.settingsChanged ? ' Your settings were updated.' : ''}`;
}

/** An import refused before anything was written: its message says why, in full. */
export class ImportRefused extends Error {}

/** A merge that would leave more of your own tips than Tend keeps (the file alone is within it). */
export function tooManyTipsText(total: number, limit: number): string {
  const over = total - limit;
  return (
    `Merging this backup would give you ${total.toLocaleString('en')} tips of your own, and Tend keeps up to ${limit.toLocaleString('en')}. ` +
    `Nothing was imported: no tip, note, saved item or setting of the backup. ${NOTHING_CHANGED} ` +
    `Remove ${over.toLocaleString('en')} of your tips first, or choose “Replace” to use the backup’s tips instead of yours.`
  );
}

export const CLEARED = 'All your Tend data was cleared from this browser, and your settings are back to their defaults.';

const isQuota = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError');

export function importFailedText(error: unknown): string {
  if (error instanceof ImportRefused) return error.message;
  return isQuota(error)
    ? `There is not enough storage space for this import. ${NOTHING_CHANGED} Free some space, then try again.`
    : `Tend could not finish the import. ${NOTHING_CHANGED} Please try again.`;
}

export const EXPORT_FAILED = 'Tend could not export your data. Please try again.';
export const READ_FAILED = `Tend could not read that file. ${NOTHING_CHANGED} Choose it again; if it still fails, copy it somewhere else first.`;
export const CLEAR_FAILED = 'Tend could not clear your data. Please try again.';
