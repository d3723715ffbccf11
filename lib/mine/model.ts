// Your own tips, notes and hidden items: their shapes, limits and checks. Pure. The limits are the
// ones sync carries (lib/sync/records.ts), so anything kept here can also be synced.
import { LIMITS as SYNC_LIMITS, valueProblem } from '../sync/records';
import { TOPICS, type Card, type TopicId } from '../content/types';

export const MINE_LIMITS = {
  tips: 1_000,
  tipChars: SYNC_LIMITS.tipChars,
  titleChars: SYNC_LIMITS.titleChars,
  noteChars: SYNC_LIMITS.noteChars,
} as const;

/** One tip you wrote. `id` is 10 lowercase letters and digits; its card's id is `mine-<id>`. */
export interface MyTip {
  id: string;
  text: string;
  title?: string;
  topic?: TopicId;
  createdAt: number;
  updatedAt: number;
}

/** A private note on an item (a library item or one of your tips), one per item. */
export interface NoteRecord {
  itemId: string;
  text: string;
  at: number;
}

/** An item you said is not for you: rotation never picks it. */
export interface HiddenRecord {
  itemId: string;
  at: number;
}

/** What a person types for a tip, before it is checked. */
export interface TipInput {
  text: string;
  title?: string;
  topic?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const CARD_PREFIX = 'mine-';
export const TIP_ID = /^[a-z0-9]{10}$/;
export const cardId = (tipId: string): string => `${CARD_PREFIX}${tipId}`;
export const isMineId = (id: string): boolean => id.startsWith(CARD_PREFIX) && TIP_ID.test(id.slice(CARD_PREFIX.length));
export const tipIdOf = (cardId: string): string | undefined => (isMineId(cardId) ? cardId.slice(CARD_PREFIX.length) : undefined);

// Control characters other than tab and line break cannot be seen, and some of them change how
// text is laid out: they are refused, never kept or quietly removed.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Line breaks as \n, no spaces at either end. */
const tidy = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

export function controlProblem(s: string, what: string): string | undefined {
  return CONTROL.test(s) ? `${what} has an invisible control character in it; please remove it.` : undefined;
}

/** A tip as typed → the tip to keep, or a plain reason it cannot be kept. HTML and Markdown are kept as the characters typed. */
export function checkTip(input: TipInput): Checked<Omit<MyTip, 'id' | 'createdAt' | 'updatedAt'>> {
  const text = tidy(typeof input.text === 'string' ? input.text : '');
  const title = typeof input.title === 'string' ? tidy(input.title).replace(/\n+/g, ' ') : '';
  const topic = typeof input.topic === 'string' ? input.topic.trim() : '';
  const problem =
    valueProblem('tip', { text, ...(title ? { title } : {}), ...(topic ? { topic } : {}) }) ?? controlProblem(text, 'The tip') ?? controlProblem(title, 'The title');
  if (problem) return { ok: false, message: problem };
  return { ok: true, value: { text, ...(title ? { title } : {}), ...(topic ? { topic: topic as TopicId } : {}) } };
}

/** A note as typed → its text ('' means no note), or a plain reason it cannot be kept. */
export function checkNote(input: string): Checked<string> {
  const text = tidy(input);
  if (text.length > MINE_LIMITS.noteChars) return { ok: false, message: `A note can be up to ${MINE_LIMITS.noteChars.toLocaleString('en')} characters long.` };
  const problem = controlProblem(text, 'The note');
  return problem ? { ok: false, message: problem } : { ok: true, value: text };
}

/** A short title for a tip that has none: its first words. */
export function titleOf(tip: Pick<MyTip, 'text' | 'title'>): string {
  if (tip.title) return tip.title;
  const line = tip.text.split('\n')[0] ?? '';
  const words = line.split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : line;
}

/**
 * Your tip as the new tab and popup show it: text only, one paragraph per blank-line-separated
 * part (single line breaks stay in the text; the page keeps them with CSS). Nothing is parsed.
 */
export function tipCard(tip: MyTip): Card {
  const paragraphs = tip.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return {
    id: cardId(tip.id),
    kind: 'tip',
    title: titleOf(tip),
    topics: tip.topic ? [tip.topic] : [],
    summary: paragraphs.map((p) => ({ t: 'p', c: [{ t: 'text', v: p }] })),
    mine: true,
  };
}

export const topicIds: ReadonlySet<string> = new Set(TOPICS.map((t) => t.id));
