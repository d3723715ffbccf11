// What the database accepts as an item id and as a time: the same rules a backup's import checks,
// so anything Tend writes, it can export and import again (case 32). Ids outside the catalog are
// fine (an update may retire an item; its history stays).
import type { DBCore, Middleware } from 'dexie';
import { MAX_ID_CHARS, MAX_TIME } from '../records';
import { checkNote, checkTip, TIP_ID } from '../mine/model';

export const isSaneId = (id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID_CHARS;

export const isSaneTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= MAX_TIME;

const ID_FIELDS = ['id', 'itemId', 'lastPickedId'] as const;
const TIME_FIELDS = ['pickedAt', 'lastShownAt', 'readAt', 'savedAt', 'unsavedAt', 'remindedAt', 'at', 'cycleStartedAt', 'createdAt', 'updatedAt'] as const;

/** Rows of version 3's tables carry text a person wrote: it must be what the options page would accept. */
const ROW_CHECKS: Record<string, (row: Record<string, unknown>) => string | undefined> = {
  tips: (row) => {
    if (typeof row.id !== 'string' || !TIP_ID.test(row.id)) return 'id is not a tip id';
    const checked = checkTip(row as { text: string });
    if (!checked.ok) return checked.message;
    return checked.value.text === row.text ? undefined : 'text is not tidy';
  },
  notes: (row) => {
    const checked = typeof row.text === 'string' ? checkNote(row.text) : undefined;
    if (!checked) return 'text is not text';
    return checked.ok ? undefined : checked.message;
  },
};

/** What is wrong with a row about to be written, if anything. */
export function insaneField(row: unknown, table?: string): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const record = row as Record<string, unknown>;
  const check = table === undefined ? undefined : ROW_CHECKS[table];
  const problem = check?.(record);
  if (problem) return problem;
  for (const field of ID_FIELDS) if (record[field] !== undefined && !isSaneId(record[field])) return `${field} is not an item id`;
  for (const field of TIME_FIELDS) if (record[field] !== undefined && !isSaneTime(record[field])) return `${field} is not a time`;
  return undefined;
}

/**
 * A Dexie middleware that refuses (rejects the whole transaction) a row with an id or a time
 * no backup could carry, whoever writes it. Only the rules an import also checks: ids outside
 * the catalog and times ahead of the clock are fine.
 */
export const saneWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tend-sane-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) => {
          if (req.type === 'add' || req.type === 'put') {
            for (const row of req.values) {
              const problem = insaneField(row, name);
              if (problem) return Promise.reject(new RangeError(`Tend did not write to ${name}: ${problem}.`));
            }
          }
          return table.mutate(req);
        },
      };
    },
  }),
};
