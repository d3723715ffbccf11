// Your tips, notes and hidden items in the database (issue 17): checked writes, the 1,000-tip
// limit, all-or-nothing imports, the sanity middleware, and backups that carry them.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createBackupData } from '@/lib/db/backup';
import { backupText, makeBackup, parseBackup } from '@/lib/backup/format';
import v1Backup from '../../../fixtures/backup-v1.json';

const NOW = Date.UTC(2026, 11, 5, 9);
let opened: TendDb[] = [];
let counter = 0;

function fresh() {
  const db = new TendDb(`tend-mine-${++counter}`);
  opened.push(db);
  return { db, data: createTendData(db), mine: createTendData(db).mine, backup: createBackupData(db) };
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
  fakeBrowser.reset();
});

describe('your tips', () => {
  it('adds, edits, removes and restores, newest first', async () => {
    const { mine } = fresh();
    const a = await mine.addTip({ text: 'First' }, NOW, Math.random);
    const b = await mine.addTip({ text: 'Second', title: 'Two', topic: 'sleep' }, NOW + 1, Math.random);
    if (!a.ok || !b.ok) throw new Error('not added');
    expect((await mine.tips()).map((t) => t.text)).toEqual(['Second', 'First']);
    const edited = await mine.editTip(a.value.id, { text: 'First, edited\nwith a line break' }, NOW + 2);
    expect(edited).toMatchObject({ ok: true, value: { text: 'First, edited\nwith a line break', createdAt: NOW, updatedAt: NOW + 2 } });
    await mine.setNote(`mine-${b.value.id}`, 'a note on my tip', NOW);
    const removed = await mine.removeTip(b.value.id);
    expect((await mine.tips()).length).toBe(1);
    expect(await mine.note(`mine-${b.value.id}`)).toBeUndefined();
    await mine.restoreTip(removed.tip!, removed.note);
    expect((await mine.tips()).length).toBe(2);
    expect((await mine.note(`mine-${b.value.id}`))?.text).toBe('a note on my tip');
    expect(await mine.card(`mine-${b.value.id}`)).toMatchObject({ title: 'Two', topics: ['sleep'], mine: true });
  });

  it('case 41: bad input changes nothing and says why', async () => {
    const { mine } = fresh();
    expect(await mine.addTip({ text: 'x'.repeat(501) }, NOW, Math.random)).toMatchObject({ ok: false, message: /500/ });
    const a = await mine.addTip({ text: 'Kept' }, NOW, Math.random);
    if (!a.ok) throw new Error('not added');
    expect(await mine.editTip(a.value.id, { text: '' }, NOW)).toMatchObject({ ok: false });
    expect((await mine.tips()).map((t) => t.text)).toEqual(['Kept']);
  });

  it('case 41: keeps at most 1,000, and an import that would pass the limit adds nothing', async () => {
    const { mine } = fresh();
    const many = Array.from({ length: 999 }, (_, i) => ({ text: `tip ${i}` }));
    expect(await mine.importTips(many, NOW, Math.random)).toEqual({ ok: true, value: 999 });
    expect(await mine.importTips([{ text: 'a' }, { text: 'b' }], NOW, Math.random)).toMatchObject({ ok: false, message: /up to 1,000 .* You have 999, and the file has 2/ });
    expect(await mine.addTip({ text: 'the thousandth' }, NOW, Math.random)).toMatchObject({ ok: true });
    expect(await mine.addTip({ text: 'one too many' }, NOW, Math.random)).toMatchObject({ ok: false, message: /up to 1,000/ });
    expect((await mine.tips()).length).toBe(1000);
  });

  it('case 43: an import with one bad tip adds none', async () => {
    const { mine } = fresh();
    expect(await mine.importTips([{ text: 'fine' }, { text: 'bell \u0007' }], NOW, Math.random)).toMatchObject({ ok: false, message: /^Tip 2: .*control character/ });
    expect(await mine.tips()).toEqual([]);
  });
});

describe('notes and hidden items', () => {
  it('one note per item; empty text removes it; too long changes nothing', async () => {
    const { mine } = fresh();
    await mine.setNote('a', 'first', NOW);
    await mine.setNote('a', 'second', NOW + 1);
    expect([...(await mine.notes())]).toEqual([['a', 'second']]);
    expect(await mine.setNote('a', 'x'.repeat(1001), NOW + 2)).toMatchObject({ ok: false });
    expect((await mine.note('a'))?.text).toBe('second');
    await mine.setNote('a', '   ', NOW + 3);
    expect(await mine.note('a')).toBeUndefined();
  });

  it('hides once, lists the most recent first, unhides', async () => {
    const { mine } = fresh();
    await mine.hide('a', NOW);
    await mine.hide('b', NOW + 1);
    await mine.hide('a', NOW + 2);
    expect(await mine.hiddenList()).toEqual([
      { itemId: 'b', at: NOW + 1 },
      { itemId: 'a', at: NOW },
    ]);
    await mine.unhide('a');
    expect([...(await mine.hiddenIds())]).toEqual(['b']);
  });
});

