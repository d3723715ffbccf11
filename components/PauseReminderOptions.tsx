import { REMINDER_HOURS, type PauseReminder } from '../lib/settings/model';
import { plural } from '../lib/format';
import { SettingChoice } from './SettingChoice';
import { SettingGroup, SettingRow } from './SettingRow';
import { Switch } from './Switch';

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
    <SettingGroup>
      <Switch
        id="pause"
        label="Now and then, suggest a one-minute pause"
        help="A quiet notification that opens the breathing guide. Your browser asks first."
        on={reminder.on}
        onToggle={onToggle}
        confirmFirst
      />
      <p class="set-note" aria-live="polite" data-testid="pause-note">
        {note}
      </p>
      {reminder.on && (
        <>
          <SettingChoice
            id="pause-every"
            label="At most"
            value={String(reminder.everyHours)}
            choices={REMINDER_HOURS.map((h) => ({ value: String(h), label: h === 1 ? 'Every hour' : `Every ${plural(h, 'hour')}` }))}
            onChange={(value) => onChange({ everyHours: Number(value) as PauseReminder['everyHours'] })}
          />
          <SettingRow id="pause-hours" label="Only between" help="Your local time. 20:00 until 02:00 crosses midnight.">
            <div class="hours" role="group" aria-labelledby="pause-hours-label" aria-describedby="pause-hours-help">
              <label>
                From{' '}
                <select class="select" value={reminder.from} onChange={(e) => onChange({ from: Number(e.currentTarget.value) })}>
                  {FROM.map((h) => (
                    <option key={h} value={h} disabled={h === reminder.to}>
                      {clock(h)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                until{' '}
                <select class="select" value={reminder.to} onChange={(e) => onChange({ to: Number(e.currentTarget.value) })}>
                  {TO.map((h) => (
                    <option key={h} value={h} disabled={h === reminder.from}>
                      {clock(h)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </SettingRow>
        </>
      )}
    </SettingGroup>
  );
}
