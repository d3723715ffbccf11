// What the database accepts as an item id and as a time: the same rules a backup's import checks,
// so anything Tend writes, it can export and import again (case 32). Ids outside the catalog are
// fine (an update may retire an item; its history stays).
import type { DBCore, Middleware } from 'dexie';
import { MAX_ID_CHARS, MAX_TIME } from '../records';

export const isSaneId = (id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID_CHARS;

export const isSaneTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= MAX_TIME;

const ID_FIELDS = ['id', 'itemId', 'lastPickedId'] as const;
const TIME_FIELDS = ['pickedAt', 'lastShownAt', 'readAt', 'savedAt', 'unsavedAt', 'remindedAt', 'at', 'cycleStartedAt'] as const;

/** What is wrong with a row about to be written, if anything. */
export function insaneField(row: unknown): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const record = row as Record<string, unknown>;
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
              const problem = insaneField(row);
              if (problem) return Promise.reject(new RangeError(`Tend did not write to ${name}: ${problem}.`));
            }
          }
          return table.mutate(req);
        },
      };
    },
  }),
};
