// The library's cards for a few ids, for a page whose session is light (only the index at first):
// each card's topic chunk is loaded when one of its items is shown.
import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import type { Session } from './session';

/**
 * The ids looked up so far, each with its card (null: not in the library); undefined until the
 * first ids are. Ids asked for later are added once their cards load, so a page that shows more
 * keeps what it showed meanwhile.
 */
export function useCards(session: Session | undefined, ids: readonly string[]): ReadonlyMap<string, Card | null> | undefined {
  const [found, setFound] = useState<ReadonlyMap<string, Card | null>>();
  const key = ids.join('\n');
  useEffect(() => {
    if (!session) return;
    const wanted = [...new Set(ids)].filter((id) => !found?.has(id));
    const looked = Promise.all(wanted.map((id) => session.catalog.load(id).catch(() => undefined)));
    void looked.then((cards) => setFound((before) => new Map([...(before ?? []), ...wanted.map((id, i) => [id, cards[i] ?? null] as const)])));
  }, [session, key]);
  return found;
}
