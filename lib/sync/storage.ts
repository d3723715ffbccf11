// The browser's sync storage as sync uses it, and the limits Chrome and Firefox both set on it.
// browser.storage.sync fits this interface as it is; tests use an in-memory fake that enforces the
// same limits.

export interface SyncStorage {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const QUOTA = {
  /** All keys together (Tend's settings included), counted as below. */
  bytes: 102_400,
  /** One key: its length plus the length of its value as JSON. */
  perItem: 8_192,
  items: 512,
  /** Chrome only: set, remove and clear calls, each one operation however many keys it names. */
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

const encoder = new TextEncoder();

/** Bytes one key takes, as the browsers count them (UTF-8, so never less than the JS length). */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
