/**
 * Reading a list of terms or holidays from a simple CSV: `date,name` or `start,end,name` per line, dates as
 * YYYY-MM-DD or DD/MM/YYYY (as typed in Brunei), comma, semicolon or tab separated, an optional header line.
 */
import { isCalendarDate } from '../dates';
import { bi, localize } from '../errors';
import { daysBetween } from './calendar-dates';

export interface PeriodRow {
  start: string;
  end: string;
  name: string;
}

/** One CSV line split into cells, honouring double quotes. */
export function splitCsvLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === sep && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** `YYYY-MM-DD` for a typed date, or null. */
export function readDate(text: string): string | null {
  const t = text.trim();
  if (isCalendarDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/**
 * One line of a list of terms or holidays, as cells: `date, name` or `start, end, name`. Answers the period,
 * or what is wrong with the line (in both languages, without its number), or null for a line that is no date
 * at all (a header).
 */
export function readPeriodLine(cells: string[]): { row: PeriodRow } | { error: string } | null {
  const first = readDate(cells[0] ?? '');
  if (!first) return null;
  const second = cells.length >= 3 ? readDate(cells[1] ?? '') : null;
  if (cells.length >= 3 && !second) return { error: bi(`"${cells[1] ?? ''}" is not a date.`, `"${cells[1] ?? ''}" bukan tarikh.`) };
  const name = (second ? cells.slice(2) : cells.slice(1)).filter(Boolean).join(', ').trim();
  if (!name) return { error: bi('The name is missing.', 'Nama tiada.') };
  if (name.length > 200) return { error: bi('The name is too long.', 'Nama terlalu panjang.') };
  const end = second ?? first;
  if (daysBetween(first, end) < 0) return { error: bi('The end date is before the start date.', 'Tarikh tamat sebelum tarikh mula.') };
  return { row: { start: first, end, name } };
}

/** Line `n` said in front of a line's message. */
const onLine = (n: number, message: string) => bi(`Line ${n}: ${localize(message, 'en')}`, `Baris ${n}: ${localize(message, 'ms')}`);

export function parsePeriodCsv(csv: string): { ok: true; rows: PeriodRow[] } | { ok: false; message: string } {
  const rows: PeriodRow[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [i, raw] of lines.entries()) {
    const n = i + 1;
    if (raw.trim() === '') continue;
    const cells = splitCsvLine(raw);
    const read = readPeriodLine(cells);
    if (!read) {
      if (rows.length === 0 && i === lines.findIndex((l) => l.trim() !== '')) continue; // header line
      return { ok: false, message: bi(`Line ${n}: "${cells[0] ?? ''}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`, `Baris ${n}: "${cells[0] ?? ''}" bukan tarikh (gunakan TTTT-BB-HH atau HH/BB/TTTT).`) };
    }
    if ('error' in read) return { ok: false, message: onLine(n, read.error) };
    rows.push(read.row);
    if (rows.length > 1000) return { ok: false, message: bi('At most 1000 lines can be imported at once.', 'Paling banyak 1000 baris boleh diimport sekali gus.') };
  }
  return { ok: true, rows };
}
