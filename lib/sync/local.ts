// This device's sync state as plain JSON, for keeping it between sessions (the database will hold
// it). The same compact form as sync storage, in one piece and with no size limit, and read back
// with the same checks, so a damaged copy is refused, never half-loaded.
import { readStore } from './decode';
import { MANIFEST_KEY, pack } from './encode';
import { priorityOrder } from './plan';
import { EMPTY, type SyncState } from './state';

const UNLIMITED = { bytes: Number.MAX_SAFE_INTEGER, items: Number.MAX_SAFE_INTEGER };

export function toStored(state: SyncState, me: string): Record<string, unknown> {
  return pack(state, priorityOrder(state), UNLIMITED, 'local', me).items;
}

/** The state kept, or a plain reason it could not be read (the caller keeps its data and says so). */
export function fromStored(stored: unknown): { ok: true; state: SyncState } | { ok: false; detail: string } {
  if (stored === undefined || stored === null) return { ok: true, state: EMPTY };
  if (typeof stored !== 'object' || !Object.hasOwn(stored, MANIFEST_KEY)) return { ok: false, detail: 'it is not Tend’s sync state' };
  const read = readStore(stored as Record<string, unknown>, Number.MAX_SAFE_INTEGER);
  return read.ok ? { ok: true, state: read.state } : { ok: false, detail: read.problem === 'corrupt' ? read.detail : 'it is incomplete' };
}
