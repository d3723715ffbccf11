// The catalog's shape: what the build-time compiler emits and the pages render.
// Everything here is plain data; nothing is HTML.

export const TOPICS = [
  { id: 'support', name: 'Coaching or therapy?' },
  { id: 'cbt', name: 'Thoughts, feelings, actions' },
  { id: 'dbt', name: 'DBT skills' },
  { id: 'stress', name: 'Calming stress' },
  { id: 'self-kindness', name: 'Self-kindness' },
  { id: 'change', name: 'Living with change' },
  { id: 'boundaries', name: 'Saying no' },
  { id: 'getting-help', name: 'Getting help' },
  { id: 'sleep', name: 'Sleep' },
  { id: 'breaks', name: 'Desk breaks' },
  { id: 'worry', name: 'Worry and rumination' },
  { id: 'connection', name: 'Connection' },
  { id: 'savoring', name: 'Savoring and gratitude' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export type ItemKind = 'tip' | 'article';
export type Practice = 'breathing' | 'grounding';

/** The one internal link content may use: Tend's bundled crisis-lines page. */
export const HELP_LINK = 'tend:help';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'em'; c: Inline[] }
  | { t: 'strong'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 2 | 3; c: Inline[] }
  | { t: 'ul'; items: Block[][] }
  | { t: 'ol'; items: Block[][] }
  | { t: 'quote'; c: Block[] };

export interface Source {
  title: string;
  publisher: string;
  url: string;
}

/**
 * What a new tab or the popup needs to show an item: small enough to keep in
 * localStorage as the "next item" snapshot. Articles carry their excerpt here and
 * load their full body separately.
 */
export interface Card {
  id: string;
  kind: ItemKind;
  title: string;
  topics: TopicId[];
  /** Tips: the whole body. Articles: the excerpt as one paragraph. */
  summary: Block[];
  /** Articles only: reading time in whole minutes. */
  minutes?: number;
  practice?: Practice;
  /** About crisis, self-harm or suicide: shown when asked for (Explore, search, links), never rotated onto a new tab or the popup. */
  sensitive?: true;
  /** One of your own tips (lib/mine): shown as yours, as plain text. */
  mine?: true;
}

/** What rotation needs to know of every item, without its text. */
export type IndexEntry = Pick<Card, 'id' | 'kind' | 'topics' | 'sensitive'>;

export interface ArticleBody {
  body: Block[];
  sources: Source[];
  reviewed: string;
}

/** A whole item as the compiler sees it. */
export interface CatalogItem extends Card {
  body: Block[];
  sources: Source[];
  reviewed: string;
  excerpt?: string;
}
