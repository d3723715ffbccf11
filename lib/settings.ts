// What decides which items are eligible. The options issue stores these in browser.storage;
// until then every page uses the defaults.
import type { Card, ItemKind, TopicId } from './content/types';
import { TOPICS } from './content/types';

export type Cadence = 'every-tab' | 'hourly' | 'daily';

export interface ContentSettings {
  topics: TopicId[];
  kinds: ItemKind[];
  cadence: Cadence;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = {
  topics: TOPICS.map((t) => t.id),
  kinds: ['tip', 'article'],
  cadence: 'every-tab',
};

export function isEligible(card: Pick<Card, 'kind' | 'topics'>, settings: ContentSettings): boolean {
  return settings.kinds.includes(card.kind) && card.topics.some((t) => settings.topics.includes(t));
}
