/**
 * The school terms or holidays read in from a spreadsheet or CSV through the same preview as the roster:
 * every line shown as new, unchanged (the same name and dates are there already) or its error by line
 * number, then, on the clerk's word, every new one written in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { formatDate, type Language } from '../../../shared/dates';
import { AppError, bi, localize } from '../../../shared/errors';
import type { ImportPreview, ImportRow } from '../../../shared/imports/api';
import type { PeriodKind } from '../../../shared/plan/types';
import { readPeriodLine, type PeriodRow } from '../../../shared/plan/period-csv';
import { addNewPeriods } from '../calendar/periods';
import { fileError, readGrids, tooManyRows, type Cell } from './read';

const LIFETIME_MS = 30 * 60 * 1000;
const MAX_LINES = 1000;

interface StoredPeriods {
  createdAt: number;
  kind: PeriodKind;
  planned: PeriodRow[];
  unchanged: number;
  errors: number;
}

const previews = new WeakMap<object, Map<string, StoredPeriods>>();
const storeOf = (owner: object) => {
  let m = previews.get(owner);
  if (!m) previews.set(owner, (m = new Map<string, StoredPeriods>()));
  return m;
};

/** A cell as the line reader takes it: an Excel date as YYYY-MM-DD, anything else as its text. */
const text = (c: Cell): string => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c).trim());

const NO_MAPPING = {
  schools: { number: null, name: null, abbreviation: null, level: null, wseBand: null, phone: null, email: null, address: null, notes: null },
  leaders: { abbreviation: null, role: null, name: null, title: null, appointedOn: null },
};

export async function previewPeriods(db: Kysely<DB>, owner: object, input: { periodKind: PeriodKind; file: string; fileName: string }, language: Language): Promise<ImportPreview> {
  const bytes = Buffer.from(input.file, 'base64');
  const [grid] = await readGrids(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), input.fileName);
  const lines = (grid?.lines ?? []).filter((l) => l.cells.some((c) => text(c) !== ''));
  if (lines.length > MAX_LINES) throw tooManyRows();
  const existing = new Set((await db.selectFrom('calendar_periods').select(['name', 'start_date', 'end_date']).where('kind', '=', input.periodKind).execute()).map((p) => `${p.name}|${p.start_date}|${p.end_date}`));

  const rows: ImportRow[] = [];
  const planned: PeriodRow[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  lines.forEach((line, i) => {
    const read = readPeriodLine(line.cells.map(text));
    // The first line with no date is the header.
    if (!read && i === 0) return;
    const base = { sheet: 'schools' as const, row: line.row, abbreviation: '', changes: [] };
    if (!read || 'error' in read) {
      const message = read ? read.error : bi(`"${text(line.cells[0] ?? null)}" is not a date (use DD/MM/YYYY or YYYY-MM-DD).`, `"${text(line.cells[0] ?? null)}" bukan tarikh (gunakan HH/BB/TTTT atau TTTT-BB-HH).`);
      rows.push({ ...base, outcome: 'error', name: text(line.cells.at(-1) ?? null), errors: [{ column: localize(bi('Line', 'Baris'), language), message: localize(message, language) }] });
      return;
    }
    const r = read.row;
    const key = `${r.name}|${r.start}|${r.end}`;
    const when = r.start === r.end ? formatDate(r.start) : `${formatDate(r.start)} – ${formatDate(r.end)}`;
    const named = { ...base, name: `${r.name} (${when})`, errors: [] };
    if (existing.has(key) || seen.has(key)) {
      unchanged++;
      rows.push({ ...named, outcome: 'unchanged' });
      return;
    }
    seen.add(key);
    planned.push(r);
    rows.push({ ...named, outcome: 'new' });
  });
  if (rows.length === 0) throw fileError('The file has no dates in it.', 'Fail ini tidak mengandungi tarikh.');

  const errors = rows.filter((r) => r.outcome === 'error').length;
  const previewId = randomUUID();
  const createdAt = Date.now();
  storeOf(owner).set(previewId, { createdAt, kind: input.periodKind, planned, unchanged, errors });
  return {
    previewId,
    fileName: input.fileName,
    headers: { schools: [], leaders: [] },
    mapping: NO_MAPPING,
    rows,
    counts: { new: planned.length, update: 0, unchanged, error: errors },
    canCommit: errors === 0 && planned.length > 0,
    expiresAt: new Date(createdAt + LIFETIME_MS).toISOString(),
  };
}

/** Commits a periods preview if `previewId` is one (else null: the roster's store is asked). */
export async function commitPeriods(db: Kysely<DB>, owner: object, previewId: string): Promise<{ created: number; updated: number; unchanged: number } | null> {
  const store = storeOf(owner);
  const p = store.get(previewId);
  if (!p || Date.now() - p.createdAt > LIFETIME_MS) return null;
  if (p.errors > 0) {
    throw new AppError('VALIDATION', bi(`${p.errors} lines of the file have errors: correct them and read the file again. Nothing was imported.`, `${p.errors} baris dalam fail mempunyai ralat: betulkan dan baca fail itu semula. Tiada apa diimport.`), 'previewId');
  }
  // A period entered by hand since the file was read is not added twice.
  const created = await db.transaction().execute((trx) => addNewPeriods(trx, p.kind, p.planned));
  store.delete(previewId);
  return { created, updated: 0, unchanged: p.unchanged + p.planned.length - created };
}
