import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';

/** The bundled catalog's cards, loaded after first paint; independent of storage, so a page can list them even when IndexedDB is off. */
export function useCatalog(): readonly Card[] | undefined {
  const [cards, setCards] = useState<readonly Card[]>();
  useEffect(() => {
    void import('virtual:tend-catalog').then((m) => setCards(m.cards));
  }, []);
  return cards;
}
