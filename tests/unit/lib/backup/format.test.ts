import { describe, expect, it } from 'vitest';
import { backupText, makeBackup, parseBackup, TOO_LARGE } from '@/lib/backup/format';
import { LIMITS } from '@/lib/backup/schema';
import { nestingDepth } from '@/lib/backup/safe-json';
import type { UserData } from '@/lib/backup/data';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const DAY = 86_400_000;
const KNOWN = new Set(['stress-box-breathing', 'cbt-thought-record', 'change-small-steps']);

const sample = (): UserData => ({
  items: [
    { id: 'stress-box-breathing', shownCount: 3, lastShownAt: NOW - DAY, savedAt: NOW - 2 * DAY, readAt: NOW - DAY },
    { id: 'cbt-thought-record', shownCount: 1, pickedAt: NOW - 3 * DAY, unsavedAt: NOW - DAY, remindedAt: NOW - 2 * DAY },
  ],
  events: [{ itemId: 'stress-box-breathing', at: NOW - DAY }],
  practices: [{ type: 'breathing', at: NOW - DAY, seconds: 60 }],
  rotation: { cycleStartedAt: NOW - 5 * DAY, lastPickedId: 'cbt-thought-record' },
  settings: { theme: 'dark', topics: ['stress', 'cbt'] },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach into the JSON freely, to break it in every way a file can be broken
type Loose = any;

/** A valid backup's text, after `change` (which may break it). */
function file(change: (b: Loose) => void = () => {}): string {
  const backup = JSON.parse(backupText(makeBackup(sample(), NOW, '1.2.3'))) as Loose;
  change(backup);
  return JSON.stringify(backup);
}

const parse = (text: string) => parseBackup(text, KNOWN, NOW);
const messageOf = (text: string) => {
  const result = parse(text);
  return result.ok ? 'accepted' : result.message;
};

describe('makeBackup', () => {
  it('case 17: states its format name, format version, export time and app version', () => {
    const backup = makeBackup(sample(), NOW, '1.2.3');
    expect(backup).toMatchObject({ format: 'tend-backup', formatVersion: 2, exportedAt: '2026-11-26T09:30:00.000Z', appVersion: '1.2.3' });
  });

  it('case 17: reads back exactly what it wrote', () => {
    const backup = makeBackup(sample(), NOW, '1.2.3');
    expect(parse(backupText(backup))).toEqual({ ok: true, backup, unknownIds: [] });
  });

  it('keeps only known fields, items in id order and reads without their sequence numbers', () => {
    const data = sample();
    const events = [{ seq: 7, itemId: 'a', at: 2 }, { seq: 3, itemId: 'b', at: 1 }];
    const backup = makeBackup({ ...data, events, items: [...data.items, { id: 'a', shownCount: 0, extra: 1 } as never] }, NOW, '1');
    expect(backup.data.items.map((r) => r.id)).toEqual(['a', 'cbt-thought-record', 'stress-box-breathing']);
    expect(backup.data.items[0]).toEqual({ id: 'a', shownCount: 0 });
    expect(backup.data.events).toEqual([{ itemId: 'b', at: 1 }, { itemId: 'a', at: 2 }]);
  });

  it('reads a file without a practice log (the log came later) as an empty log', () => {
    const result = parse(file((b) => delete b.data.practices));
    expect(result.ok && result.backup.data.practices).toEqual([]);
  });
});

describe('parseBackup: every kind of bad file gets its own message (case 18)', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": "tend-backup",', /not a Tend backup\. It may be damaged, or another kind of file\. Choose the file that “Export my data” made/],
    ['an empty file', '', /may be damaged, or another kind of file/],
    ['JSON that is not an object', '[1, 2, 3]', /not a Tend backup\. It holds no Tend data\. Choose the file/],
    ['JSON null', 'null', /holds no Tend data/],
    ['the wrong format', file((b) => (b.format = 'other-app-backup')), /not a Tend backup\. It was made by another program, or by hand\. Choose the file that “Export my data” made: its name starts with tend-backup/],
    ['no format at all', file((b) => delete b.format), /made by another program/],
    ['a newer format version', file((b) => (b.formatVersion = 3)), /newer version of Tend \(format version 3\)\. Update Tend in your browser’s extensions page, then import it again/],
    ['a format version as text', file((b) => (b.formatVersion = '1')), /damaged \(formatVersion should be 2\)/],
    ['a missing format version', file((b) => delete b.formatVersion), /formatVersion should be 2/],
    ['a missing data block', file((b) => delete b.data), /damaged \(data is missing\), so Tend cannot read it\./],
    ['missing items', file((b) => delete b.data.items), /damaged \(items is missing\), so Tend cannot read it\./],
    ['missing events', file((b) => delete b.data.events), /damaged \(events is missing\), so Tend cannot read it\./],
    ['missing settings', file((b) => delete b.data.settings), /damaged \(settings is missing\), so Tend cannot read it\./],
    ['a missing export time', file((b) => delete b.exportedAt), /damaged \(exportedAt is missing\), so Tend cannot read it\./],
    ['an export time that is not a time', file((b) => (b.exportedAt = 'last Tuesday')), /exportedAt should be a time like/],
    ['an app version that is a number', file((b) => (b.appVersion = 5)), /damaged \(appVersion should be text\), so Tend cannot read it\./],
    ['items that are not a list', file((b) => (b.data.items = {})), /damaged \(items should be a list\), so Tend cannot read it\./],
    ['an item that is not an object', file((b) => (b.data.items[1] = 'x')), /damaged \(items\[1\] should be an object\), so Tend cannot read it\./],
    ['an item without an id', file((b) => delete b.data.items[0].id), /damaged \(items\[0\]\.id is missing\), so Tend cannot read it\./],
    ['a saved time as text', file((b) => (b.data.items[1].savedAt = 'yesterday')), /damaged \(items\[1\]\.savedAt should be a time\), so Tend cannot read it\./],
    ['a negative time', file((b) => (b.data.events[0].at = -5)), /damaged \(events\[0\]\.at should be a time\), so Tend cannot read it\./],
    ['an infinite time', file((b) => (b.data.items[0].readAt = 1)).replace('"readAt":1', '"readAt":1e400'), /items\[0\]\.readAt should be a time\), so Tend/],
    ['a fractional count', file((b) => (b.data.items[0].shownCount = 1.5)), /items\[0\]\.shownCount should be a whole number\), so Tend/],
    ['a negative count', file((b) => (b.data.items[0].shownCount = -1)), /items\[0\]\.shownCount should be a whole number, 0 or more\), so Tend/],
    ['a rotation without its start', file((b) => (b.data.rotation.cycleStartedAt = null)), /rotation\.cycleStartedAt should be a time\), so Tend/],
    ['a read of a non-id', file((b) => (b.data.events[0].itemId = 42)), /events\[0\]\.itemId should be an item id \(text\)\), so Tend/],
    ['a practice of an unknown kind', file((b) => (b.data.practices[0].type = 'juggling')), /practices\[0\]\.type should be “breathing” or “grounding”\), so Tend/],
    ['a practice with a negative length', file((b) => (b.data.practices[0].seconds = -60)), /practices\[0\]\.seconds should be a whole number, 0 or more\), so Tend/],
    ['practices that are not a list', file((b) => (b.data.practices = 'many')), /damaged \(practices should be a list\), so Tend cannot read it\./],
    ['an item listed twice', file((b) => b.data.items.push({ ...b.data.items[0] })), /damaged \(items\[2\]\.id “cbt-thought-record” appears twice\)/],
    ['settings that are not an object', file((b) => (b.data.settings = 'dark')), /settings in this backup cannot be used \(Settings must be an object\)\. Export again/],
    ['a setting with a wrong value', file((b) => (b.data.settings.theme = 'neon')), /settings in this backup cannot be used \(theme:/],
    ['a setting Tend does not have', file((b) => (b.data.settings.colour = 'red')), /cannot be used \(“colour” is not a Tend setting/],
    ['settings with no topic on', file((b) => (b.data.settings.topics = [])), /cannot be used \(topics: Keep at least one topic on\)/],
  ];

  it.each(cases)('case 18: rejects %s', (_, text, expected) => {
    expect(messageOf(text)).toMatch(expected);
  });

});

