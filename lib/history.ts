// Reading history, pure: local days and weeks in the person's time zone, and the gentle weekly log.
// Days come from the zone's calendar (Intl), and week arithmetic works on calendar dates, never by
// adding 24-hour steps, so daylight-saving changes cannot move a read into the wrong day or week.
import { TOPICS, type TopicId } from './content/types';
import { topicName } from './format';

/** Reads the history page lists at first, and adds with each "Show more": listing every read of a long history took tens of seconds (case 34). */
export const HISTORY_PAGE = 200;

/** A calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' } as const;
    format = new Intl.DateTimeFormat('en-US', options);
    formatters.set(timeZone, format);
  }
  return format;
}

/** The local calendar day of the instant `at` (ms since the epoch) in `timeZone`. */
export function dayKey(at: number, timeZone: string): DayKey {
  const parts = dayFormat(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** A calendar day as a UTC instant: arithmetic and formatting on it never meet a DST change. */
function utcOf(day: DayKey): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const keyOf = (date: Date): DayKey => date.toISOString().slice(0, 10);

const QUARTER_HOUR = 15 * 60_000;

/**
 * The instant `day` begins in `timeZone`. Every zone's offset is a whole number of quarter hours,
 * between -12 and +14 hours, so the day begins on a UTC quarter hour within 15 hours of UTC
 * midnight; local days only move forward, so a binary search over those finds it exactly.
 */
export function startOfDay(day: DayKey, timeZone: string): number {
  const midnight = utcOf(day).getTime();
  let before = (midnight - 15 * 3_600_000) / QUARTER_HOUR; // still the day before
  let from = (midnight + 15 * 3_600_000) / QUARTER_HOUR; // the day itself or later
  while (from - before > 1) {
    const mid = Math.floor((before + from) / 2);
    if (dayKey(mid * QUARTER_HOUR, timeZone) >= day) from = mid;
    else before = mid;
  }
  return from * QUARTER_HOUR;
}

/** The calendar day `days` after (or before, when negative) `day`. */
export function addDays(day: DayKey, days: number): DayKey {
  const date = utcOf(day);
  date.setUTCDate(date.getUTCDate() + days);
  return keyOf(date);
}

/** The Monday that starts the week `day` is in. */
export function weekStart(day: DayKey): DayKey {
  const sinceMonday = (utcOf(day).getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

export interface Day<T> {
  day: DayKey;
  events: T[];
}

/** Reads grouped by local day: days newest first, each day's reads newest first. */
export function groupByDay<T extends { at: number }>(events: readonly T[], timeZone: string): Day<T>[] {
  const sorted = [...events].sort((a, b) => b.at - a.at);
  const days: Day<T>[] = [];
  for (const event of sorted) {
    const day = dayKey(event.at, timeZone);
    const last = days[days.length - 1];
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}

export interface WeekLog {
  /** The week's Monday. */
  start: DayKey;
  /** Reads per topic (each item counts once, in its first topic). */
  counts: Record<TopicId, number>;
  /** Every read that week, including items no longer in Tend (which count in no topic). */
  total: number;
}

export interface ReadingLogData {
  thisWeek: number;
  /** Oldest first; the last one is this week. */
  weeks: WeekLog[];
}

const noCounts = (): Record<TopicId, number> =>
  Object.fromEntries(TOPICS.map((t) => [t.id, 0])) as Record<TopicId, number>;

/** How much was read in each of the last `weeks` weeks (this one included), and by topic. */
export function readingLog(
  events: readonly { itemId: string; at: number }[],
  topicOf: (id: string) => TopicId | undefined,
  now: number,
  timeZone: string,
  weeks = 6,
): ReadingLogData {
  const current = weekStart(dayKey(now, timeZone));
  const log: WeekLog[] = [];
  for (let i = weeks - 1; i >= 0; i--) log.push({ start: addDays(current, -7 * i), counts: noCounts(), total: 0 });
  // Where each week begins, as an instant: a few calendar lookups in all, then each read is placed
  // by comparing numbers (looking up every read's day took 2.3 s for 70,000 reads).
  const bounds = [...log.map((w) => startOfDay(w.start, timeZone)), startOfDay(addDays(current, 7), timeZone)];
  const [first = 0, end = 0] = [bounds[0], bounds[bounds.length - 1]];
  for (const event of events) {
    if (event.at < first || event.at >= end) continue;
    let i = 0;
    while (event.at >= (bounds[i + 1] ?? end)) i++;
    const week = log[i];
    if (!week) continue;
    week.total += 1;
    const topic = topicOf(event.itemId);
    if (topic) week.counts[topic] += 1;
  }
  return { thisWeek: log[log.length - 1]?.total ?? 0, weeks: log };
}

/** One colour in the chart: a topic, or reads of items no longer in Tend. */
export interface LogSeries {
  key: TopicId | 'other';
  label: string;
  count: (week: WeekLog) => number;
}

/** The series worth showing: topics read in these weeks (in catalog order), then the rest, if any. */
export function logSeries(weeks: readonly WeekLog[]): LogSeries[] {
  const series: LogSeries[] = TOPICS.filter((t) => weeks.some((w) => w.counts[t.id] > 0)).map((t) => ({
    key: t.id,
    label: topicName(t.id),
    count: (w) => w.counts[t.id],
  }));
  const other = (w: WeekLog) => w.total - Object.values(w.counts).reduce((sum, n) => sum + n, 0);
  if (weeks.some((w) => other(w) > 0)) series.push({ key: 'other', label: 'No longer in Tend', count: other });
  return series;
}

/** "Today", "Yesterday", or the date, e.g. "Monday 16 November 2026" (in the locale's own words). */
export function dayLabel(day: DayKey, now: number, timeZone: string, locale?: string): string {
  const today = dayKey(now, timeZone);
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return utcOf(day).toLocaleDateString(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
  });
}

/** A week's Monday, short: "16 Nov". */
export function shortDate(day: DayKey, locale?: string): string {
  return utcOf(day).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
}

/** The local time of a read: "9:30 AM" or "09:30", as the locale writes it. */
export function timeOfDay(at: number, timeZone: string, locale?: string): string {
  return new Date(at).toLocaleTimeString(locale, { timeZone, timeStyle: 'short' });
}
