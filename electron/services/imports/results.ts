/**
 * A year's results of one exam type read in from Excel or CSV through the import preview: a line per school
 * and subject (School, Subject, Sat, A–C, Target %). Every line is shown as new, changed, unchanged or its
 * errors by line number; the commit writes all the good lines in one transaction, the bad ones left out.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/dates';
import { AppError, bi, localize } from '../../../shared/errors';
import type { ImportChange, ImportPreview, ImportRow, ImportRowError, ResultImportField } from '../../../shared/imports/api';
import { resultRow, type ResultRowInput } from '../../../shared/results/api';
import { abbreviationKey } from '../../../shared/text';
import type { DB } from '../../../db/schema';
import { writeResultRows } from '../results/results';
import { fileError, readGrids, tooManyRows, type Cell, type Line } from './read';

const LIFETIME_MS = 30 * 60 * 1000;
const MAX_LINES = 5000;

type Column = 'school' | 'subject' | ResultImportField;
/** Headers compared without case, accents, spaces or punctuation: "A–C" is "ac", "Target %" is "target". */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const HEADERS: Record<Column, string[]> = {
  school: ['school', 'sekolah', 'abbreviation', 'singkatan', 'schoolname', 'namasekolah'],
  subject: ['subject', 'matapelajaran', 'subjek', 'mp'],
  sat: ['sat', 'menduduki', 'candidates', 'calon', 'bilangancalon', 'entries'],
  passed: ['ac', 'passed', 'lulus', 'gredac', 'gradesac', 'bilanganac'],
  targetPercent: ['target', 'sasaran', 'targetac', 'sasaranac'],
};
const LABELS: Record<Column, [string, string]> = {
  school: ['School', 'Sekolah'],
  subject: ['Subject', 'Mata pelajaran'],
  sat: ['Sat', 'Menduduki'],
  passed: ['A–C', 'A–C'],
  targetPercent: ['Target %', 'Sasaran %'],
};

interface StoredResults {
  createdAt: number;
  year: number;
  examTypeId: number;
  planned: ResultRowInput[];
  created: number;
  updated: number;
  unchanged: number;
}
const previews = new WeakMap<object, Map<string, StoredResults>>();
const storeOf = (owner: object) => {
  let m = previews.get(owner);
  if (!m) previews.set(owner, (m = new Map<string, StoredResults>()));
  return m;
};

