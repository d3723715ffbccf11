// The backup file: one self-describing JSON document with everything a person has in Tend.
// Reading one checks everything first and explains, in plain words, the first thing that is wrong.
import * as v from 'valibot';
import { SettingsError, validatePatch } from '../settings/schema';
import { canonical, type UserData } from './data';
import { parseSafeJson } from './safe-json';
import { backupSchema, describeIssue, LIMITS } from './schema';
import { MINE_LIMITS, isMineId } from '../mine/model';

export const BACKUP_FORMAT = 'tend-backup';
/** 2 adds your tips, notes and hidden items; a version 1 file still imports (it has none of them). */
export const BACKUP_FORMAT_VERSION = 2;
export const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** When the file was made, as an ISO 8601 time. */
  exportedAt: string;
  /** The version of Tend that made it. */
  appVersion: string;
  data: UserData;
}

export type ParsedBackup = { ok: true; backup: Backup; unknownIds: string[] } | { ok: false; message: string };

export function makeBackup(snapshot: UserData, now: number, appVersion: string): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    data: canonical(snapshot),
  };
}

export const backupText = (backup: Backup): string => `${JSON.stringify(backup, null, 2)}\n`;

const NOT_OURS = 'This file is not a Tend backup.';
/** What to do instead, said after every refusal of a file that is not a backup. */
const CHOOSE_EXPORTED = 'Choose the file that “Export my data” made: its name starts with tend-backup and ends with .json.';
const DAMAGED_ADVICE = 'Export again in the browser it came from, or choose another backup.';
const MB = LIMITS.bytes / 1_000_000;
export const TOO_LARGE = `This file is too large to be a Tend backup (the limit is ${MB} MB). ${CHOOSE_EXPORTED}`;
const damaged = (detail: string) => `This backup is damaged (${detail}), so Tend cannot read it. ${DAMAGED_ADVICE}`;

const fail = (message: string): ParsedBackup => ({ ok: false, message });
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the parts that say what the file is before its contents: whose, and which version. */
function checkHeader(raw: unknown): string | undefined {
  if (!isRecord(raw)) return `${NOT_OURS} It holds no Tend data. ${CHOOSE_EXPORTED}`;
  if (raw.format !== BACKUP_FORMAT) return `${NOT_OURS} It was made by another program, or by hand. ${CHOOSE_EXPORTED}`;
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > BACKUP_FORMAT_VERSION) {
    return `This backup was made by a newer version of Tend (format version ${version}). Update Tend in your browser’s extensions page, then import it again.`;
  }
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) return damaged(`formatVersion should be ${BACKUP_FORMAT_VERSION}`);
  return undefined;
}

function duplicateId(data: UserData): string | undefined {
  const lists: [string, string[]][] = [
    ['items', data.items.map((r) => r.id)],
    ['tips', (data.tips ?? []).map((r) => r.id)],
    ['notes', (data.notes ?? []).map((r) => r.itemId)],
    ['hidden', (data.hidden ?? []).map((r) => r.itemId)],
  ];
  const field = (list: string) => (list === 'items' || list === 'tips' ? 'id' : 'itemId');
  for (const [name, ids] of lists) {
    const seen = new Set<string>();
    for (const [i, id] of ids.entries()) {
      if (seen.has(id)) return `${name}[${i}].${field(name)} “${id}” appears twice`;
      seen.add(id);
    }
  }
  if ((data.tips ?? []).length > MINE_LIMITS.tips) return `tips has more than ${MINE_LIMITS.tips.toLocaleString('en')} tips`;
  return undefined;
}

function idsIn(data: UserData): Set<string> {
  const ids = new Set(data.items.map((r) => r.id));
  for (const e of data.events) ids.add(e.itemId);
  if (data.rotation?.lastPickedId !== undefined) ids.add(data.rotation.lastPickedId);
  for (const n of data.notes ?? []) ids.add(n.itemId);
  for (const h of data.hidden ?? []) ids.add(h.itemId);
  return ids;
}

/**
 * Reads a backup file's text. Nothing here throws: every problem becomes a message that says
 * what is wrong. Ids the catalog does not know are reported, not fatal: their rows are kept, as a
 * later update may bring the item back.
 */
export function parseBackup(text: string, knownIds: ReadonlySet<string>, now: number): ParsedBackup {
  if (text.length > LIMITS.bytes) return fail(TOO_LARGE);
  const json = parseSafeJson(text);
  if (!json.ok) {
    const why = json.reason === 'too-deep' ? 'It is nested far too deeply.' : 'It may be damaged, or another kind of file.';
    return fail(`${NOT_OURS} ${why} ${CHOOSE_EXPORTED}`);
  }
  const header = checkHeader(json.value);
  if (header) return fail(header);

  const result = v.safeParse(backupSchema(now), json.value, { abortEarly: true });
  if (!result.success) return fail(damaged(describeIssue(result.issues[0])));
  const { exportedAt, appVersion, data } = result.output;

  let settings;
  try {
    settings = validatePatch(data.settings);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return fail(`The settings in this backup cannot be used (${error.message.replace(/\.$/, '')}). ${DAMAGED_ADVICE}`);
  }
  const userData: UserData = { items: data.items, events: data.events, practices: data.practices, tips: data.tips, notes: data.notes, hidden: data.hidden, settings };
  if (data.rotation) userData.rotation = data.rotation;

  const duplicate = duplicateId(userData);
  if (duplicate) return fail(damaged(duplicate));

  const unknownIds = [...idsIn(userData)].filter((id) => !knownIds.has(id) && !isMineId(id)).sort();
  const backup: Backup = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt, appVersion, data: canonical(userData) };
  return { ok: true, backup, unknownIds };
}
