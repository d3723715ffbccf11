import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '@/lib/mine/csv';
import { formatOf, MAX_TIPS_FILE_BYTES, readTips, TIPS_FILE_TOO_LARGE, writeTips } from '@/lib/mine/transfer';
import { checkNote, checkTip, tipCard, titleOf, type MyTip } from '@/lib/mine/model';
import { cardMeta } from '@/lib/format';
import { isCard } from '@/lib/newtab/snapshot';

const tip = (id: string, text: string, extra: Partial<MyTip> = {}): MyTip => ({ id, text, createdAt: 1, updatedAt: 1, ...extra });

describe('checking a tip (issue 17: text only, within the limits)', () => {
  it('keeps HTML, Markdown and line breaks as the characters typed, trimmed', () => {
    expect(checkTip({ text: '  <script>alert(1)</script>\r\n**x**  ', title: ' <b>t</b> ' })).toEqual({
      ok: true,
      value: { text: '<script>alert(1)</script>\n**x**', title: '<b>t</b>' },
    });
  });

  it.each([
    [{ text: '   ' }, /needs some text/],
    [{ text: 'x'.repeat(501) }, /up to 500 characters/],
    [{ text: 'ok', title: 't'.repeat(121) }, /title can be up to 120/],
    [{ text: 'ok', topic: 'astrology' }, /not one of Tend’s topics/],
    [{ text: 'bell \u0007 here' }, /invisible control character/],
    [{ text: 'right-to-left \u202e override' }, /invisible control character/],
    [{ text: 'ok', title: 'null \u0000' }, /The title has an invisible control character/],
  ])('case 41: refuses %j with a plain reason', (input, message) => {
    const checked = checkTip(input);
    expect(checked.ok ? 'accepted' : checked.message).toMatch(message);
  });

  it('case 41: limits a note to 1,000 characters and refuses control characters', () => {
    expect(checkNote(' a\r\nb ')).toEqual({ ok: true, value: 'a\nb' });
    expect(checkNote('x'.repeat(1001))).toMatchObject({ ok: false, message: /1,000 characters/ });
    expect(checkNote('\u001b[31m')).toMatchObject({ ok: false });
  });
});

describe('a tip as a card', () => {
  it('is text-only paragraphs, shown as yours, and passes the first-paint snapshot check', () => {
    const card = tipCard(tip('abcdefghij', '<img src=x onerror=alert(1)>\n**bold?**\n\nSecond part', { topic: 'sleep' }));
    expect(card).toEqual({
      id: 'mine-abcdefghij',
      kind: 'tip',
      title: '<img src=x onerror=alert(1)>',
      topics: ['sleep'],
      summary: [
        { t: 'p', c: [{ t: 'text', v: '<img src=x onerror=alert(1)>\n**bold?**' }] },
        { t: 'p', c: [{ t: 'text', v: 'Second part' }] },
      ],
      mine: true,
    });
    expect(cardMeta(card)).toBe('Your tip · Sleep');
    expect(cardMeta(tipCard(tip('abcdefghij', 'x')))).toBe('Your tip');
    expect(isCard(card)).toBe(true);
    expect(isCard({ ...card, mine: 'yes' })).toBe(false);
  });

  it('takes a title from its first words when it has none', () => {
    expect(titleOf({ text: 'one two three four five six seven eight nine ten' })).toBe('one two three four five six seven eight…');
    expect(titleOf({ text: 'Short\nsecond line', title: 'Given' })).toBe('Given');
  });
});

describe('CSV (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes, line breaks in a value and CRLF, with each row’s first line', () => {
    const read = readCsv('title,text\r\n"a, b","say ""hi""\nthere"\r\n\r\nplain,x\n');
    expect(read).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['title', 'text'] },
        { line: 2, fields: ['a, b', 'say "hi"\nthere'] },
        { line: 5, fields: ['plain', 'x'] },
      ],
    });
  });

  it.each([
    ['text\n"never closed\nmore', 2, /never closed/],
    ['text\nab"c\n', 2, /middle of a value/],
    ['text\n"a"b\n', 2, /followed by more text/],
  ])('case 43: names the line of broken quoting in %j', (text, line, message) => {
    const read = readCsv(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.line).toBe(line);
      expect(read.message).toMatch(message);
    }
  });

  it('writes what it reads back', () => {
    const rows = [['title', 'text'], ['a,b', 'x "y"\nz'], ['', ' lead']];
    const read = readCsv(writeCsv(rows));
    expect(read.ok && read.rows.map((r) => r.fields)).toEqual(rows);
  });
});