const textOf = (c: Cell): string => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).replace(/\u00a0/g, ' ').trim());
/** A number cell or its text ("45", "60%"); anything else handed on as typed for the schema to refuse. */
function numberOf(c: Cell): unknown {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  const t = textOf(c).replace(/%$/, '').trim();
  if (t === '') return null;
  return /^-?[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : t;
}

/** The header line: the first line naming a school column and a subject column; each column by its header. */
function findColumns(lines: Line[]): { header: Line; columns: Partial<Record<Column, number>> } | null {
  for (const line of lines.slice(0, 10)) {
    const folded = line.cells.map((c) => fold(textOf(c)));
    const columns: Partial<Record<Column, number>> = {};
    for (const col of Object.keys(HEADERS) as Column[]) {
      const i = folded.findIndex((h, j) => h !== '' && HEADERS[col].includes(h) && !Object.values(columns).includes(j));
      if (i >= 0) columns[col] = i;
    }
    if (columns.school !== undefined && columns.subject !== undefined) return { header: line, columns };
  }
  return null;
}

export async function previewResults(db: Kysely<DB>, owner: object, input: { year: number; examTypeId: number; file: string; fileName: string }, language: Language): Promise<ImportPreview> {
  const type = await db.selectFrom('exam_types').select('id').where('id', '=', input.examTypeId).executeTakeFirst();
  if (!type) throw new AppError('VALIDATION', bi('Choose an exam from the list.', 'Pilih peperiksaan daripada senarai.'), 'examTypeId', [{ field: 'examTypeId', message: bi('Choose an exam from the list.', 'Pilih peperiksaan daripada senarai.') }]);
  const bytes = Buffer.from(input.file, 'base64');
  const grids = await readGrids(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), input.fileName);
  const found = grids.map((g) => ({ grid: g, table: findColumns(g.lines) })).find((x) => x.table !== null);
  if (!found?.table) throw fileError('No sheet has a header line with School and Subject columns.', 'Tiada helaian yang mempunyai baris tajuk dengan lajur Sekolah dan Mata pelajaran.');
  const { header, columns } = found.table;
  const lines = found.grid.lines.filter((l) => l.row > header.row);
  if (lines.length > MAX_LINES) throw tooManyRows();

  const [schools, subjects, existing, targets] = await Promise.all([
    db.selectFrom('schools').select(['id', 'name', 'abbreviation']).execute(),
    db.selectFrom('subjects').select(['id', 'code', 'name_ms', 'name_en']).execute(),
    db.selectFrom('results').select(['school_id', 'subject_id', 'sat', 'passed']).where('year', '=', input.year).where('exam_type_id', '=', input.examTypeId).execute(),
    db.selectFrom('result_targets').select(['school_id', 'subject_id', 'target_percent']).where('year', '=', input.year).where('exam_type_id', '=', input.examTypeId).execute(),
  ]);
  const schoolBy = new Map<string, (typeof schools)[number]>();
  for (const s of schools) {
    schoolBy.set(`n:${fold(s.name)}`, s);
    schoolBy.set(`a:${abbreviationKey(s.abbreviation)}`, s);
  }
  const subjectBy = new Map<string, (typeof subjects)[number]>();
  for (const s of subjects) for (const w of [s.code, s.name_ms, s.name_en]) subjectBy.set(fold(w), s);
  const resultOf = new Map(existing.map((r) => [`${r.school_id}|${r.subject_id}`, r]));
  const targetOf = new Map(targets.map((t) => [`${t.school_id}|${t.subject_id}`, t.target_percent]));

  const headerOf = (c: Column) => {
    const i = columns[c];
    return i !== undefined ? textOf(header.cells[i] ?? null) : localize(bi(LABELS[c][0], LABELS[c][1]), language);
  };
  const cell = (line: Line, c: Column): Cell => {
    const i = columns[c];
    return i === undefined ? null : (line.cells[i] ?? null);
  };
  const rows: ImportRow[] = [];
  const planned: ResultRowInput[] = [];
  const lineOf = new Map<string, number>();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const line of lines) {
    const schoolText = textOf(cell(line, 'school'));
    const subjectText = textOf(cell(line, 'subject'));
    const errors: ImportRowError[] = [];
    const fail = (c: Column, en: string, ms: string) => errors.push({ column: headerOf(c), message: localize(bi(en, ms), language) });
    const school = schoolBy.get(`a:${abbreviationKey(schoolText)}`) ?? schoolBy.get(`n:${fold(schoolText)}`);
    const subject = subjectBy.get(fold(subjectText));
    if (schoolText === '') fail('school', 'The school is missing.', 'Sekolah tiada.');
    else if (!school) fail('school', `No school is named or abbreviated "${schoolText}".`, `Tiada sekolah bernama atau bersingkatan "${schoolText}".`);
    if (subjectText === '') fail('subject', 'The subject is missing.', 'Mata pelajaran tiada.');
    else if (!subject) fail('subject', `No subject has the code or name "${subjectText}".`, `Tiada mata pelajaran dengan kod atau nama "${subjectText}".`);
    const target = numberOf(cell(line, 'targetPercent'));
    const parsed = resultRow.safeParse({
      schoolId: school?.id ?? 1,
      subjectId: subject?.id ?? 1,
      sat: numberOf(cell(line, 'sat')),
      passed: numberOf(cell(line, 'passed')),
      ...(target === null ? {} : { targetPercent: target }),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'sat' || field === 'passed' || field === 'targetPercent') errors.push({ column: headerOf(field), message: localize(issue.message, language) });
      }
    } else if (parsed.data.sat === null && parsed.data.targetPercent === undefined) {
      fail('sat', 'Enter how many sat and how many reached A–C.', 'Masukkan bilangan yang menduduki dan yang mendapat A–C.');
    }
    const key = school && subject ? `${school.id}|${subject.id}` : null;
    if (key !== null) {
      const first = lineOf.get(key);
      if (first !== undefined) fail('subject', `${schoolText} ${subjectText} is already on line ${first}.`, `${schoolText} ${subjectText} sudah ada pada baris ${first}.`);
      else lineOf.set(key, line.row);
    }
    const base = { sheet: 'schools' as const, row: line.row, abbreviation: school?.abbreviation ?? schoolText, name: subject ? (language === 'en' ? subject.name_en : subject.name_ms) : subjectText };
    if (errors.length > 0 || !parsed.success || key === null || !school || !subject) {
      rows.push({ ...base, outcome: 'error', changes: [], errors });
      continue;
    }
    const r = parsed.data;
    const old = resultOf.get(key);
    const oldTarget = targetOf.get(key);
    const show = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    const changes: ImportChange[] = [];
    // Sat and A–C empty on a line leave the result as it is: only the target is read from it.
    if (r.sat !== null) {
      if (show(old?.sat) !== show(r.sat)) changes.push({ field: 'sat', old: show(old?.sat), new: show(r.sat) });
      if (show(old?.passed) !== show(r.passed)) changes.push({ field: 'passed', old: show(old?.passed), new: show(r.passed) });
    }
    if (r.targetPercent !== undefined && show(oldTarget) !== show(r.targetPercent)) changes.push({ field: 'targetPercent', old: show(oldTarget), new: show(r.targetPercent) });
    const outcome = changes.length === 0 ? 'unchanged' : !old && oldTarget === undefined ? 'new' : 'update';
    rows.push({ ...base, outcome, changes, errors: [] });
    if (outcome === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    counts[outcome === 'new' ? 'created' : 'updated']++;
    planned.push(r.sat === null ? { schoolId: school.id, subjectId: subject.id, sat: old?.sat ?? null, passed: old?.passed ?? null, targetPercent: r.targetPercent } : { ...r, schoolId: school.id, subjectId: subject.id });
  }
  if (rows.length === 0) throw fileError('The file has no results under its header line.', 'Fail ini tiada keputusan di bawah baris tajuknya.');

  const errorCount = rows.filter((r) => r.outcome === 'error').length;
  const previewId = randomUUID();
  const createdAt = Date.now();
  storeOf(owner).set(previewId, { createdAt, year: input.year, examTypeId: input.examTypeId, planned, ...counts });
  return {
    previewId,
    fileName: input.fileName,
    headers: { schools: header.cells.map(textOf), leaders: [] },
    mapping: {
      schools: { number: null, name: null, abbreviation: null, level: null, wseBand: null, phone: null, email: null, address: null, notes: null },
      leaders: { abbreviation: null, role: null, name: null, title: null, appointedOn: null },
    },
    rows,
    counts: { new: counts.created, update: counts.updated, unchanged: counts.unchanged, error: errorCount },
    // The good lines are written even when others have errors; those are left out and shown.
    canCommit: planned.length > 0,
    expiresAt: new Date(createdAt + LIFETIME_MS).toISOString(),
  };
}

/** Commits a results preview if `previewId` is one (else null: another kind's store is asked). */
export async function commitResults(db: Kysely<DB>, owner: object, previewId: string): Promise<{ created: number; updated: number; unchanged: number } | null> {
  const store = storeOf(owner);
  const p = store.get(previewId);
  if (!p || Date.now() - p.createdAt > LIFETIME_MS) return null;
  await db.transaction().execute((trx) => writeResultRows(trx, p.year, p.examTypeId, p.planned));
  store.delete(previewId);
  return { created: p.created, updated: p.updated, unchanged: p.unchanged };
}
