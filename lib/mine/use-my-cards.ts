// Your tips as cards, by card id, for pages that list or open saved items (the library's cards
// come from the catalog; yours from the database, kept live).
import { useMemo } from 'preact/hooks';
import type { Session } from '../ui/session';
import type { Card } from '../content/types';
import { useLive } from '../ui/use-live';
import { tipCard } from './model';

export function useMyCards(session: Session | undefined): ReadonlyMap<string, Card> {
  const tips = useLive(session, (s) => s.data.mine.tips(), []);
  return useMemo(() => new Map((tips ?? []).map((t) => [`mine-${t.id}`, tipCard(t)] as const)), [tips]);
}
