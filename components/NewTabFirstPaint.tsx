import type { Card } from '../lib/content/types';
import type { QuietMode } from '../lib/settings/model';
import { PageShell, type NavLink } from './PageShell';
import { QuietTab } from './QuietTab';
import { NewTabItem, ShortcutsButton } from './NewTabItem';

interface Props {
  card: Card;
  quiet: QuietMode;
  /** Whether the item is saved and read, once known (the page paints before it knows). */
  marks?: { saved: boolean; read: boolean };
  note?: string;
  nav: readonly NavLink[];
  helpHref: string;
}

// The live page wires the buttons once the person is about to act (it replaces this view in one
// step); a click that comes first is held and replayed there (lib/ui/still-tab.ts).
const notYet = () => undefined;
const unwired = { onOpen: notYet, onNext: notYet, onToggleSave: notYet, onToggleRead: notYet };

/**
 * What a new tab paints before its modules load: the same view the page then renders, with the
 * buttons not wired yet. Rendered by the entry module, which blocks rendering, so the item is in the first frame.
 */
export function NewTabFirstPaint({ card, quiet, marks = { saved: false, read: false }, note, nav, helpHref }: Props) {
  if (quiet !== 'off') return <QuietTab mode={quiet} title={card.title} helpHref={helpHref} onReveal={notYet} />;
  return (
    <PageShell nav={nav} helpHref={helpHref}>
      <NewTabItem card={card} helpHref={helpHref} note={note} actions={{ ...unwired, ...marks }} onBreathe={notYet} onGround={notYet} />
      <ShortcutsButton onClick={notYet} />
    </PageShell>
  );
}
