/**
 * Reading a list of terms or holidays from a simple CSV: `date,name` or `start,end,name` per line, dates as
 * YYYY-MM-DD or DD/MM/YYYY (as typed in Brunei), comma, semicolon or tab separated, an optional header line.
 */
import { isCalendarDate } from '../dates';
import { bi } from '../errors';
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

export function parsePeriodCsv(csv: string): { ok: true; rows: PeriodRow[] } | { ok: false; message: string } {
  const rows: PeriodRow[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [i, raw] of lines.entries()) {
    const n = i + 1;
    if (raw.trim() === '') continue;
    const cells = splitCsvLine(raw);
    const first = readDate(cells[0] ?? '');
    if (!first) {
      if (rows.length === 0 && i === lines.findIndex((l) => l.trim() !== '')) continue; // header line
      return { ok: false, message: bi(`Line ${n}: "${cells[0] ?? ''}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`, `Baris ${n}: "${cells[0] ?? ''}" bukan tarikh (gunakan TTTT-BB-HH atau HH/BB/TTTT).`) };
    }
    const second = cells.length >= 3 ? readDate(cells[1] ?? '') : null;
    if (cells.length >= 3 && !second) {
      return { ok: false, message: bi(`Line ${n}: "${cells[1] ?? ''}" is not a date.`, `Baris ${n}: "${cells[1] ?? ''}" bukan tarikh.`) };
    }
    const name = (second ? cells.slice(2) : cells.slice(1)).join(', ').trim();
    if (!name) return { ok: false, message: bi(`Line ${n}: the name is missing.`, `Baris ${n}: nama tiada.`) };
    if (name.length > 200) return { ok: false, message: bi(`Line ${n}: the name is too long.`, `Baris ${n}: nama terlalu panjang.`) };
    const end = second ?? first;
    if (daysBetween(first, end) < 0) return { ok: false, message: bi(`Line ${n}: the end date is before the start date.`, `Baris ${n}: tarikh tamat sebelum tarikh mula.`) };
    rows.push({ start: first, end, name });
    if (rows.length > 1000) return { ok: false, message: bi('At most 1000 lines can be imported at once.', 'Paling banyak 1000 baris boleh diimport sekali gus.') };
  }
  return { ok: true, rows };
}