describe('reading a file of tips', () => {
  it('knows the format by the file name', () => {
    expect([formatOf('a.JSON'), formatOf('b.csv'), formatOf('c.txt'), formatOf('notes')]).toEqual(['json', 'csv', 'text', 'text']);
  });

  it('plain text: one tip per paragraph, line breaks inside kept', () => {
    expect(readTips('First\nstill first\n\n\n  Second  \n', 'text')).toEqual({ ok: true, tips: [{ text: 'First\nstill first' }, { text: '  Second  ' }] });
  });

  it('case 43: reports every bad row by line and accepts nothing', () => {
    const read = readTips(`ok one\n\n${'x'.repeat(501)}\n\nok two\n\nbell \u0007\n`, 'text');
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^2 tips in this file cannot be kept, so nothing was imported\. Line 3: .*500 characters.* Line 7: .*control character/) });
  });

  it('case 43: CSV needs a text column; title and topic are optional; a bad row is named by its line', () => {
    expect(readTips('text,topic\nBreathe,stress\n', 'csv')).toEqual({ ok: true, tips: [{ text: 'Breathe', title: undefined, topic: 'stress' }] });
    expect(readTips('words\nx\n', 'csv')).toMatchObject({ ok: false, message: expect.stringMatching(/column.*“text”/) });
    expect(readTips('text,topic\nfine,sleep\n"two\nlines",astrology\n', 'csv')).toMatchObject({ ok: false, message: expect.stringMatching(/Line 3: That topic/) });
    expect(readTips('text\n"broken\n', 'csv')).toMatchObject({ ok: false, message: expect.stringMatching(/broken on line 2/) });
  });

  it('JSON: Tend’s own export, a plain list of tips, or of strings', () => {
    expect(readTips('{"format":"tend-tips","tips":[{"text":"a","title":"T"}]}', 'json')).toEqual({ ok: true, tips: [{ text: 'a', title: 'T', topic: undefined }] });
    expect(readTips('["a","b"]', 'json')).toMatchObject({ ok: true, tips: [{ text: 'a' }, { text: 'b' }] });
    expect(readTips('{"other":1}', 'json')).toMatchObject({ ok: false, message: expect.stringMatching(/not a list of tips/) });
    expect(readTips('{nope', 'json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(readTips('[{"text":5}]', 'json')).toMatchObject({ ok: false, message: expect.stringMatching(/Tip 1: A tip needs some text/) });
  });

  it('case 43: a 10 MB file gets a clear message before anything is read', () => {
    expect(readTips('x', 'text', 10_000_000)).toEqual({ ok: false, message: TIPS_FILE_TOO_LARGE });
    expect(readTips('a\n\n'.repeat(MAX_TIPS_FILE_BYTES), 'text')).toEqual({ ok: false, message: TIPS_FILE_TOO_LARGE });
    expect(TIPS_FILE_TOO_LARGE).toMatch(/too large.*2 MB.*Nothing was imported/);
  });

  it('refuses more than 1,000 tips', () => {
    expect(readTips(Array.from({ length: 1001 }, (_, i) => `tip ${i}`).join('\n\n'), 'text')).toMatchObject({ ok: false, message: expect.stringMatching(/1,001 tips; you can keep up to 1,000/) });
  });
});

describe('exporting tips', () => {
  const tips = [tip('bbbbbbbbbb', 'Second, "quoted"\nline', { createdAt: 2, title: 'T', topic: 'sleep' }), tip('aaaaaaaaaa', '<b>first</b>', { createdAt: 1 })];

  it.each(['json', 'csv'] as const)('%s export reads back as the same tips, oldest first', (format) => {
    const read = readTips(writeTips(tips, format), format);
    expect(read).toEqual({
      ok: true,
      tips: [
        { text: '<b>first</b>', title: format === 'csv' ? '' : undefined, topic: format === 'csv' ? '' : undefined },
        { text: 'Second, "quoted"\nline', title: 'T', topic: 'sleep' },
      ],
    });
  });

  it('text export is one tip per paragraph', () => {
    expect(writeTips(tips, 'text')).toBe('<b>first</b>\n\nSecond, "quoted"\nline\n');
    expect(readTips(writeTips(tips, 'text'), 'text')).toMatchObject({ ok: true, tips: [{ text: '<b>first</b>' }, { text: 'Second, "quoted"\nline' }] });
  });
});
