import type { MyTip, TipInput } from '../lib/mine/model';
import { topicName } from '../lib/format';
import { MyTipForm } from './MyTipForm';

interface Props {
  tips: readonly MyTip[];
  /** The tip being edited, and why its last save was refused. */
  editing?: string;
  error?: string;
  onEdit: (id: string | undefined) => void;
  onSave: (id: string, tip: TipInput) => void;
  onRemove: (tip: MyTip) => void;
}

/** Your tips, newest first, each as the text you wrote (never as markup), with edit and remove. */
export function MyTipsList({ tips, editing, error, onEdit, onSave, onRemove }: Props) {
  return (
    <ul class="mine-list" data-testid="my-tips">
      {tips.map((tip) =>
        tip.id === editing ? (
          <li key={tip.id}>
            <MyTipForm initial={tip} error={error} onSave={(input) => onSave(tip.id, input)} onCancel={() => onEdit(undefined)} />
          </li>
        ) : (
          <li key={tip.id} class="mine-list__item">
            {tip.title && <strong class="mine-list__title">{tip.title}</strong>}
            <p class="mine-text">{tip.text}</p>
            {tip.topic && <p class="muted">{topicName(tip.topic)}</p>}
            <div class="actions__row">
              <button type="button" class="button button--small" onClick={() => onEdit(tip.id)} aria-label={`Edit “${tip.title ?? tip.text.slice(0, 40)}”`}>
                Edit
              </button>
              <button type="button" class="button button--small button--quiet" onClick={() => onRemove(tip)} aria-label={`Remove “${tip.title ?? tip.text.slice(0, 40)}”`}>
                Remove
              </button>
            </div>
          </li>
        ),
      )}
    </ul>
  );
}
