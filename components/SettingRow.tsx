import type { ComponentChildren } from 'preact';

interface Props {
  /** Ids inside the row: `${id}-label` names the control, `${id}-help` describes it. */
  id: string;
  label: string;
  help?: ComponentChildren;
  /** The control goes under the text, full width (topic chips, file choice), not beside it. */
  stack?: boolean;
  /** The id of a single form control the label belongs to (a <label for>), when there is one. */
  labelFor?: string;
  children: ComponentChildren;
}

/** One row of a settings group: label and a line of help on the left, the control on the right. */
export function SettingRow({ id, label, help, stack, labelFor, children }: Props) {
  return (
    <div class={stack ? 'set-row set-row--stack' : 'set-row'}>
      <div class="set-row__text">
        {labelFor ? (
          <label class="set-row__label" id={`${id}-label`} for={labelFor}>
            {label}
          </label>
        ) : (
          <span class="set-row__label" id={`${id}-label`}>
            {label}
          </span>
        )}
        {help && (
          <p class="set-row__help" id={`${id}-help`}>
            {help}
          </p>
        )}
      </div>
      <div class="set-row__control">{children}</div>
    </div>
  );
}

/** A group of rows on one surface. */
export const SettingGroup = ({ children }: { children: ComponentChildren }) => <div class="set-group">{children}</div>;