describe('parseBackup: a backup Tend wrote always imports (case 32)', () => {
  const accepted = (text: string) => {
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it('case 32: a file saved while the clock ran 10 days ahead imports, its future times made now', () => {
    const result = accepted(
      file((b) => {
        // Items are in id order: cbt-thought-record, then stress-box-breathing.
        b.data.items[0].pickedAt = NOW + 10 * DAY;
        b.data.items[1].readAt = NOW + 2 * DAY;
        b.data.events[0].at = NOW + 10 * DAY;
        b.data.practices[0].at = NOW + 10 * DAY;
        b.data.rotation.cycleStartedAt = NOW + 10 * DAY;
      }),
    );
    const { data } = result.backup;
    expect(data.items.find((r) => r.id === 'cbt-thought-record')?.pickedAt).toBe(NOW);
    expect(data.items.find((r) => r.id === 'stress-box-breathing')?.readAt).toBe(NOW);
    expect([data.events[0]?.at, data.practices[0]?.at, data.rotation?.cycleStartedAt]).toEqual([NOW, NOW, NOW]);
    // Times in the past are kept exactly.
    expect(data.items.find((r) => r.id === 'stress-box-breathing')?.savedAt).toBe(NOW - 2 * DAY);
  });

  it('case 32: a row with an id outside the catalog, even one like markup, at the largest time, is kept (as an unknown id)', () => {
    const odd = '<img src=x onerror=alert(1)>';
    const result = accepted(
      file((b) => {
        b.data.items.push({ id: odd, shownCount: 1, lastShownAt: 8.64e15 });
        b.data.events.push({ itemId: odd, at: 8.64e15 });
      }),
    );
    expect(result.unknownIds).toEqual([odd]);
    expect(result.backup.data.items.find((r) => r.id === odd)).toEqual({ id: odd, shownCount: 1, lastShownAt: NOW });
    expect(result.backup.data.events).toContainEqual({ itemId: odd, at: NOW });
  });

  it('case 32: what makes a file damaged still refuses it: a time that is not a number, an id longer than any Tend stores', () => {
    expect(messageOf(file((b) => (b.data.items[0].readAt = 'soon')))).toMatch(/items\[0\]\.readAt should be a time\), so Tend/);
    expect(messageOf(file((b) => (b.data.events[0].itemId = 'x'.repeat(LIMITS.chars + 1))))).toMatch(/events\[0\]\.itemId is longer than 200 characters\), so Tend cannot read it\./);
  });
});