describe('the database refuses rows no page would write (case 32)', () => {
  it.each([
    ['a tip with a control character', (db: TendDb) => db.tips.add({ id: 'abcdefghij', text: 'a\u0000', createdAt: 1, updatedAt: 1 })],
    ['a tip that is too long', (db: TendDb) => db.tips.add({ id: 'abcdefghij', text: 'x'.repeat(501), createdAt: 1, updatedAt: 1 })],
    ['a tip with a bad id', (db: TendDb) => db.tips.add({ id: '../x', text: 'ok', createdAt: 1, updatedAt: 1 })],
    ['a tip with a bad time', (db: TendDb) => db.tips.add({ id: 'abcdefghij', text: 'ok', createdAt: -1, updatedAt: 1 })],
    ['a note that is too long', (db: TendDb) => db.notes.put({ itemId: 'a', text: 'x'.repeat(1001), at: 1 })],
    ['a hidden item with a bad time', (db: TendDb) => db.hidden.put({ itemId: 'a', at: Number.NaN })],
  ])('case 41: refuses %s', async (_, write) => {
    const { db } = fresh();
    await expect(write(db)).rejects.toThrow(/Tend did not write to (tips|notes|hidden)/);
    expect([await db.tips.count(), await db.notes.count(), await db.hidden.count()]).toEqual([0, 0, 0]);
  });
});

describe('backups carry your tips, notes and hidden items (format version 2)', () => {
  it('case 44: export → clear → import on a fresh profile gives them all back', async () => {
    const { data, mine, backup } = fresh();
    await data.save('a', NOW);
    await mine.addTip({ text: '<script>x</script>\n**kept as typed**', title: 'T', topic: 'sleep' }, NOW, Math.random);
    await mine.setNote('a', 'my note', NOW);
    await mine.hide('b', NOW);
    const before = await backup.snapshot();
    const text = backupText(makeBackup(before, NOW, '0.2.0'));
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2, data: { tips: [{ title: 'T' }], notes: [{ itemId: 'a' }], hidden: [{ itemId: 'b' }] } });

    const parsed = parseBackup(text, new Set(['a', 'b']), NOW);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.unknownIds).toEqual([]);
    const target = fresh();
    await target.backup.importData(parsed.backup.data, 'merge');
    const after = await target.backup.snapshot();
    expect({ tips: after.tips, notes: after.notes, hidden: after.hidden }).toEqual({ tips: before.tips, notes: before.notes, hidden: before.hidden });
  });

  it('case 44: a backup made by the previous version (format 1, fixture) still imports, and keeps your tips', async () => {
    const { mine, backup } = fresh();
    await mine.addTip({ text: 'Already mine' }, NOW, Math.random);
    const parsed = parseBackup(JSON.stringify(v1Backup), new Set(['cbt-thought-record', 'stress-box-breathing']), NOW);
    if (!parsed.ok) throw new Error(parsed.message);
    await backup.importData(parsed.backup.data, 'merge');
    const after = await backup.snapshot();
    expect(after.items.map((r) => r.id)).toEqual(['cbt-thought-record', 'stress-box-breathing']);
    expect(after.practices).toEqual(v1Backup.data.practices);
    expect(after.settings.theme).toBe('dark');
    expect(after.tips?.map((t) => t.text)).toEqual(['Already mine']);
  });

  it.each([
    ['a tip with a control character', { tips: [{ id: 'abcdefghij', text: 'a\u0007', createdAt: 1, updatedAt: 1 }] }, /tips\[0\] is not a tip Tend can keep/],
    ['a tip listed twice', { tips: [{ id: 'abcdefghij', text: 'a', createdAt: 1, updatedAt: 1 }, { id: 'abcdefghij', text: 'b', createdAt: 1, updatedAt: 1 }] }, /tips\[1\]\.id “abcdefghij” appears twice/],
    ['a note that is too long', { notes: [{ itemId: 'a', text: 'x'.repeat(1001), at: 1 }] }, /notes\[0\] is not a note/],
    ['a tip with an unknown topic', { tips: [{ id: 'abcdefghij', text: 'a', topic: 'astrology', createdAt: 1, updatedAt: 1 }] }, /tips\[0\]\.topic should be one of Tend’s topics/],
  ])('case 44: a damaged file is refused with a message: %s', (_, extra, message) => {
    const file = { format: 'tend-backup', formatVersion: 2, exportedAt: new Date(NOW).toISOString(), appVersion: '0.2.0', data: { items: [], events: [], settings: {}, ...extra } };
    const parsed = parseBackup(JSON.stringify(file), new Set(), NOW);
    expect(parsed.ok ? 'accepted' : parsed.message).toMatch(message);
  });
});
