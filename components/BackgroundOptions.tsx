import type { Background, Settings } from '../lib/settings/model';
import { SettingRow } from './SettingRow';
import { Switch } from './Switch';

interface Props {
  settings: Pick<Settings, 'background' | 'followTime'>;
  onChange: (patch: Partial<Settings>) => void;
}

const CARDS: readonly { value: Background; label: string; hint: string }[] = [
  { value: 'landscape', label: 'Landscape', hint: 'Sky, sun or moon and hills, new each day' },
  { value: 'sky', label: 'Soft sky', hint: 'The sky alone' },
  { value: 'plain', label: 'Plain', hint: 'Just the page color' },
];

/**
 * What sits behind the new tab, as three small preview cards (native radios: arrow keys move), and
 * whether its light follows the hour. Each radio is named by its label alone; its line of help
 * describes it (aria-describedby).
 */
export function BackgroundOptions({ settings, onChange }: Props) {
  return (
    <div class="background-options">
      <SettingRow id="background" label="Background" help="Drawn on your device. A new landscape each day." stack>
        <div class="bg-cards" role="radiogroup" aria-labelledby="background-label" aria-describedby="background-help">
          {CARDS.map((card) => (
            <div key={card.value} class="bg-card">
              <label class="bg-card__label">
                <input
                  type="radio"
                  class="bg-card__input"
                  name="background"
                  value={card.value}
                  checked={card.value === settings.background}
                  aria-describedby={`background-${card.value}-hint`}
                  onChange={() => onChange({ background: card.value })}
                />
                <span class={`bg-card__preview bg-card__preview--${card.value}`} aria-hidden="true">
                  <span class="bg-card__lines" />
                </span>
                <span class="bg-card__name">{card.label}</span>
              </label>
              <span class="bg-card__hint" id={`background-${card.value}-hint`}>
                {card.hint}
              </span>
            </div>
          ))}
        </div>
      </SettingRow>
      <Switch
        id="followTime"
        label="Follow the time of day"
        help="Morning, day, evening and night light. Off: always day (light theme) or night (dark theme)."
        on={settings.followTime}
        onToggle={(followTime) => onChange({ followTime })}
      />
    </div>
  );
}
