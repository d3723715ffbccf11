import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import { openCatalog } from '../content/catalog';

/** The bundled catalog's cards, loaded after first paint; independent of storage, so a page can list them even when IndexedDB is off. */
export function useCatalog(): readonly Card[] | undefined {
  const [cards, setCards] = useState<readonly Card[]>();
  useEffect(() => {
    void openCatalog(true).then((catalog) => setCards(catalog.cards()));
  }, []);
  return cards;
}
