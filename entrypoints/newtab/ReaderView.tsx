// The article read inside the new tab: a top bar back to the item, the article, its actions and
// your note at its end. Loaded the first time an article is opened (most new tabs never open one).
import type { ComponentChildren, ComponentProps } from 'preact';
import type { ArticleBody, Card } from '@/lib/content/types';
import type { Session } from '@/lib/ui/session';
import { PAGES } from '@/lib/ui/pages';
import { useNote } from '@/lib/mine/use-note';
import { ArticleView } from '@/components/ArticleView';
import { ItemActions } from '@/components/ItemActions';
import { SaveReadButtons } from '@/components/SaveReadButtons';
import { NoteEditor } from '@/components/NoteEditor';
import { Icon } from '@/components/Icon';

export interface ReaderViewProps {
  card: Card;
  /** Undefined while the article's text loads. */
  article?: ArticleBody;
  actions: ComponentProps<typeof ItemActions>;
  session?: Session;
  onClose: () => void;
  /** The page's bottom edge and dialogs. */
  children?: ComponentChildren;
}

export function ReaderView({ card, article, actions, session, onClose, children }: ReaderViewProps) {
  const myNote = useNote(session, card.id, card.title);
  return (
    <div class="nt nt--reading">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="reader-bar">
        <button type="button" class="pill-link glass back" onClick={onClose}>
          <Icon name="arrow-left" /> New tab
        </button>
        <div class="reader-bar__actions" role="group" aria-label="Save or mark read">
          <SaveReadButtons {...actions} disabled={actions.unavailable !== undefined} />
        </div>
      </header>
      <main id="main" class="reader-main" tabIndex={-1}>
        <ArticleView card={card} article={article} helpHref={PAGES.help}>
          <ItemActions {...actions} keys />
          {myNote && <NoteEditor {...myNote} />}
          <button type="button" class="button button--quiet back" onClick={onClose}>
            <Icon name="arrow-left" /> Back to new tab
          </button>
        </ArticleView>
      </main>
      {children}
    </div>
  );
}
