import { REMINDER_HOURS, type PauseReminder } from '../lib/settings/model';
import { plural } from '../lib/format';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  reminder: PauseReminder;
  /** Why the reminder is off or cannot show (permission refused or missing); empty when all is well. */
  note?: string;
  /** Turns it on (asking for permission first) or off. */
  onToggle: () => void;
  onChange: (patch: Partial<PauseReminder>) => void;
}

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const FROM = Array.from({ length: 24 }, (_, h) => h);
const TO = Array.from({ length: 24 }, (_, h) => h + 1);

/** The optional, off-by-default reminder to take a one-minute pause. */
export function PauseReminderOptions({ reminder, note, onToggle, onChange }: Props) {
  return (
    <section aria-labelledby="pause-heading">
      <h2 id="pause-heading">A one-minute pause</h2>
      <fieldset class="choices">
        <legend>Pause reminder</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={reminder.on}
            // The box changes only once the browser has answered (turning on asks for permission).
            onClick={(e) => {
              e.preventDefault();
              onToggle();
            }}
          />
          <span>
            Now and then, suggest a one-minute pause
            <span class="choice__hint">
              A quiet notification that opens the breathing guide. Your browser asks whether Tend may show notifications
              when you turn this on.
            </span>
          </span>
        </label>
      </fieldset>
      <p class="pause__note" aria-live="polite" data-testid="pause-note">
        {note}
      </p>
      {reminder.on && (
        <>
          <ChoiceGroup
            legend="At most"
            name="pause-every"
            value={String(reminder.everyHours)}
            choices={REMINDER_HOURS.map((h) => ({ value: String(h), label: h === 1 ? 'Every hour' : `Every ${plural(h, 'hour')}` }))}
            onChange={(value) => onChange({ everyHours: Number(value) as PauseReminder['everyHours'] })}
          />
          <fieldset class="choices pause__hours">
            <legend>Only between</legend>
            <label>
              From{' '}
              <select value={reminder.from} onChange={(e) => onChange({ from: Number(e.currentTarget.value) })}>
                {FROM.map((h) => (
                  <option key={h} value={h} disabled={h === reminder.to}>
                    {clock(h)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              until{' '}
              <select value={reminder.to} onChange={(e) => onChange({ to: Number(e.currentTarget.value) })}>
                {TO.map((h) => (
                  <option key={h} value={h} disabled={h === reminder.from}>
                    {clock(h)}
                  </option>
                ))}
              </select>
            </label>
            <span class="choice__hint">Your own local time. The hours may cross midnight, for example 20:00 until 02:00.</span>
          </fieldset>
        </>
      )}
    </section>
  );
}
