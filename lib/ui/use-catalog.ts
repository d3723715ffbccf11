import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import { openCatalog } from '../content/catalog';

let started: Promise<readonly Card[]> | undefined;

/** Starts loading every card (a page that lists them calls this as its module loads, before its first render). */
export function loadCatalog(): Promise<readonly Card[]> {
  started ??= openCatalog(true).then((catalog) => catalog.cards());
  return started;
}

/** The bundled catalog's cards, loaded after first paint; independent of storage, so a page can list them even when IndexedDB is off. */
export function useCatalog(): readonly Card[] | undefined {
  const [cards, setCards] = useState<readonly Card[]>();
  useEffect(() => {
    void loadCatalog().then(setCards);
  }, []);
  return cards;
}
