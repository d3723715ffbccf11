import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayLabel, groupByDay, logSeries, readingLog, shortDate, startOfDay, timeOfDay, weekStart } from '@/lib/history';
import type { TopicId } from '@/lib/content/types';

const t = (iso: string) => Date.parse(iso);

describe('dayKey: the local calendar day, in the person’s zone', () => {
  it.each([
    // New York, spring forward (8 March 2026 has 23 hours)
    ['America/New_York', '2026-03-08T04:59:59Z', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-08'], // local midnight, EST
    ['America/New_York', '2026-03-09T03:59:59Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T04:00:00Z', '2026-03-09'], // local midnight, EDT
    // New York, fall back (1 November 2026 has 25 hours; 1:30 happens twice)
    ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-01'], // local midnight, EDT
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01'], // 1:30 EDT
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01'], // 1:30 EST
    ['America/New_York', '2026-11-02T04:59:59Z', '2026-11-01'],
    ['America/New_York', '2026-11-02T05:00:00Z', '2026-11-02'], // local midnight, EST
    // London: GMT in winter, BST in summer
    ['Europe/London', '2026-01-14T23:59:59Z', '2026-01-14'],
    ['Europe/London', '2026-01-15T00:00:00Z', '2026-01-15'],
    ['Europe/London', '2026-03-29T22:59:59Z', '2026-03-29'],
    ['Europe/London', '2026-03-29T23:00:00Z', '2026-03-30'], // local midnight, BST
    ['Europe/London', '2026-10-25T23:59:59Z', '2026-10-25'],
    ['Europe/London', '2026-10-26T00:00:00Z', '2026-10-26'],
    // Lord Howe Island: +10:30 in winter, +11 in summer (a 30-minute change)
    ['Australia/Lord_Howe', '2026-10-03T13:29:59Z', '2026-10-03'],
    ['Australia/Lord_Howe', '2026-10-03T13:30:00Z', '2026-10-04'], // midnight, +10:30
    ['Australia/Lord_Howe', '2026-10-04T12:59:59Z', '2026-10-04'], // the 23½-hour day
    ['Australia/Lord_Howe', '2026-10-04T13:00:00Z', '2026-10-05'], // midnight, +11
    ['Australia/Lord_Howe', '2026-04-05T13:29:59Z', '2026-04-05'], // the 24½-hour day
    ['Australia/Lord_Howe', '2026-04-05T13:30:00Z', '2026-04-06'],
    // Kiritimati: UTC+14, a day ahead of most of the world
    ['Pacific/Kiritimati', '2026-06-14T09:59:59Z', '2026-06-14'],
    ['Pacific/Kiritimati', '2026-06-14T10:00:00Z', '2026-06-15'],
    ['UTC', '2026-06-14T00:00:00Z', '2026-06-14'],
  ])('%s at %s is %s', (zone, iso, expected) => {
    expect(dayKey(t(iso), zone)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-09', -7, '2026-03-02'],
    ['2026-11-02', -7, '2026-10-26'],
  ])('%s + %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week start
    ['2026-11-27', '2026-11-23'], // Friday
    ['2026-11-29', '2026-11-23'], // Sunday ends the week
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across a year
    ['2026-03-08', '2026-03-02'], // New York's 23-hour Sunday
  ])('the week of %s starts on Monday %s', (day, expected) => {
    expect(weekStart(day)).toBe(expected);
  });
});

describe('groupByDay', () => {
  it('groups by local day, days newest first and reads newest first within a day', () => {
    const events = [
      { itemId: 'a', at: t('2026-03-07T15:00:00Z') },
      { itemId: 'b', at: t('2026-03-08T05:00:00Z') }, // local midnight 8 March (EST)
      { itemId: 'c', at: t('2026-03-09T03:59:59Z') }, // 23:59:59 8 March (EDT)
      { itemId: 'd', at: t('2026-03-08T04:59:59Z') }, // 23:59:59 7 March
      { itemId: 'e', at: t('2026-03-09T04:00:00Z') }, // local midnight 9 March (EDT)
    ];
    const days = groupByDay(events, 'America/New_York');
    expect(days.map((d) => [d.day, d.events.map((e) => e.itemId)])).toEqual([
      ['2026-03-09', ['e']],
      ['2026-03-08', ['c', 'b']],
      ['2026-03-07', ['d', 'a']],
    ]);
  });

  it('puts the same instants on different days in different zones', () => {
    const events = [{ at: t('2026-06-14T09:00:00Z') }, { at: t('2026-06-14T11:00:00Z') }];
    expect(groupByDay(events, 'Pacific/Kiritimati').map((d) => d.day)).toEqual(['2026-06-15', '2026-06-14']);
    expect(groupByDay(events, 'Europe/London').map((d) => d.day)).toEqual(['2026-06-14']);
  });

  it('keeps both 1:30s of the repeated hour on the same day, in order', () => {
    const events = [{ at: t('2026-11-01T05:30:00Z') }, { at: t('2026-11-01T06:30:00Z') }];
    const [day] = groupByDay(events, 'America/New_York');
    expect(day?.events.map((e) => e.at)).toEqual([t('2026-11-01T06:30:00Z'), t('2026-11-01T05:30:00Z')]);
  });

  it('is empty for no reads', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('readingLog', () => {
  const topics: Record<string, TopicId> = { a: 'stress', b: 'cbt', c: 'stress' };
  const topicOf = (id: string) => topics[id];
  const NY = 'America/New_York';
  // Wednesday 11 March 2026, 12:00 in New York: this week started Monday 9 March, just after DST began.
  const now = t('2026-03-11T16:00:00Z');

  it('gives the last six weeks, oldest first, each starting on a local Monday', () => {
    const log = readingLog([], topicOf, now, NY);
    expect(log.weeks.map((w) => w.start)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09']);
    expect(log.thisWeek).toBe(0);
    expect(log.weeks.every((w) => w.total === 0 && Object.values(w.counts).every((n) => n === 0))).toBe(true);
  });

  it('counts reads per week and topic, by local week, across the DST change', () => {
    const events = [
      { itemId: 'a', at: t('2026-03-09T04:00:00Z') }, // Monday 00:00 EDT: this week (7×24h from last Monday would say last week)
      { itemId: 'b', at: t('2026-03-09T04:30:00Z') }, // Monday 00:30 EDT: this week
      { itemId: 'c', at: t('2026-03-09T03:59:59Z') }, // Sunday 23:59:59: last week
      { itemId: 'gone', at: t('2026-03-10T12:00:00Z') }, // no longer in the catalog: counted, in no topic
      { itemId: 'a', at: t('2026-02-02T05:00:00Z') }, // Monday 2 February, 00:00 EST: the oldest week shown
      { itemId: 'a', at: t('2026-02-02T04:59:59Z') }, // the week before: not shown
    ];
    const log = readingLog(events, topicOf, now, NY);
    expect(log.thisWeek).toBe(3);
    const [oldest, , , , last, current] = log.weeks;
    expect(current).toMatchObject({ start: '2026-03-09', total: 3, counts: expect.objectContaining({ stress: 1, cbt: 1 }) });
    expect(Object.values(current!.counts).reduce((s, n) => s + n, 0)).toBe(2);
    expect(last).toMatchObject({ start: '2026-03-02', total: 1, counts: expect.objectContaining({ stress: 1, cbt: 0 }) });
    expect(oldest).toMatchObject({ start: '2026-02-02', total: 1, counts: expect.objectContaining({ stress: 1 }) });
  });

  it('uses the zone for "this week": a Monday read in Kiritimati is still Sunday in London', () => {
    const events = [{ itemId: 'a', at: t('2026-03-08T12:00:00Z') }]; // Kiritimati: Monday 9 March 02:00
    const monday = t('2026-03-09T12:00:00Z');
    expect(readingLog(events, topicOf, monday, 'Pacific/Kiritimati').thisWeek).toBe(1);
    expect(readingLog(events, topicOf, monday, 'Europe/London').thisWeek).toBe(0);
  });

  it('takes the number of weeks', () => {
    const log = readingLog([{ itemId: 'a', at: now }], topicOf, now, 'UTC', 2);
    expect(log.weeks.map((w) => [w.start, w.total])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-09', 1],
    ]);
  });
});

describe('startOfDay, and the log placing reads by it (case 34)', () => {
  const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];

  it.each(ZONES)('finds the first instant of each day, across daylight-saving changes, in %s', (zone) => {
    // Days around both 2026 changes in Europe and North America, and Lord Howe's half-hour one.
    for (const day of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01', '2026-11-27']) {
      const start = startOfDay(day, zone);
      expect(dayKey(start, zone), `${day} in ${zone}`).toBe(day);
      expect(dayKey(start - 1, zone), `just before ${day} in ${zone}`).toBe(addDays(day, -1));
    }
  });

  it.each(ZONES)('counts exactly what looking up every read’s own week counts, in %s', (zone) => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const events = Array.from({ length: 3000 }, (_, i) => ({ itemId: i % 3 ? 'a' : 'b', at: now - Math.floor(random() * 50 * 86_400_000) }));
    const topicOf = (id: string): TopicId | undefined => (id === 'a' ? 'stress' : undefined);
    const log = readingLog(events, topicOf, now, zone);
    const expected = new Map(log.weeks.map((w) => [w.start, 0]));
    for (const e of events) {
      const start = weekStart(dayKey(e.at, zone));
      if (expected.has(start)) expected.set(start, expected.get(start)! + 1);
    }
    expect(log.weeks.map((w) => w.total)).toEqual([...expected.values()]);
  });
});

describe('labels', () => {
  const now = t('2026-11-27T10:00:00Z');

  it('says Today and Yesterday by the local calendar', () => {
    expect(dayLabel('2026-11-27', now, 'Europe/London', 'en-GB')).toBe('Today');
    expect(dayLabel('2026-11-26', now, 'Europe/London', 'en-GB')).toBe('Yesterday');
    // In Kiritimati it is already the evening of 28 November.
    expect(dayLabel('2026-11-28', now, 'Pacific/Kiritimati', 'en-GB')).toBe('Today');
    expect(dayLabel('2026-11-27', now, 'Pacific/Kiritimati', 'en-GB')).toBe('Yesterday');
  });

  it('writes older days as the locale writes dates, with the year only when it differs', () => {
    expect(dayLabel('2026-11-23', now, 'UTC', 'en-GB')).toBe('Monday 23 November');
    expect(dayLabel('2025-12-31', now, 'UTC', 'en-US')).toBe('Wednesday, December 31, 2025');
  });

  it('writes a short date and a local time', () => {
    expect(shortDate('2026-11-23', 'en-GB')).toBe('23 Nov');
    expect(timeOfDay(t('2026-11-01T06:30:00Z'), 'America/New_York', 'en-GB')).toBe('01:30');
  });
});

describe('logSeries', () => {
  const topicOf = (id: string): TopicId | undefined => ({ a: 'stress', b: 'cbt' } as Record<string, TopicId>)[id];
  const now = Date.parse('2026-03-11T12:00:00Z');

  it('shows only the topics read, in catalog order, then reads of items no longer in Tend', () => {
    const events = ['a', 'gone', 'b', 'a'].map((itemId, i) => ({ itemId, at: now - i * 86_400_000 }));
    const { weeks } = readingLog(events, topicOf, now, 'UTC');
    const series = logSeries(weeks);
    expect(series.map((s) => [s.key, s.label])).toEqual([
      ['cbt', 'Thoughts, feelings, actions'],
      ['stress', 'Calming stress'],
      ['other', 'No longer in Tend'],
    ]);
    const current = weeks[weeks.length - 1]!;
    expect(series.map((s) => s.count(current))).toEqual([1, 1, 1]); // Mon 9 – Wed 11 March: a, gone, b
    expect(series.reduce((sum, s) => sum + weeks.reduce((n, w) => n + s.count(w), 0), 0)).toBe(4);
  });

  it('has no series when nothing was read', () => {
    expect(logSeries(readingLog([], topicOf, now, 'UTC').weeks)).toEqual([]);
  });
});