describe('parseBackup: inherited keys in the settings (case 38)', () => {
  it.each(['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'])(
    'case 38: a setting named %s gets its own message, not a crash',
    (key) => {
      expect(messageOf(file((b) => (b.data.settings[key] = 'x')))).toBe(
        `The settings in this backup cannot be used (“${key}” is not a Tend setting). Export again in the browser it came from, or choose another backup.`,
      );
    },
  );

  it('case 38: __proto__ and constructor in the settings are dropped before they reach anything (case 19), and the rest imports', () => {
    const text = file().replace('"settings":{', '"settings":{"__proto__":"x","constructor":"y",');
    expect(text).toContain('"__proto__":"x"');
    const result = parse(text);
    expect(result.ok && result.backup.data.settings).toEqual({ theme: 'dark', topics: ['stress', 'cbt'] });
  });
});

describe('parseBackup: size and length caps (case 18)', () => {
  it('case 18: rejects a file over the size cap before parsing it', () => {
    const huge = file().replace('"1.2.3"', `"1.2.3", "padding": "${'x'.repeat(LIMITS.bytes)}"`);
    expect(messageOf(huge)).toBe(TOO_LARGE);
    expect(TOO_LARGE).toMatch(/too large to be a Tend backup \(the limit is 5 MB\)/);
  });

  it('case 18: rejects more rows than the cap', () => {
    const rows = Array.from({ length: LIMITS.rows + 1 }, () => ({ itemId: 'a', at: 1 }));
    expect(messageOf(file((b) => (b.data.events = rows)))).toMatch(/damaged \(events has more than 100,000 rows\), so Tend cannot read it\./);
  });

  it('case 18: accepts exactly the row cap', () => {
    const rows = Array.from({ length: LIMITS.rows }, (_, i) => ({ itemId: 'a', at: i }));
    expect(messageOf(file((b) => (b.data.events = rows)))).toBe('accepted');
  });

  it('case 18: rejects strings over the length cap', () => {
    expect(messageOf(file((b) => (b.data.items[0].id = 'a'.repeat(201))))).toMatch(/items\[0\]\.id is longer than 200 characters/);
    expect(messageOf(file((b) => (b.appVersion = '9'.repeat(201))))).toMatch(/appVersion is longer than 200 characters/);
  });

  it('case 18: rejects nesting far deeper than a backup needs, without overflowing the stack', () => {
    const deep = file((b) => (b.data.extra = 0)).replace('"extra":0', `"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(messageOf(deep)).toMatch(/not a Tend backup\. It is nested far too deeply/);
  });

  it('measures nesting outside strings only', () => {
    expect(nestingDepth('{"a": [[1]], "b": "[[[[{{{{\\"[["}')).toBe(3);
  });
});

describe('parseBackup: unknown item ids (case 18)', () => {
  it('case 18: reports ids the catalog does not know and keeps their rows', () => {
    const result = parse(
      file((b) => {
        b.data.items.push({ id: 'retired-item', shownCount: 2, savedAt: NOW - DAY });
        b.data.events.push({ itemId: 'another-retired', at: NOW - DAY });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.unknownIds).toEqual(['another-retired', 'retired-item']);
    expect(result.backup.data.items.find((r) => r.id === 'retired-item')).toEqual({ id: 'retired-item', shownCount: 2, savedAt: NOW - DAY });
  });
});

describe('parseBackup: prototype keys (case 19)', () => {
  const poisoned = file((b) => {
    b.data.items[0].constructor = { prototype: { polluted: true } };
    b.data.rotation.prototype = { polluted: true };
  })
    .replace('{"format"', '{"__proto__": {"polluted": true}, "format"')
    .replace('"settings":{', '"settings":{"__proto__": {"polluted": true}, ')
    .replace('"shownCount":3', '"__proto__": {"isAdmin": true}, "shownCount":3');

  /** Every own key of every object and array in `value`, at any depth. */
  function keysIn(value: unknown, out: string[] = []): string[] {
    if (value && typeof value === 'object') {
      for (const key of Reflect.ownKeys(value)) {
        out.push(String(key));
        keysIn((value as Record<string | symbol, unknown>)[key], out);
      }
    }
    return out;
  }

  it('case 19: strips __proto__, constructor and prototype at every depth before validation', () => {
    expect(poisoned.match(/__proto__|constructor|prototype/g)).toHaveLength(6);
    const result = parse(poisoned);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(keysIn(result.backup).filter((k) => ['__proto__', 'constructor', 'prototype'].includes(k))).toEqual([]);
    expect(Object.getPrototypeOf(result.backup.data.items[0])).toBe(Object.prototype);
    expect(result.backup.data.settings).toEqual({ theme: 'dark', topics: ['stress', 'cbt'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('parseBackup: what comes out', () => {
  it('holds only the known fields, in the canonical order', () => {
    const result = parse(file((b) => (b.data.items[0].note = 'hello')));
    expect(result.ok && result.backup.data.items.map((r) => Object.keys(r))).toEqual([
      ['id', 'shownCount', 'pickedAt', 'unsavedAt', 'remindedAt'],
      ['id', 'shownCount', 'lastShownAt', 'readAt', 'savedAt'],
    ]);
  });
});
