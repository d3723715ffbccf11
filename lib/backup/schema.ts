// The shape of a backup file's contents, checked field by field. Each rule carries the words that
// finish a sentence about the field ("items[3].savedAt should be a time"), so errors say which and why.
import * as v from 'valibot';
import { ITEM_TIMES, PRACTICE_TYPES, type ItemTime } from './data';
import { MAX_ID_CHARS } from '../records';
import { checkNote, checkTip, TIP_ID } from '../mine/model';
import { TOPICS, type TopicId } from '../content/types';

const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export const LIMITS = {
  /** The whole file, checked before parsing. */
  bytes: 5_000_000,
  /** Items or reads in one file. */
  rows: 100_000,
  /** Any one string (ids, app version, export time); the database refuses longer ids (lib/db/sane.ts). */
  chars: MAX_ID_CHARS,
} as const;

const text = () =>
  v.pipe(v.string('should be text'), v.maxLength(LIMITS.chars, `is longer than ${LIMITS.chars} characters`));

// Any id Tend could have stored is kept, also one the catalog does not know (or that looks like
// markup: pages show ids as text, never as markup). Refusing one would refuse the whole file.
const itemId = () => v.pipe(v.string('should be an item id (text)'), v.maxLength(LIMITS.chars, `is longer than ${LIMITS.chars} characters`));

// A time after `now` was written by a clock that ran ahead (or on another device): it becomes now,
// so a read is never "in the future" and rotation never counts an item picked for years to come.
const time = (now: number) =>
  v.pipe(
    v.number('should be a time'),
    v.finite('should be a time'),
    v.minValue(0, 'should be a time'),
    v.transform((t) => Math.min(t, now)),
  );

const count = () =>
  v.pipe(
    v.number('should be a whole number'),
    v.safeInteger('should be a whole number'),
    v.minValue(0, 'should be a whole number, 0 or more'),
  );

const TOO_MANY_ROWS = `has more than ${LIMITS.rows.toLocaleString('en')} rows`;

const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(v.unknown(), 'should be a list'), v.maxLength(LIMITS.rows, TOO_MANY_ROWS), v.array(item));

const object = <T extends v.ObjectEntries>(entries: T) => v.object(entries, 'should be an object');

let cached: { now: number; schema: ReturnType<typeof buildSchema> } | undefined;

/** The schema for files read at `now` (later times become `now`). */
export function backupSchema(now: number) {
  if (cached?.now !== now) cached = { now, schema: buildSchema(now) };
  return cached.schema;
}

function buildSchema(now: number) {
  const optionalTime = v.optional(time(now));
  const times = Object.fromEntries(ITEM_TIMES.map((key) => [key, optionalTime])) as Record<ItemTime, typeof optionalTime>;
  const item = object({ id: itemId(), shownCount: count(), ...times });
  const read = object({ itemId: itemId(), at: time(now) });
  const practice = object({
    type: v.picklist(PRACTICE_TYPES, `should be ${PRACTICE_TYPES.map((t) => `“${t}”`).join(' or ')}`),
    at: time(now),
    seconds: count(),
  });
  const rotation = object({ cycleStartedAt: time(now), lastPickedId: v.optional(itemId()) });
  // Your words are checked by the same rules the options page uses, and kept exactly as written.
  const tip = v.pipe(
    object({
      id: v.pipe(v.string('should be a tip id'), v.regex(TIP_ID, 'should be a tip id (10 lowercase letters and digits)')),
      text: v.string('should be text'),
      title: v.optional(v.string('should be text')),
      topic: v.optional(v.picklist(TOPIC_IDS, 'should be one of Tend’s topics')),
      createdAt: time(now),
      updatedAt: time(now),
    }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const checked = checkTip(dataset.value);
      if (!checked.ok) addIssue({ message: `is not a tip Tend can keep: ${checked.message}` });
      else if (checked.value.text !== dataset.value.text) addIssue({ message: 'has spaces around its text' });
    }),
  );
  const note = v.pipe(
    object({ itemId: itemId(), text: v.string('should be text'), at: time(now) }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const checked = checkNote(dataset.value.text);
      if (!checked.ok) addIssue({ message: `is not a note Tend can keep: ${checked.message}` });
      else if (checked.value !== dataset.value.text || checked.value === '') addIssue({ message: 'has no text, or spaces around it' });
    }),
  );
  const hiddenItem = object({ itemId: itemId(), at: time(now) });
  return object({
    exportedAt: v.pipe(text(), v.isoTimestamp('should be a time like “2026-11-26T09:30:00.000Z”')),
    appVersion: text(),
    data: object({
      items: list(item),
      events: list(read),
      // Optional: the practice log came after reads and saves.
      practices: v.optional(list(practice), []),
      rotation: v.optional(rotation),
      // Optional: format version 1 had none of these.
      tips: v.optional(list(tip), []),
      notes: v.optional(list(note), []),
      hidden: v.optional(list(hiddenItem), []),
      // Checked by the settings' own rules (validatePatch) once the rest is known to be sound.
      settings: v.unknown(),
    }),
  });
}

/** "data.items[3].savedAt" → "items[3].savedAt": where in the file a problem is. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const step of issue.path ?? []) {
    const key = step.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path.replace(/^data\./, '');
}

/** The first problem as a sentence: "items[3].savedAt should be a time", "events is missing". */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  if (issue.input === undefined) return `${path} is missing`;
  return path ? `${path} ${issue.message}` : `the file ${issue.message}`;
}
