import { pageStorage, type Upcoming } from '@/lib/newtab/snapshot';
import type { Scene } from '@/lib/atmosphere/scene';
import { useScene } from '@/lib/atmosphere/use-scene';
import { useItemPage } from '@/lib/ui/use-item-page';
import { useLive } from '@/lib/ui/use-live';
import { PAGES } from '@/lib/ui/pages';
import { plural } from '@/lib/format';
import { ItemCard } from '@/components/ItemCard';
import { PopupActions } from '@/components/PopupActions';
import { PopupBand } from '@/components/PopupBand';
import { PopupTiles } from '@/components/PopupTiles';
import { StorageNotice } from '@/components/StorageNotice';
import { HiddenButton } from '@/components/HiddenButton';
import { UndoNotice } from '@/components/UndoNotice';
import { useNotForMe } from '@/lib/mine/use-not-for-me';

/** @param scene the day's landscape as kept for the first frame (undefined: drawn just after it) */
export function App({ initial, scene: keptScene }: { initial?: Upcoming; scene?: Scene }) {
  const scene = useScene(pageStorage(), keptScene, new Date());
  const page = useItemPage(initial, undefined);
  const { card, session } = page;
  const waiting = useLive(session, (s) => s.data.savedUnreadCount(), []);
  const notForMe = useNotForMe(session, card, () => void page.next());

  return (
    <div class="popup">
      <PopupBand optionsHref={PAGES.options} scene={scene} />
      <main class="popup__main">
        {page.notice && <StorageNotice {...page.notice} newTab />}
        {/* Focusable: at large text the item scrolls in its own box, and a keyboard must reach it. */}
        <div class="popup__item" tabIndex={0} data-testid="popup-item">
          {card && (
            <ItemCard card={card} helpHref={PAGES.help}>
              {card.kind === 'article' && (
                <a class="popup__more" href={PAGES.article(card.id)} target="_blank">
                  Keep reading <span aria-hidden="true">→</span>
                </a>
              )}
              <HiddenButton disabled={!session} onHide={notForMe.hide} />
            </ItemCard>
          )}
        </div>
        {notForMe.hidden && <UndoNotice message={`Hidden “${notForMe.hidden.title}”.`} onUndo={notForMe.undo} onDismiss={notForMe.dismiss} />}
        <PopupActions
          saved={page.saved}
          read={page.read}
          unavailable={page.unavailable}
          onNext={() => void page.next()}
          onToggleSave={page.toggleSave}
          onToggleRead={page.toggleRead}
        />
        <PopupTiles
          tiles={[
            { href: PAGES.readingList, label: 'Reading list', icon: 'bookmark', count: waiting ?? 0, counted: plural(waiting ?? 0, 'unread item'), testId: 'popup-reading-list' },
            { href: PAGES.explore, label: 'Explore', icon: 'compass', testId: 'popup-explore' },
            { href: PAGES.practice('breathing'), label: 'Breathe', icon: 'breathe', testId: 'popup-breathe' },
          ]}
        />
      </main>
      <p class="visually-hidden" role="status">
        {page.status}
      </p>
      <footer class="popup__footer">
        <p>
          Tend is not therapy.{' '}
          <a class="help-link" href={PAGES.help} target="_blank">
            Get help now
          </a>
        </p>
      </footer>
    </div>
  );
}
