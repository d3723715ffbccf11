import { pageStorage, type Upcoming } from '@/lib/newtab/snapshot';
import type { Scene } from '@/lib/atmosphere/scene';
import { useScene } from '@/lib/atmosphere/use-scene';
import { useItemPage } from '@/lib/ui/use-item-page';
import { useWaiting } from '@/lib/ui/use-waiting';
import { PAGES } from '@/lib/ui/pages';
import { plural } from '@/lib/format';
import { ItemCard } from '@/components/ItemCard';
import { PopupActions } from '@/components/PopupActions';
import { PopupBand } from '@/components/PopupBand';
import { PopupTiles } from '@/components/PopupTiles';
import { useLazy } from '@/components/use-lazy';
import { MoreMenu } from '@/components/MoreMenu';
import { Icon } from '@/components/Icon';
import { placeUnder } from '@/components/menu-place';
import { UndoNotice } from '@/components/UndoNotice';
import { useNotForMe } from '@/lib/mine/use-not-for-me';

/**
 * @param scene the day's landscape as kept for the first frame (undefined: drawn just after it)
 * @param waiting the reading list's count as last known (the first frame shows it)
 */
export function App({ initial, scene: keptScene, waiting: painted }: { initial?: Upcoming; scene?: Scene; waiting?: number }) {
  const scene = useScene(pageStorage(), keptScene, new Date());
  const page = useItemPage(initial, undefined);
  const { card, session } = page;
  const waiting = useWaiting(session, painted);
  const notForMe = useNotForMe(session, card, () => void page.next());
  // Loaded when needed, as on the new tab (which imports it lazily: kept static here, it put a
  // module-namespace helper, one more file, before the popup's first paint).
  const notice = useLazy(() => import('@/components/StorageNotice'), page.notice !== undefined);

  return (
    <div class="popup">
      <PopupBand optionsHref={PAGES.options} scene={scene} />
      <main class="popup__main">
        {page.notice && notice && <notice.StorageNotice {...page.notice} newTab />}
        {/* Focusable: at large text the item scrolls in its own box, and a keyboard must reach it. */}
        <div class="popup__item" tabIndex={0} data-testid="popup-item">
          {card && (
            <ItemCard card={card} helpHref={PAGES.help}>
              {card.kind === 'article' && (
                <a class="popup__more" href={PAGES.article(card.id)} target="_blank">
                  Keep reading <span aria-hidden="true">→</span>
                </a>
              )}
            </ItemCard>
          )}
        </div>
        {/* "Not for me", quietly: a ··· beside the kicker (it needs the database, so only once it is open). */}
        {card && session && (
          <div class="popup__item-menu">
            <MoreMenu id="item-menu" label="More for this item" place={placeUnder} buttonClass="icon-button" entries={[{ label: 'Not for me', icon: 'close', onSelect: notForMe.hide }]} />
          </div>
        )}
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
          <Icon name="heart" size={14} />
          Tend is not therapy.{' '}
          <a class="help-link" href={PAGES.help} target="_blank">
            Get help now
          </a>
        </p>
      </footer>
    </div>
  );
}
