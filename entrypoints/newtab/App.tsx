import { useState } from 'preact/hooks';
import type { Upcoming } from '@/lib/newtab/snapshot';
import type { QuietMode } from '@/lib/settings/model';
import { useItemPage } from '@/lib/ui/use-item-page';
import { useSettings } from '@/lib/ui/use-settings';
import { navFor, PAGES } from '@/lib/ui/pages';
import { savedNote } from '@/lib/format';
import { SHORTCUTS } from '@/lib/newtab/shortcuts';
import { PageShell } from '@/components/PageShell';
import { NewTabItem, ShortcutsButton } from '@/components/NewTabItem';
import { ItemActions } from '@/components/ItemActions';
import { QuietTab } from '@/components/QuietTab';
import { useLazy } from '@/lib/ui/use-lazy';
import { useReader } from './use-reader';
import { useShortcuts } from './use-shortcuts';
import { usePracticeView } from './use-practice-view';
import { useWelcome } from '@/lib/welcome/use-welcome';

/** @param shownAt when the first frame (with `initial`) went on screen: the view the page records */
export function App({ initial, quiet: initialQuiet, shownAt }: { initial?: Upcoming; quiet: QuietMode; shownAt: number }) {
  const page = useItemPage(initial, shownAt);
  const quiet = useSettings(page.session)?.quiet ?? initialQuiet;
  const [revealed, setRevealed] = useState(false);
  const reader = useReader(page.card?.kind === 'article' ? page.card.id : undefined);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const practice = usePracticeView();
  // Most new tabs show none of these: they load the first time they are needed.
  const notice = useLazy(() => import('@/components/StorageNotice'), page.notice !== undefined);
  const articleView = useLazy(() => import('@/components/ArticleView'), reader.reading !== undefined);
  const help = useLazy(() => import('@/components/ShortcutHelp'), shortcutsOpen);
  const { card } = page;

  const next = () => {
    reader.close();
    void page.next();
  };
  const calm = quiet !== 'off' && !revealed;
  // The first run's welcome, on a fresh install only (lib/welcome); it replaces the page while shown.
  const welcome = useWelcome(page.session, shownAt);
  useShortcuts(!shortcutsOpen && !calm && !practice.kind && !welcome, {
    next,
    save: page.toggleSave,
    read: reader.open,
    mark: page.toggleRead,
    breathe: () => {
      if (!reader.reading) practice.open('breathing');
    },
    help: () => setShortcutsOpen(true),
  });

  if (welcome) return welcome;
  if (calm) return <QuietTab mode={quiet} title={card?.title} helpHref={PAGES.help} onReveal={() => setRevealed(true)} />;

  const actions = {
    saved: page.saved,
    read: page.read,
    unavailable: page.unavailable,
    onOpen: reader.open,
    onNext: next,
    onToggleSave: page.toggleSave,
    onToggleRead: page.toggleRead,
  };
  const note = savedNote(page.savedAt, Date.now());

  return (
    <PageShell nav={navFor('newtab')} helpHref={PAGES.help} status={practice.kind ? practice.announcement : page.status}>
      {page.notice && notice && <notice.StorageNotice {...page.notice} />}
      {practice.kind ? (
        practice.Panel && (
          <practice.Panel kind={practice.kind} session={page.session} onClose={practice.close} onAnnounce={practice.onAnnounce} />
        )
      ) : card && reader.reading ? (
        articleView && (
          <articleView.ArticleView card={card} article={reader.reading.body} helpHref={PAGES.help}>
            <button type="button" class="button button--quiet back" onClick={reader.close}>
              ← Back
            </button>
            <ItemActions kind={card.kind} {...actions} keys />
          </articleView.ArticleView>
        )
      ) : card ? (
        <NewTabItem
          card={card}
          helpHref={PAGES.help}
          note={note}
          actions={actions}
          onBreathe={() => practice.open('breathing')}
          onGround={() => practice.open('grounding')}
        />
      ) : null}
      {!practice.kind && <ShortcutsButton onClick={() => setShortcutsOpen(true)} />}
      {help && (
        <help.ShortcutHelp
          open={shortcutsOpen}
          // The dialog describes each key by its label (a shortcut's `action` is its internal id).
          shortcuts={SHORTCUTS.map((s) => ({ key: s.key, action: s.label }))}
          onClose={() => setShortcutsOpen(false)}
        />
      )}
    </PageShell>
  );
}
