// Now and then a saved but unread article comes back on the new tab. Pure: time and chance are arguments.

const DAY = 86_400_000;
/** About one new tab in six may bring one back, when there is one to bring. */
export const REMINDER_CHANCE = 1 / 6;
/** Only things saved at least a day ago, and the same one at most every three days. */
export const MIN_AGE = DAY;
export const GAP = 3 * DAY;

export interface SavedUnread {
  id: string;
  savedAt: number;
  remindedAt?: number;
}

export function chooseReminder(
  candidates: readonly SavedUnread[],
  isArticle: (id: string) => boolean,
  now: number,
  random: () => number,
): SavedUnread | undefined {
  if (random() >= REMINDER_CHANCE) return undefined;
  const due = candidates.filter(
    (c) => isArticle(c.id) && now - c.savedAt >= MIN_AGE && (c.remindedAt === undefined || now - c.remindedAt >= GAP),
  );
  return due[Math.min(due.length - 1, Math.floor(random() * due.length))];
}
