import type { Upcoming } from '@/lib/newtab/snapshot';
import { useItemPage } from '@/lib/ui/use-item-page';
import { useLive } from '@/lib/ui/use-live';
import { PAGES } from '@/lib/ui/pages';
import { plural } from '@/lib/format';
import { ItemCard } from '@/components/ItemCard';
import { ItemActions } from '@/components/ItemActions';
import { NotTherapy } from '@/components/NotTherapy';
import { StorageNotice } from '@/components/StorageNotice';
import { HiddenButton } from '@/components/HiddenButton';
import { UndoNotice } from '@/components/UndoNotice';
import { useNotForMe } from '@/lib/mine/use-not-for-me';

export function App({ initial }: { initial?: Upcoming }) {
  const page = useItemPage(initial, undefined);
  const { card, session } = page;
  const waiting = useLive(session, (s) => s.data.savedUnreadCount(), []);
  const notForMe = useNotForMe(session, card, () => void page.next());

  return (
    <div class="popup">
      <main>
        {page.notice && <StorageNotice {...page.notice} newTab />}
        {card && (
          <ItemCard card={card} helpHref={PAGES.help}>
            <ItemActions
              kind={card.kind}
              saved={page.saved}
              read={page.read}
              unavailable={page.unavailable}
              articleHref={PAGES.article(card.id)}
              onNext={() => void page.next()}
              onToggleSave={page.toggleSave}
              onToggleRead={page.toggleRead}
            />
            <HiddenButton disabled={!session} onHide={notForMe.hide} />
          </ItemCard>
        )}
        {notForMe.hidden && <UndoNotice message={`Hidden “${notForMe.hidden.title}”.`} onUndo={notForMe.undo} onDismiss={notForMe.dismiss} />}
        <p class="popup__list">
          <a href={PAGES.readingList} target="_blank" data-testid="popup-reading-list">
            Reading list
          </a>
          {waiting ? <span class="badge">{plural(waiting, 'unread item')}</span> : null}
        </p>
        <p class="popup__practice">
          <a href={PAGES.practice('breathing')} target="_blank" data-testid="popup-breathe">
            Breathe for a minute
          </a>
          {card?.practice === 'grounding' && (
            <a href={PAGES.practice('grounding')} target="_blank">
              Ground yourself (5-4-3-2-1)
            </a>
          )}
        </p>
      </main>
      <p class="visually-hidden" role="status">
        {page.status}
      </p>
      <NotTherapy helpHref={PAGES.help} newTab />
    </div>
  );
}
