import { useEffect, useRef } from 'preact/hooks';
import { PATTERN_IDS, PATTERNS, SESSION_MINUTES, type PatternId, type SessionMinutes } from '../lib/practice/schedule';
import { plural } from '../lib/format';
import { ChoiceGroup } from './ChoiceGroup';
import { PracticeBack, type BackAction } from './PracticeEnd';

interface Props {
  pattern: PatternId;
  minutes: SessionMinutes;
  onPattern: (pattern: PatternId) => void;
  onMinutes: (minutes: SessionMinutes) => void;
  onStart: () => void;
  back: BackAction;
}

const patternChoices = PATTERN_IDS.map((id) => ({ value: id, label: PATTERNS[id].label, hint: PATTERNS[id].hint }));
const lengthChoices = SESSION_MINUTES.map((m) => ({ value: String(m), label: plural(m, 'minute') }));

/** Choosing how to breathe: a pattern and a length, then Start. */
export function BreathingSetup({ pattern, minutes, onPattern, onMinutes, onStart, back }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="practice" aria-labelledby="practice-heading">
      <h1 id="practice-heading" class="practice__title" tabIndex={-1} ref={heading}>
        A breathing pause
      </h1>
      <p class="practice__lead">
        Sit comfortably. Follow the words, or the shape if you like. You can pause or stop at any time.
      </p>
      <div class="practice__choices practice__choices--tiles">
        <ChoiceGroup legend="Pattern" name="pacer-pattern" value={pattern} choices={patternChoices} onChange={onPattern} />
      </div>
      <div class="practice__choices practice__choices--segmented">
        <ChoiceGroup
          legend="Length"
          name="pacer-length"
          value={String(minutes)}
          choices={lengthChoices}
          onChange={(value) => onMinutes(Number(value) as SessionMinutes)}
        />
      </div>
      <div class="actions__row">
        <button type="button" class="button button--primary" onClick={onStart}>
          Start
        </button>
        <PracticeBack back={back} />
      </div>
    </section>
  );
}
