// What the "Your data" section tells the person after each step. Pure.
import { plural } from '../format';
import type { UserData } from './data';
import type { ImportMode, PlanCounts } from './merge';

export const NOTHING_CHANGED = 'Nothing was changed.';

export function exportedText(filename: string, data: UserData): string {
  const yours = (data.tips?.length ?? 0) + (data.notes?.length ?? 0) + (data.hidden?.length ?? 0);
  const mine = yours ? `, ${plural(yours, 'tip, note or hidden item', 'tips, notes and hidden items')} of yours` : '';
  return `Exported ${plural(data.items.length, 'item')}${mine} and ${plural(data.events.length, 'read')} to ${filename}.`;
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

export function importedText(fileName: string, mode: ImportMode, plan: PlanCounts): string {
  const parts = [`${plan.adds} added`, `${plan.updates} updated`, `${plan.unchanged} unchanged`];
  if (mode === 'replace') parts.push(`${plan.removes} removed`);
  if (plan.practicesAdded > 0) parts.push(`${plural(plan.practicesAdded, 'practice')} logged`);
  if (plan.practicesRemoved > 0) parts.push(`${plural(plan.practicesRemoved, 'practice')} taken off the log`);
  if (plan.yoursChanged > 0) parts.push(`${plural(plan.yoursChanged, 'tip, note or hidden item', 'tips, notes or hidden items')} of yours added or changed`);
  const lead = mode === 'merge' ? `Imported “${fileName}”` : `Replaced your data with “${fileName}”`;
  return `${lead}: ${parts.join(', ')}.${plan.settingsChanged ? ' Your settings were updated.' : ''}`;
}

export const CLEARED = 'All your Tend data was cleared from this browser, and your settings are back to their defaults.';

const isQuota = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError');

export function importFailedText(error: unknown): string {
  return isQuota(error)
    ? `There is not enough storage space for this import. ${NOTHING_CHANGED} Free some space, then try again.`
    : `Tend could not finish the import. ${NOTHING_CHANGED} Please try again.`;
}

export const EXPORT_FAILED = 'Tend could not export your data. Please try again.';
export const READ_FAILED = `Tend could not read that file. ${NOTHING_CHANGED}`;
export const CLEAR_FAILED = 'Tend could not clear your data. Please try again.';
