// Importing and exporting your tips as JSON, plain text (one tip per paragraph) and CSV. Pure:
// reading a file checks every tip first and reports the bad ones by line; nothing is written here.
import { checkTip, MINE_LIMITS, type MyTip, type TipInput } from './model';
import { readCsv, writeCsv } from './csv';
import { parseSafeJson } from '../backup/safe-json';

export type TipsFormat = 'json' | 'text' | 'csv';

/** The largest file of tips read at all: 1,000 tips at their longest are well under it. */
export const MAX_TIPS_FILE_BYTES = 2_000_000;
export const TIPS_FILE_TOO_LARGE = `This file is too large to be a list of tips (the limit is ${MAX_TIPS_FILE_BYTES / 1_000_000} MB). Nothing was imported.`;

export const JSON_FORMAT = 'tend-tips';

export type TipsRead = { ok: true; tips: TipInput[] } | { ok: false; message: string };

/** How a file's name says it is written: .json, .csv, or anything else is plain text. */
export function formatOf(fileName: string): TipsFormat {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : 'text';
}

interface Row {
  line: number;
  input: TipInput;
}

/** Shown at most this many bad rows; the count says how many in all. */
const SHOWN = 5;

function check(rows: readonly Row[], where: (line: number) => string): TipsRead {
  if (rows.length === 0) return { ok: false, message: 'This file has no tips in it. Nothing was imported.' };
  if (rows.length > MINE_LIMITS.tips) {
    return { ok: false, message: `This file has ${rows.length.toLocaleString('en')} tips; you can keep up to ${MINE_LIMITS.tips.toLocaleString('en')}. Nothing was imported.` };
  }
  const bad: string[] = [];
  for (const row of rows) {
    const checked = checkTip(row.input);
    if (!checked.ok) bad.push(`${where(row.line)}: ${checked.message}`);
  }
  if (bad.length === 0) return { ok: true, tips: rows.map((r) => r.input) };
  const more = bad.length > SHOWN ? ` (and ${bad.length - SHOWN} more)` : '';
  return { ok: false, message: `${bad.length === 1 ? 'One tip' : `${bad.length} tips`} in this file cannot be kept, so nothing was imported. ${bad.slice(0, SHOWN).join(' ')}${more}` };
}

const lineOf = (line: number) => `Line ${line}`;

function readText(text: string): TipsRead {
  const rows: Row[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length) rows.push({ line: start, input: { text: current.join('\n') } });
    current = [];
  };
  lines.forEach((l, i) => {
    if (l.trim() === '') flush();
    else {
      if (!current.length) start = i + 1;
      current.push(l);
    }
  });
  flush();
  return check(rows, lineOf);
}

function readCsvTips(text: string): TipsRead {
  const read = readCsv(text.replace(/^\uFEFF/, ''));
  if (!read.ok) return { ok: false, message: `This CSV file is broken on line ${read.line}: ${read.message}. Nothing was imported.` };
  const [header, ...rows] = read.rows;
  const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const at = (name: string) => columns.indexOf(name);
  if (at('text') < 0) return { ok: false, message: 'This CSV file needs a first line naming its columns, with one called “text” (and, if you like, “title” and “topic”). Nothing was imported.' };
  const value = (fields: string[], name: string) => (at(name) < 0 ? undefined : fields[at(name)]);
  return check(
    rows.map(({ line, fields }) => ({ line, input: { text: value(fields, 'text') ?? '', title: value(fields, 'title'), topic: value(fields, 'topic') } })),
    lineOf,
  );
}

function readJson(text: string): TipsRead {
  const json = parseSafeJson(text);
  if (!json.ok) return { ok: false, message: 'This file is not valid JSON. Nothing was imported.' };
  const raw = json.value as unknown;
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null && Array.isArray((raw as { tips?: unknown }).tips) ? (raw as { tips: unknown[] }).tips : undefined;
  if (!list) return { ok: false, message: `This JSON file is not a list of tips (Tend’s own export says “format”: “${JSON_FORMAT}”). Nothing was imported.` };
  const rows: Row[] = list.map((entry, i) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : { text: entry }) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { line: i + 1, input: { text: str(e.text) ?? '', title: str(e.title), topic: str(e.topic) } };
  });
  return check(rows, (n) => `Tip ${n}`);
}

/** Reads a file of tips; `bytes` is the file's size, checked before anything else. */
export function readTips(text: string, format: TipsFormat, bytes = text.length): TipsRead {
  if (bytes > MAX_TIPS_FILE_BYTES || text.length > MAX_TIPS_FILE_BYTES) return { ok: false, message: TIPS_FILE_TOO_LARGE };
  return format === 'json' ? readJson(text) : format === 'csv' ? readCsvTips(text) : readText(text);
}

/** Oldest first, so an export imported again keeps the same order. */
const inOrder = (tips: readonly MyTip[]) => [...tips].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));

export function writeTips(tips: readonly MyTip[], format: TipsFormat): string {
  const list = inOrder(tips);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ format: JSON_FORMAT, formatVersion: 1, tips: list.map(({ title, text, topic }) => ({ ...(title ? { title } : {}), text, ...(topic ? { topic } : {}) })) }, null, 2)}\n`;
    case 'csv':
      return writeCsv([['title', 'text', 'topic'], ...list.map((t) => [t.title ?? '', t.text, t.topic ?? ''])]);
    case 'text':
      // A paragraph per tip; a blank line inside a tip would split it, so it becomes one line break.
      return `${list.map((t) => t.text.replace(/\n\s*\n/g, '\n')).join('\n\n')}\n`;
  }
}

export const MIME: Record<TipsFormat, string> = { json: 'application/json', csv: 'text/csv', text: 'text/plain' };
export const EXTENSION: Record<TipsFormat, string> = { json: 'json', csv: 'csv', text: 'txt' };
