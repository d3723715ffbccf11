// Settings: their shape, defaults and validation. A wrong or corrupted value falls back to its
// default, field by field, so one bad field never costs the others or breaks a page.
import * as v from 'valibot';
import { TOPICS, type TopicId } from '../content/types';
import { BACKGROUNDS, CADENCES, DEFAULT_SETTINGS, MOTIONS, QUIET_MODES, REMINDER_HOURS, TEXT_SIZES, THEMES, type Settings } from './model';

export * from './model';

const topicIds = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

const nonEmptyUnique = <T extends string>(options: readonly T[], what: string) =>
  v.pipe(
    v.array(v.picklist(options)),
    v.minLength(1, `Keep at least one ${what} on.`),
    v.check((list) => new Set(list).size === list.length, `A ${what} is listed twice.`),
  );

const hour = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const pauseReminder = v.pipe(
  v.object({ on: v.boolean(), everyHours: v.picklist(REMINDER_HOURS), from: hour(0, 23), to: hour(1, 24) }),
  v.check((r) => r.from !== r.to, 'Choose hours that are at least one hour apart.'),
);

/** Each field's rule. Used strictly for changes (bad input is refused) and leniently for reading. */
export const FIELDS = {
  topics: nonEmptyUnique(topicIds, 'topic'),
  kinds: nonEmptyUnique(['tip', 'article'] as const, 'kind (tips or articles)'),
  cadence: v.picklist(CADENCES),
  theme: v.picklist(THEMES),
  textSize: v.picklist(TEXT_SIZES),
  motion: v.picklist(MOTIONS),
  reminders: v.boolean(),
  quiet: v.picklist(QUIET_MODES),
  background: v.picklist(BACKGROUNDS),
  followTime: v.boolean(),
  pauseReminder,
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

const KEYS = Object.keys(FIELDS) as (keyof Settings)[];

/** Whatever storage holds (nothing, an old shape, garbage) → complete, valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of KEYS) {
    const result = v.safeParse(FIELDS[key], source[key]);
    if (result.success) out[key] = result.output;
    else out[key] = structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as Settings;
}

export class SettingsError extends Error {}

/** A change someone asked for: every field valid, or an error that says which and why. */
export function validatePatch(patch: unknown): Partial<Settings> {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new SettingsError('Settings must be an object.');
  const out: Partial<Record<keyof Settings, unknown>> = {};
  // Own keys only: `key in FIELDS` is also true of toString, constructor and every other key an
  // object inherits, whose "rule" is a function that throws a TypeError (case 38).
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(FIELDS, key)) throw new SettingsError(`“${key}” is not a Tend setting.`);
    const result = v.safeParse(FIELDS[key as keyof Settings], value);
    if (!result.success) throw new SettingsError(`${key}: ${result.issues[0].message}`);
    out[key as keyof Settings] = result.output;
  }
  return out as Partial<Settings>;
}
