// What the database accepts as an item id and as a time: the same rules a backup's import checks,
// so anything Tend writes, it can export and import again (case 32). Ids outside the catalog are
// fine (an update may retire an item; its history stays).

/** The largest time a Date can hold, in ms since the epoch. */
export const MAX_TIME = 8.64e15;

/** The longest item id (the catalog's are far shorter). */
export const MAX_ID_CHARS = 200;

export const isSaneId = (id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID_CHARS;

export const isSaneTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= MAX_TIME;
