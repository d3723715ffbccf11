import { useEffect, useState } from 'preact/hooks';
import type { Card } from '@/lib/content/types';
import { useItemPage } from '@/lib/ui/use-item-page';
import { navFor, PAGES } from '@/lib/ui/pages';
import { shortcutFor, SHORTCUTS } from '@/lib/shortcuts';
import { PageShell } from '@/components/PageShell';
import { ItemCard } from '@/components/ItemCard';
import { ItemActions } from '@/components/ItemActions';
import { ArticleView } from '@/components/ArticleView';
import { ShortcutHelp } from '@/components/ShortcutHelp';
import { useReader } from './use-reader';

// The dialog describes each key by its label (SHORTCUTS' `action` is the internal id).
const SHORTCUT_LIST = SHORTCUTS.map((s) => ({ key: s.key, action: s.label }));

export function App({ initial }: { initial?: Card }) {
  const page = useItemPage(initial, true);
  const reader = useReader(page.card?.kind === 'article' ? page.card.id : undefined);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  const next = () => {
    reader.close();
    void page.next();
  };
  const actions = { next, save: page.toggleSave, read: reader.open, mark: page.toggleRead, help: () => setShortcutsOpen(true) };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutsOpen ? undefined : shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      void actions[action]();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const { card } = page;
  const buttons = card && (
    <ItemActions
      kind={card.kind}
      saved={page.saved}
      read={page.read}
      unavailable={page.unavailable}
      onOpen={reader.open}
      onNext={next}
      onToggleSave={page.toggleSave}
      onToggleRead={page.toggleRead}
      keys
    />
  );

  return (
    <PageShell nav={navFor('newtab')} helpHref={PAGES.help} status={page.status}>
      {card && reader.reading ? (
        <ArticleView card={card} article={reader.reading.body} helpHref={PAGES.help}>
          <button type="button" class="button button--quiet back" onClick={reader.close}>
            ← Back
          </button>
          {buttons}
        </ArticleView>
      ) : card ? (
        <ItemCard card={card} helpHref={PAGES.help}>
          {buttons}
        </ItemCard>
      ) : null}
      <button type="button" class="button button--quiet shortcuts-button" onClick={() => setShortcutsOpen(true)}>
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
      <ShortcutHelp open={shortcutsOpen} shortcuts={SHORTCUT_LIST} onClose={() => setShortcutsOpen(false)} />
    </PageShell>
  );
}
