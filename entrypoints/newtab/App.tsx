import { useEffect, useRef, useState } from 'preact/hooks';
import type { Upcoming } from '@/lib/newtab/snapshot';
import type { Card } from '@/lib/content/types';
import type { QuietMode } from '@/lib/settings/model';
import type { Scene } from '@/lib/atmosphere/scene';
import { useItemPage } from '@/lib/ui/use-item-page';
import { useScene } from '@/lib/atmosphere/use-scene';
import { pageStorage } from '@/lib/newtab/snapshot';
import { useSettings } from '@/lib/ui/use-settings';
import { useWaiting } from '@/lib/ui/use-waiting';
import { PAGES } from '@/lib/ui/pages';
import { savedNote } from '@/lib/format';
import { Atmosphere } from '@/components/atmosphere/Atmosphere';
import { TopBar } from '@/components/newtab/TopBar';
import { BottomEdge } from '@/components/newtab/BottomEdge';
import { NewTabItem, RevealButton } from '@/components/NewTabItem';
import { ItemActions } from '@/components/ItemActions';
import { useLazy } from '@/components/use-lazy';
import { useReader } from './use-reader';
import { useShortcuts } from './use-shortcuts';
import { usePracticeView } from './use-practice-view';
import { useUnsaveUndo } from '@/lib/ui/use-unsave-undo';

/** @param shownAt when the first frame (with `initial`) went on screen: the view the page records */
/**
 * @param scene the day's landscape as kept for the first frame (undefined: drawn just after it)
 * @param waiting the reading list's count as last known (the first frame shows it)
 */
