declare module 'virtual:tend-catalog' {
  import type { Card } from '@/lib/content/types';
  export const cards: Card[];
  export const catalogVersion: string;
}

declare module 'virtual:tend-articles' {
  import type { ArticleBody } from '@/lib/content/types';
  export const articleLoaders: Record<string, () => Promise<{ default: ArticleBody }>>;
}

declare module 'virtual:tend-version' {
  export const catalogVersion: string;
}

declare module 'virtual:tend-search' {
  /** Each item's whole body as plain text (only the pages that search load this). */
  export const searchDocs: { id: string; text: string }[];
}

declare module 'virtual:tend-index' {
  import type { IndexEntry } from '@/lib/content/types';
  /** id, kind and topics of every item, in id order. */
  export const index: IndexEntry[];
}

declare module 'virtual:tend-topics' {
  import type { Card, TopicId } from '@/lib/content/types';
  /** The cards whose primary topic is the key, each topic its own chunk. */
  export const topicLoaders: Record<TopicId, () => Promise<{ cards: Card[] }>>;
}

declare module 'virtual:tend-first' {
  import type { Card } from '@/lib/content/types';
  /** One short tip, bundled with the new tab's first paint for when nothing was prepared (null: no tips). */
  export const firstCard: Card | null;
}
