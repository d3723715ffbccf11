import type { MyTip, TipInput } from '../lib/mine/model';
import { MINE_LIMITS } from '../lib/mine/model';
import type { MyTipsMode } from '../lib/settings/model';
import type { TipsFormat } from '../lib/mine/transfer';
import { ChoiceGroup } from './ChoiceGroup';
import { MyTipForm } from './MyTipForm';
import { MyTipsList } from './MyTipsList';
import { MyTipsTransfer } from './MyTipsTransfer';
import { UndoNotice } from './UndoNotice';

export interface MyTipsProps {
  tips?: readonly MyTip[];
  mode: MyTipsMode;
  /** Storage is not there: nothing can be added. */
  disabled?: boolean;
  /** The tip being edited, and the last refusal (of the new-tip form when nothing is edited). */
  editing?: string;
  error?: string;
  /** What the last step did, in words. */
  status?: string;
  removed?: MyTip;
  onMode: (mode: MyTipsMode) => void;
  onAdd: (tip: TipInput) => void;
  onEdit: (id: string | undefined) => void;
  onSave: (id: string, tip: TipInput) => void;
  onRemove: (tip: MyTip) => void;
  onUndoRemove: () => void;
  onDismissRemove: () => void;
  onImport: (file: File) => void;
  onExport: (format: TipsFormat) => void;
}

/** Options (the panel gives the heading): your own tips, how they rotate, and their import and export. */
export function MyTipsSection(props: MyTipsProps) {
  const { tips, mode, disabled, editing, error, status } = props;
  const count = tips?.length ?? 0;
  return (
    <div class="mine">
      <p class="muted">
        Add your own words to the rotation: up to {MINE_LIMITS.tips.toLocaleString('en')} tips, each up to {MINE_LIMITS.tipChars} characters with an
        optional title and topic. They are shown as text, exactly as you write them. You have {count.toLocaleString('en')}.
      </p>
      <ChoiceGroup
        legend="On the new tab and in the popup, show"
        name="my-tips"
        value={mode}
        choices={[
          { value: 'both', label: 'The library and my tips' },
          { value: 'only', label: 'Only my tips', hint: 'Until you add one, the library is shown.' },
          { value: 'library', label: 'Only the library' },
        ]}
        onChange={props.onMode}
      />
      <MyTipForm error={editing ? undefined : error} disabled={disabled || count >= MINE_LIMITS.tips} onSave={props.onAdd} />
      {status && (
        <p class="mine__status" role="status">
          {status}
        </p>
      )}
      {props.removed && <UndoNotice message={`Removed your tip “${props.removed.title ?? props.removed.text.slice(0, 40)}”.`} onUndo={props.onUndoRemove} onDismiss={props.onDismissRemove} />}
      {tips && tips.length > 0 && (
        <MyTipsList tips={tips} editing={editing} error={editing ? error : undefined} onEdit={props.onEdit} onSave={props.onSave} onRemove={props.onRemove} />
      )}
      <MyTipsTransfer disabled={disabled} canExport={count > 0} onImport={props.onImport} onExport={props.onExport} />
    </div>
  );
}
