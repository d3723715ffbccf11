// Settings' shape, defaults and what they mean for eligibility; no validator attached, so this is
// small enough for a page's first paint (the validator lives in schema.ts).
import { TOPICS, type Card, type ItemKind, type TopicId } from '../content/types';

export const CADENCES = ['every-tab', 'hourly', 'daily'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const MOTIONS = ['system', 'reduced'] as const;
export const QUIET_MODES = ['off', 'title', 'mark'] as const;
export const BACKGROUNDS = ['landscape', 'sky', 'plain'] as const;
export const REMINDER_HOURS = [1, 2, 3, 4] as const;

export type Cadence = (typeof CADENCES)[number];
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Motion = (typeof MOTIONS)[number];
export type QuietMode = (typeof QUIET_MODES)[number];
export type Background = (typeof BACKGROUNDS)[number];

/** A gentle notification now and then suggesting a one-minute pause; off unless the person turns it on. */
export interface PauseReminder {
  on: boolean;
  /** At most this often. */
  everyHours: (typeof REMINDER_HOURS)[number];
  /** Only between these local hours: from 0..23 up to (not including) to 1..24; from > to crosses midnight. */
  from: number;
  to: number;
}

export interface Settings {
  topics: TopicId[];
  kinds: ItemKind[];
  cadence: Cadence;
  theme: Theme;
  textSize: TextSize;
  motion: Motion;
  /** Now and then, a saved but unread article comes back on the new tab. */
  reminders: boolean;
  /** A calmer new tab: just the title, or only a small mark. */
  quiet: QuietMode;
  /** Behind the new tab: the day's landscape, its sky alone, or plain paper. */
  background: Background;
  /** The sky follows the hour (morning, day, evening, night); off, it stays day (light) or night (dark). */
  followTime: boolean;
  pauseReminder: PauseReminder;
}


export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  topics: TOPICS.map((t) => t.id),
  kinds: ['tip', 'article'],
  cadence: 'every-tab',
  theme: 'system',
  textSize: 'medium',
  motion: 'system',
  reminders: true,
  quiet: 'off',
  background: 'landscape',
  followTime: true,
  pauseReminder: Object.freeze({ on: false, everyHours: 2, from: 9, to: 18 }),
});


/**
 * Whether the rotation may put an item on screen unasked: a kind and topic the person chose, and
 * nothing heavy (crisis, self-harm, suicide), which stays in Explore, search and the help page.
 */
export function isEligible(card: Pick<Card, 'kind' | 'topics' | 'sensitive'>, settings: Pick<Settings, 'topics' | 'kinds'>): boolean {
  return card.sensitive !== true && settings.kinds.includes(card.kind) && card.topics.some((t) => settings.topics.includes(t));
}
