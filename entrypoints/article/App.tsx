import { useEffect, useState } from 'preact/hooks';
import type { ArticleBody } from '@/lib/content/types';
import { loadArticle } from '@/lib/content/loaders';
import { useSession } from '@/lib/ui/use-session';
import { useItemState } from '@/lib/ui/use-item-state';
import { navFor, PAGES } from '@/lib/ui/pages';
import { PageShell } from '@/components/PageShell';
import { ArticleView } from '@/components/ArticleView';
import { ItemCard } from '@/components/ItemCard';
import { SaveReadButtons } from '@/components/SaveReadButtons';
import { NoteEditor } from '@/components/NoteEditor';
import { useNote } from '@/lib/mine/use-note';
import { useMyCards } from '@/lib/mine/use-my-cards';

const id = new URLSearchParams(location.search).get('id') ?? '';

/** One item on its own page: the full article (from the popup or the reading list), or a tip. */
export function App() {
  const { session, unavailable } = useSession();
  const [article, setArticle] = useState<ArticleBody>();
  const myCards = useMyCards(session);
  const card = session?.feed.card(id) ?? myCards.get(id);
  const item = useItemState(session, card?.id, undefined);
  const note = useNote(session, card?.id, card?.title);

  useEffect(() => {
    if (card?.kind === 'article') void loadArticle(id).then(setArticle);
    if (card) document.title = `${card.title} · Tend`;
  }, [card]);

  const buttons = session && card && (
    <div class="actions__row">
      <SaveReadButtons saved={item.saved} read={item.read} onToggleSave={item.toggleSave} onToggleRead={item.toggleRead} />
      {note && <NoteEditor {...note} />}
    </div>
  );

  return (
    <PageShell nav={navFor('article')} helpHref={PAGES.help} status={item.status}>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      {session && !card && (
        <>
          <h1>This item is no longer in Tend</h1>
          <p>
            It may have been renamed or retired in an update. <a href={PAGES.readingList}>Back to your reading list</a>
          </p>
        </>
      )}
      {card?.kind === 'article' && (
        <ArticleView card={card} article={article} helpHref={PAGES.help}>
          {buttons}
        </ArticleView>
      )}
      {card?.kind === 'tip' && (
        <ItemCard card={card} helpHref={PAGES.help}>
          {buttons}
        </ItemCard>
      )}
    </PageShell>
  );
}
