// A new tab that is only being looked at asks the background to record that its item was shown and
// to choose the next one: one database connection for every tab, and none in the page (Dexie, the
// catalog and the settings code would double the page's memory). This is the message between them.
import { hasNext, putNext, type Upcoming } from './upcoming';

export interface ShownRequest {
  type: 'tend:shown';
  id: string;
  at: number;
  /** Whether to choose the next item too (none is waiting in the page's storage). */
  prepare: boolean;
}

/** Whether the item on screen is in the reading list, and whether it was read. */
export interface Marks {
  saved: boolean;
  read: boolean;
}

/** `ok: false` when the background could not do it: the page then does it itself, and says why. */
export type ShownReply = ({ ok: true; next?: Upcoming; pickMs?: number } & Marks) | { ok: false };

export const isShownRequest = (message: unknown): message is ShownRequest => {
  const m = message as Partial<ShownRequest> | null;
  return m?.type === 'tend:shown' && typeof m.id === 'string' && typeof m.at === 'number' && typeof m.prepare === 'boolean';
};

/** Records a pick's duration where the benchmark reads it: choosing must stay fast however large the library and history. */
export function measurePick(ms: number): void {
  // Ends now; a pick longer than the page has lived (a background that was asleep) starts at 0.
  performance.measure('tend:pick', { start: Math.max(0, performance.now() - ms), duration: ms });
}

/** How long a new tab waits for the background before doing the work itself. */
export const REPLY_WAIT_MS = 3000;

/**
 * Asks the background to record that `id` went on screen at `now` and, when no next item is waiting
 * in `storage`, to choose one, which is then kept there for the next tab. Resolves to the item's
 * marks, or undefined when the background could not do it or did not answer in time; never
 * rejects. An answer that comes after that still leaves its next item, if none is waiting by then:
 * the background has used it up for the cycle.
 */
export async function askBackground(
  send: (request: ShownRequest) => Promise<unknown>,
  storage: Storage,
  version: string,
  id: string,
  now: number,
): Promise<Marks | undefined> {
  const request: ShownRequest = { type: 'tend:shown', id, at: now, prepare: !hasNext(storage, version) };
  // No background listening (it is starting, or was updated), or none reachable (this page's
  // extension context is gone: the call throws), is no answer: the page does it.
  const answer = Promise.resolve()
    .then(() => send(request))
    .then(
      (reply) => reply as ShownReply | undefined,
      () => undefined,
    );
  let timer: number | undefined;
  const late = new Promise<'late'>((resolve) => (timer = window.setTimeout(() => resolve('late'), REPLY_WAIT_MS)));
  const reply = await Promise.race([answer, late]);
  clearTimeout(timer);
  if (reply === 'late') {
    void answer.then((last) => {
      if (last?.ok && last.next && !hasNext(storage, version)) putNext(storage, version, last.next);
    });
    return undefined;
  }
  if (!reply?.ok) return undefined;
  if (reply.next) putNext(storage, version, reply.next);
  if (reply.pickMs !== undefined) measurePick(reply.pickMs);
  return { saved: reply.saved === true, read: reply.read === true };
}
