// What the first run's three steps ask and the settings they change. Pure; loaded only with the
// welcome itself.
import type { ItemKind, TopicId } from '../content/types';
import { BACKGROUNDS, CADENCES, QUIET_MODES, type Background, type Cadence, type QuietMode, type Settings } from '../settings/model';

export const KIND_CHOICES = ['tip', 'article', 'both'] as const;
export type KindChoice = (typeof KIND_CHOICES)[number];

export const kindsOf = (choice: KindChoice): ItemKind[] => (choice === 'both' ? ['tip', 'article'] : [choice]);
export const kindChoiceOf = (kinds: readonly ItemKind[]): KindChoice =>
  kinds.length === 1 && kinds[0] !== undefined ? kinds[0] : 'both';

/** What the three steps ask. */
export interface WelcomeChoices {
  topics: TopicId[];
  kinds: KindChoice;
  quiet: QuietMode;
  cadence: Cadence;
  background: Background;
}

type Asked = 'topics' | 'kinds' | 'quiet' | 'cadence' | 'background';

export const choicesFrom = (settings: Pick<Settings, Asked>): WelcomeChoices => ({
  topics: [...settings.topics],
  kinds: kindChoiceOf(settings.kinds),
  quiet: settings.quiet,
  cadence: settings.cadence,
  background: settings.background,
});

/**
 * The settings change the finished welcome makes, or a plain reason it cannot: at least one
 * topic must stay on (the steps never allow none; this guards the write itself).
 */
export function settingsPatch(choices: WelcomeChoices): { patch: Pick<Settings, Asked> } | { error: string } {
  if (choices.topics.length === 0) return { error: 'Choose at least one topic.' };
  if (!QUIET_MODES.includes(choices.quiet) || !CADENCES.includes(choices.cadence) || !BACKGROUNDS.includes(choices.background)) {
    return { error: 'That choice is not one Tend offers.' };
  }
  const { quiet, cadence, background } = choices;
  return { patch: { topics: [...choices.topics], kinds: kindsOf(choices.kinds), quiet, cadence, background } };
}

/** Turns one topic on or off; the last one left on stays on. */
export function toggleTopic(all: readonly TopicId[], selected: readonly TopicId[], id: TopicId, on: boolean): TopicId[] {
  if (on) return all.filter((t) => t === id || selected.includes(t));
  const left = selected.filter((t) => t !== id);
  return left.length === 0 ? [...selected] : left;
}
