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

// The fast path: rather than read every item used this cycle (a range read that grows with the
// library), draw a few candidates at random and look only at them. The first unused one is the
// pick; when all are used the caller falls back to `pickNext`, which is exact.

/**
 * Up to `k` distinct ids drawn uniformly at random from `eligible`, never `exclude`, in the order
 * drawn. A partial Fisher–Yates shuffle on a copy: O(n) to copy (microseconds at 5,000 ids), then
 * one random number per draw (the drawn id leaves the pool and the pool's last id fills its place).
 */
export function sampleCandidates(eligible: readonly string[], exclude: string | undefined, k: number, random: () => number): string[] {
  const pool = eligible.filter((id) => id !== exclude);
  const drawn: string[] = [];
  while (drawn.length < k && pool.length > 0) {
    const i = Math.min(pool.length - 1, Math.floor(random() * pool.length));
    const id = pool[i];
    const last = pool.pop();
    if (id === undefined || last === undefined) break; // cannot happen: the pool is not empty
    if (i < pool.length) pool[i] = last;
    drawn.push(id);
  }
  return drawn;
}

/**
 * The library's ids the rotation may show, in index order: the same as keeping the entries
 * `isEligible` accepts with `myTips: 'both'` (library entries are never your own tips), in one pass
 * with set lookups. It runs once for each new tab, over every item of the library.
 */
export function eligibleLibraryIds(
  index: readonly { id: string; kind: string; topics: readonly string[]; sensitive?: true }[],
  settings: { topics: readonly string[]; kinds: readonly string[] },
): string[] {
  const kinds = new Set(settings.kinds);
  const topics = new Set(settings.topics);
  const ids: string[] = [];
  for (const entry of index) {
    if (entry.sensitive === true || !kinds.has(entry.kind)) continue;
    for (const topic of entry.topics) {
      if (topics.has(topic)) {
        ids.push(entry.id);
        break;
      }
    }
  }
  return ids;
}

/**
 * Whether an item was not picked in the current cycle.
 * @param record what the database holds for it (undefined: never touched)
 */
export function isUnused(record: { pickedAt?: number } | undefined, cycleStartedAt: number): boolean {
  const pickedAt = record?.pickedAt;
  return pickedAt === undefined || pickedAt < cycleStartedAt;
}
