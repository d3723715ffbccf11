// Which item comes next. Pure: time, history and randomness are arguments.
//
// A cycle is the span since `cycleStartedAt`; an item picked inside it is "used". Picks come from
// the unused eligible items at random, so every item appears once a cycle, in an order that
// differs from cycle to cycle. When none is left a new cycle starts, never with the item picked
// last, so the same item never comes twice in a row.

export interface RotationState {
  cycleStartedAt: number;
  lastPickedId?: string;
}

export interface Pick {
  id: string;
  state: RotationState;
}

/**
 * @param eligible ids the settings allow, in a stable order
 * @param used ids picked since `state.cycleStartedAt` (read from an index, not a scan)
 */
export function pickNext(
  eligible: readonly string[],
  used: ReadonlySet<string>,
  state: RotationState,
  now: number,
  random: () => number,
): Pick | undefined {
  const fresh = (id: string) => id !== state.lastPickedId;
  let cycleStartedAt = state.cycleStartedAt;
  let pool = eligible.filter((id) => fresh(id) && !used.has(id));
  if (pool.length === 0) {
    cycleStartedAt = now;
    pool = eligible.filter(fresh);
  }
  // A single eligible item is the only possible answer, even twice in a row.
  if (pool.length === 0) pool = eligible.slice(0, 1);
  const chosen = pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
  if (chosen === undefined) return undefined;
  return { id: chosen, state: { cycleStartedAt, lastPickedId: chosen } };
}
