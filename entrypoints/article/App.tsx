import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleBody, Card } from '@/lib/content/types';
import { openCatalog } from '@/lib/content/catalog';
import { useFirstScreen } from '@/lib/ui/use-first-screen';
import { isKeptItem } from '@/lib/lists/kept';
import { loadArticle } from '@/lib/content/loaders';
import { useSession } from '@/lib/ui/use-session';
import { useCards } from '@/lib/ui/use-cards';
import { useItemState } from '@/lib/ui/use-item-state';
import { useOriginList } from '@/lib/ui/use-origin-list';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { itemHref, originFrom, originHref, originLabel } from '@/lib/lists/origin';
import { neighbors, related } from '@/lib/lists/neighbors';
import { topicName } from '@/lib/format';
import { PageShell } from '@/components/PageShell';
import { ArticleView } from '@/components/ArticleView';
import { ItemCard } from '@/components/ItemCard';
import { ItemPageNav } from '@/components/ItemPageNav';
import { SaveReadButtons } from '@/components/SaveReadButtons';
import { NoteEditor } from '@/components/NoteEditor';
import { useNote } from '@/lib/mine/use-note';
import { useMyCards } from '@/lib/mine/use-my-cards';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const origin = originFrom(location.search);
// The item's card, from the library's index and its topic's chunk alone: the database and the
// settings (the session) are not needed to show it.
let early: Promise<Card | undefined> | undefined;
const loadOwn = () =>
  (early ??= openCatalog(false)
    .then((catalog) => catalog.load(id))
    .catch(() => undefined));

/** One item on its own page, with a way back to the list it came from and on through that list. */
export function App() {
  // Only the library's index at first: this item's topic loads with it, and its neighbours' with them.
  const { session, unavailable } = useSession({ full: false });
  const [article, setArticle] = useState<ArticleBody>();
  const myCards = useMyCards(session);
  const own = useCards(session, [id]);
  const [loaded, setLoaded] = useState<Card>();
  const found = own?.get(id) ?? myCards.get(id);
  // The item as the last visit showed it (lib/lists/first-screen.ts) paints at once, until the
  // library's card is in; one that is no longer there is not shown once that is known.
  const kept = useFirstScreen('item', id, isKeptItem, found && (() => ({ card: found })), [found]);
  // Without a kept card, the item starts loading alongside the first render; with one, after it.
  useState(() => kept || void loadOwn());
  useEffect(() => void loadOwn().then(setLoaded), []);
  const card = found ?? loaded ?? (own?.has(id) ? undefined : kept?.card);
  // The list it came from (Explore's needs every card) loads once the item is shown, never before it.
  const list = useOriginList(card && session, origin);
  const place = list ? neighbors(list, id) : undefined;
  const around = useCards(session, [place?.previous, place?.next].filter((other) => other !== undefined));
  const item = useItemState(session, card?.id, undefined);
  const note = useNote(session, card?.id, card?.title);
  // Once the session has loaded the item's topic chunk (own), its related items are there.
  const nearby = useMemo(
    () =>
      card && session && own?.has(id)
        ? related([...session.catalog.cards()].sort((a, b) => (a.id < b.id ? -1 : 1)), card, 3).map((c) => ({ card: c, href: itemHref(c.id, origin) }))
        : [],
    [card, session, own],
  );

  useEffect(() => {
    if (card?.kind === 'article') void loadArticle(id).then(setArticle);
    if (card) document.title = `${card.title} · Tend`;
  }, [card?.id]);

  const link = (other: string | undefined) => {
    const c = other === undefined ? undefined : around?.get(other);
    return c ? { card: c, href: itemHref(c.id, origin) } : undefined;
  };

  const back = (
    <a class="back-pill" href={origin ? originHref(origin) : PAGES.newtab}>
      <span aria-hidden="true">← </span>
      <span class="visually-hidden">Back to </span>
      {origin ? originLabel(origin.page) : 'New tab'}
    </a>
  );
  const buttons = session && card && (
    <div class="actions__row">
      <SaveReadButtons saved={item.saved} read={item.read} onToggleSave={item.toggleSave} onToggleRead={item.toggleRead} />
      {note && <NoteEditor {...note} />}
    </div>
  );

  return (
    <PageShell nav={navFor('article')} helpHref={PAGES.help} status={item.status} lead={back} bar={buttons ?? <span />} busy={card !== undefined && card === kept?.card}>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      {session && own?.has(id) && !card && (
        <>
          <h1>This item is no longer in Tend</h1>
          <p>
            It may have been renamed or retired in an update. <a href={PAGES.readingList}>Back to your reading list</a>
          </p>
        </>
      )}
      {card?.kind === 'article' && <ArticleView card={card} article={article} helpHref={PAGES.help} />}
      {card?.kind === 'tip' && <ItemCard card={card} helpHref={PAGES.help} />}
      {card && (
        <ItemPageNav
          listName={origin && originLabel(origin.page)}
          previous={link(place?.previous)}
          next={link(place?.next)}
          place={place?.place}
          total={place?.total}
          related={nearby}
          topicName={topicName(card.topics[0])}
        />
      )}
    </PageShell>
  );
}
