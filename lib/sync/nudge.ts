// The one message between pages and the background about sync, in a module of its own so a page
// that sends it loads none of sync's code.

/** What a page sends the background when something synced changed here. */
export const NUDGE = { tend: 'sync' } as const;

export const isNudge = (message: unknown): boolean => typeof message === 'object' && message !== null && (message as { tend?: unknown }).tend === NUDGE.tend;