export function App({
  initial,
  quiet: initialQuiet,
  scene: keptScene,
  shownAt,
  waiting: painted,
}: {
  initial?: Upcoming;
  quiet: QuietMode;
  scene?: Scene;
  shownAt: number;
  waiting?: number;
}) {
  const scene = useScene(pageStorage(), keptScene, new Date(shownAt));
  const page = useItemPage(initial, shownAt);
  const quiet = useSettings(page.session)?.quiet ?? initialQuiet;
  const waiting = useWaiting(page.session, painted);
  const [revealed, setRevealed] = useState(false);
  const reader = useReader(page.card?.kind === 'article' ? page.card.id : undefined);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // Key hints stay hidden until ? is pressed (or a control has keyboard focus: CSS).
  const [hints, setHints] = useState(false);
  const showShortcuts = () => {
    setShortcutsOpen(true);
    setHints(true);
  };
  const practice = usePracticeView();
  // Most new tabs show none of these: they load the first time they are needed.
  const notice = useLazy(() => import('@/components/StorageNotice'), page.notice !== undefined);
  // The reader (the article's view, its note editor) loads the first time an article is opened.
  const readerView = useLazy(() => import('./ReaderView'), reader.reading !== undefined);
  const help = useLazy(() => import('./ShortcutsDialog'), shortcutsOpen);
  const { card } = page;
  // "Saved" pressed: 6 s to put it back (components/ItemActions shows the notice).
  const unsave = useUnsaveUndo(page.session, card?.id, page.saved, page.toggleSave, page.status);
  const reading = card !== undefined && reader.reading !== undefined;

  // The reader takes focus on its heading when it opens, and gives it back to Keep reading on close.
  const wasReading = useRef(false);
  useEffect(() => {
    if (reading && readerView) document.getElementById('item-title')?.focus();
    else if (!reading && wasReading.current) document.querySelector<HTMLElement>('.keep-reading')?.focus();
    wasReading.current = reading;
  }, [reading, readerView !== undefined]);

  const next = () => {
    reader.close();
    void page.next();
  };
  // "Not for me" (the ··· menu): its part of the page loads the first time it is chosen.
  const [hiding, setHiding] = useState<Card>();
  const notForMe = useLazy(() => import('./NotForMe'), hiding !== undefined);
  const calm = quiet !== 'off' && !revealed;
  // The first run's welcome, on a fresh install only (lib/welcome/decide); it replaces the page while shown.
  const { session } = page;
  const Welcome = useLazy(() => import('@/lib/welcome/decide').then((m) => session && m.welcomePanel(session, shownAt)), session !== undefined);
  const [welcomed, setWelcomed] = useState(false);
  const welcome = Welcome && session && !welcomed && <Welcome session={session} onClose={() => setWelcomed(true)} />;
  useShortcuts(!shortcutsOpen && !calm && !practice.kind && !welcome, {
    next,
    save: unsave.toggleSave,
    read: reader.open,
    mark: page.toggleRead,
    breathe: () => {
      if (!reader.reading) practice.open('breathing');
    },
    ground: () => {
      if (!reader.reading) practice.open('grounding');
    },
    help: showShortcuts,
  });
  // Escape closes the reader (the practice handles its own: a running session stops first); Space
  // reveals a quiet new tab. Dialogs and the menu handle their own Escape first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape' && reader.reading) {
        event.preventDefault();
        reader.close();
      } else if (event.key === ' ' && calm && (event.target as HTMLElement | null)?.tagName !== 'BUTTON') {
        event.preventDefault();
        setRevealed(true);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  if (welcome) return welcome;

  const actions = {
    saved: page.saved,
    read: page.read,
    unavailable: page.unavailable,
    onNext: next,
    onToggleSave: unsave.toggleSave,
    onToggleRead: page.toggleRead,
    confirmation: unsave.status,
    undo: unsave.undo,
  };
  const topBar = (
    <TopBar
      readingListHref={PAGES.readingList}
      exploreHref={PAGES.explore}
      historyHref={PAGES.history}
      optionsHref={PAGES.options}
      aboutHref={`${PAGES.help}#about-heading`}
      waiting={waiting}
      onShortcuts={showShortcuts}
      onHide={card && !practice.kind && page.session ? () => setHiding(card) : undefined}
    />
  );
  const shortcutDialog = help && <help.ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />;

  // Until the reader's code has loaded (a few milliseconds), the item stays on screen.
  if (reading && readerView) {
    return (
      <readerView.ReaderView card={card} article={reader.reading?.body} actions={actions} session={page.session} onClose={reader.close}>
        <BottomEdge helpHref={PAGES.help} chips={false} onBreathe={() => undefined} onGround={() => undefined} />
        {shortcutDialog}
      </readerView.ReaderView>
    );
  }

  return (
    <div class="nt" data-quiet={calm ? quiet : undefined} data-keys={hints ? '' : undefined} data-practice={practice.kind}>
      <Atmosphere scene={scene} />
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      {topBar}
      <main id="main" class="window" tabIndex={-1}>
        <div class="stage">
          {page.notice && notice && <notice.StorageNotice {...page.notice} />}
          {hiding && notForMe && session && (
            <notForMe.NotForMe key={hiding.id} session={session} card={hiding} onHidden={next} onDone={() => setHiding(undefined)} />
          )}
          {practice.kind
            ? practice.Panel && (
                <practice.Panel kind={practice.kind} session={page.session} onClose={practice.close} onAnnounce={practice.onAnnounce} />
              )
            : card && <NewTabItem card={card} helpHref={PAGES.help} note={savedNote(page.savedAt, Date.now())} onOpen={reader.open} />}
        </div>
        <div class="dock-row">
          {!practice.kind && <ItemActions {...actions} keys />}
          {quiet !== 'off' && calm && <RevealButton mode={quiet} onReveal={() => setRevealed(true)} />}
        </div>
      </main>
      <div class="spacer" />
      <BottomEdge
        helpHref={PAGES.help}
        chips={!practice.kind}
        onBreathe={() => practice.open('breathing')}
        onGround={() => practice.open('grounding')}
      />
      {practice.kind && (
        <p class="visually-hidden" role="status">
          {practice.announcement}
        </p>
      )}
      {shortcutDialog}
    </div>
  );
}
