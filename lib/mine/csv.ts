// A small RFC 4180 CSV reader and writer. Pure. Quoted fields may hold commas, quotes ("") and
// line breaks; a quote anywhere else, or a quoted field left open, is an error with its line.

export interface CsvRow {
  /** The line the row starts on, from 1. */
  line: number;
  fields: string[];
}

export type CsvRead = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

export function readCsv(text: string): CsvRead {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  // Whether the current field began with a quote and is still open, or was quoted and has closed.
  let quoted = false;
  let closed = false;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
    closed = false;
  };
  const endRow = () => {
    endField();
    // A blank line is no row.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        closed = true;
        i++;
        continue;
      }
      if (c === '\n') line++;
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        continue; // the \n that follows is kept, once
      }
      field += c;
      i++;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else if (closed) {
      return { ok: false, line, message: 'a quoted value is followed by more text before the next comma (a quote inside a value must be doubled: "")' };
    } else if (c === '"') {
      if (field !== '') return { ok: false, line, message: 'a quote appears in the middle of a value (put the whole value in quotes and double the quote: "")' };
      quoted = true;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { ok: false, line: rowLine, message: 'a quoted value is never closed (a closing quote is missing)' };
  if (field !== '' || fields.length > 0 || closed) endRow();
  return { ok: true, rows };
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, with CRLF line ends as RFC 4180 asks. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
