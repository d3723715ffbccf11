import type { Card } from '../lib/content/types';
import type { QuietMode } from '../lib/settings/model';
import { PageShell, type NavLink } from './PageShell';
import { QuietTab } from './QuietTab';
import { NewTabItem, ShortcutsButton } from './NewTabItem';

interface Props {
  card: Card;
  quiet: QuietMode;
  note?: string;
  nav: readonly NavLink[];
  helpHref: string;
}

// The page's code wires the buttons a moment later (it replaces this view in one step).
const notYet = () => undefined;
const unwired = { saved: false, read: false, onOpen: notYet, onNext: notYet, onToggleSave: notYet, onToggleRead: notYet };

/**
 * What a new tab paints before its modules load: the same view the page then renders, with the
 * buttons not wired yet. Painted by a tiny classic script, so the item is in the first frame.
 */
export function NewTabFirstPaint({ card, quiet, note, nav, helpHref }: Props) {
  if (quiet !== 'off') return <QuietTab mode={quiet} title={card.title} helpHref={helpHref} onReveal={notYet} />;
  return (
    <PageShell nav={nav} helpHref={helpHref}>
      <NewTabItem card={card} helpHref={helpHref} note={note} actions={unwired} onBreathe={notYet} onGround={notYet} />
      <ShortcutsButton onClick={notYet} />
    </PageShell>
  );
}
