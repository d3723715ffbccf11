import type { ComponentProps } from 'preact';
import type { Card } from '../lib/content/types';
import { ItemCard } from './ItemCard';
import { ItemActions } from './ItemActions';
import { PracticeLauncher } from './PracticeLauncher';
import { Icon } from './Icon';

type Actions = Omit<ComponentProps<typeof ItemActions>, 'kind' | 'keys' | 'articleHref'> & { onOpen: () => void };

interface Props {
  card: Card;
  helpHref: string;
  note?: string;
  actions: Actions;
  onBreathe: () => void;
  onGround: () => void;
}

/** The new tab's item with its actions and the practice launcher (first paint and the live page). */
export function NewTabItem({ card, helpHref, note, actions, onBreathe, onGround }: Props) {
  return (
    <ItemCard card={card} helpHref={helpHref} note={note}>
      {card.kind === 'article' && (
        <button type="button" class="keep-reading" aria-keyshortcuts="R" onClick={actions.onOpen}>
          Keep reading <Icon name="arrow-right" />
        </button>
      )}
      <ItemActions {...actions} keys />
      <PracticeLauncher suggested={card.practice} onBreathe={onBreathe} onGround={onGround} keys />
    </ItemCard>
  );
}

/** Opens the list of the new tab's single-key shortcuts. */
export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" class="button button--quiet shortcuts-button" onClick={onClick}>
      Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
    </button>
  );
}
