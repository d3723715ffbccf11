// A note to every other Tend page that the person's data changed: a new tab that is only being
// looked at holds no database connection (so no live query), and wakes on a note about its item.
// Live pages learn of changes from Dexie's live queries and need none of this.

const CHANNEL = 'tend-changes';

/** What changed: these items, or (no ids) anything, as after an import or a clear. */
export interface Change {
  ids?: string[];
}

/** Tells the other pages; a browser without BroadcastChannel has only live pages to tell. */
export function announce(ids?: readonly string[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(ids ? { ids: [...ids] } : {});
  channel.close(); // a message posted before closing is still delivered
}

/** Whether a change concerns the item with `id`. */
export const concerns = (change: Change, id: string): boolean => !Array.isArray(change.ids) || change.ids.includes(id);

/** Calls `listener` on each change another page announces; returns a stop function. */
export function onChanges(listener: (change: Change) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Change>) => listener(event.data);
  return () => channel.close();
}
