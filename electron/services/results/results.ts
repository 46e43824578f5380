/**
 * A year's results and targets, read as the grid and the KPI tables show them (with last year's A–C % and the
 * cluster totals), and written from the grid or an import: every row in one transaction, or none.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { SchoolLevel } from '../../../shared/domain';
import { bi, FieldErrors } from '../../../shared/errors';
import type { ResultRowInput } from '../../../shared/results/api';
import { acPercent } from '../../../shared/results/percent';
import type { ClusterTotal, ResultRow, ResultSchool, ResultsList } from '../../../shared/results/types';
import type { DB } from '../../../db/schema';
import { listEntries } from '../coded-lists';
import { conflict } from '../versions';

type Db = Kysely<DB>;

/** Points between two percentages, to one decimal; null unless both are known. */
export const changeOf = (now: number | null, before: number | null): number | null => (now === null || before === null ? null : Math.round((now - before) * 10) / 10);

export async function activeSchools(db: Db): Promise<ResultSchool[]> {
  const rows = await db.selectFrom('schools').select(['id', 'abbreviation', 'name', 'level']).where('archived_at', 'is', null).orderBy('number').orderBy('id').execute();
  return rows.map((r) => ({ ...r, level: r.level as SchoolLevel }));
}

/** The years with results or targets, newest first (read from the year indexes alone). */
export async function resultYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('results').select('year').distinct().union(db.selectFrom('result_targets').select('year').distinct()).execute();
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

const keyOf = (schoolId: number, examTypeId: number, subjectId: number) => `${schoolId}|${examTypeId}|${subjectId}`;

export async function listResults(db: Db, year: number, examTypeId: number | null): Promise<ResultsList> {
  let results = db
    .selectFrom('results')
    .select(['school_id', 'exam_type_id', 'subject_id', 'year', 'sat', 'passed', 'version'])
    .where('year', 'in', [year, year - 1]);
  let targets = db.selectFrom('result_targets').select(['school_id', 'exam_type_id', 'subject_id', 'target_percent']).where('year', '=', year);
  if (examTypeId !== null) {
    results = results.where('exam_type_id', '=', examTypeId);
    targets = targets.where('exam_type_id', '=', examTypeId);
  }
  const [examTypes, subjects, schools, resultRows, targetRows] = await Promise.all([
    listEntries(db, 'exam_types', true),
    listEntries(db, 'subjects', true),
    activeSchools(db),
    results.execute(),
    targets.execute(),
  ]);

  const rows = new Map<string, ResultRow>();
  const row = (schoolId: number, examType: number, subjectId: number) => {
    const k = keyOf(schoolId, examType, subjectId);
    let r = rows.get(k);
    if (!r) {
      r = { schoolId, examTypeId: examType, subjectId, sat: null, passed: null, acPercent: null, target: null, lastYearPercent: null, change: null, version: 0 };
      rows.set(k, r);
    }
    return r;
  };
  const lastYear = new Map<string, number | null>();
  const totals = new Map<string, ClusterTotal>();
  const lastTotals = new Map<string, { sat: number; passed: number }>();
  for (const r of resultRows) {
    const tk = `${r.exam_type_id}|${r.subject_id}`;
    if (r.year === year) {
      Object.assign(row(r.school_id, r.exam_type_id, r.subject_id), { sat: r.sat, passed: r.passed, acPercent: acPercent(r.passed, r.sat), version: r.version });
      let t = totals.get(tk);
      if (!t) totals.set(tk, (t = { examTypeId: r.exam_type_id, subjectId: r.subject_id, sat: 0, passed: 0, acPercent: null, lastYearPercent: null, change: null, schools: 0 }));
      t.sat += r.sat;
      t.passed += r.passed;
      t.schools++;
    } else {
      lastYear.set(keyOf(r.school_id, r.exam_type_id, r.subject_id), acPercent(r.passed, r.sat));
      const l = lastTotals.get(tk) ?? { sat: 0, passed: 0 };
      l.sat += r.sat;
      l.passed += r.passed;
      lastTotals.set(tk, l);
    }
  }
  for (const t of targetRows) row(t.school_id, t.exam_type_id, t.subject_id).target = t.target_percent;
  for (const [k, r] of rows) {
    r.lastYearPercent = lastYear.get(k) ?? null;
    r.change = changeOf(r.acPercent, r.lastYearPercent);
  }
  for (const [k, t] of totals) {
    const l = lastTotals.get(k);
    t.acPercent = acPercent(t.passed, t.sat);
    t.lastYearPercent = l ? acPercent(l.passed, l.sat) : null;
    t.change = changeOf(t.acPercent, t.lastYearPercent);
  }
  const schoolOrder = new Map(schools.map((s, i) => [s.id, i]));
  const typeOrder = new Map(examTypes.map((e, i) => [e.id, i]));
  const subjectOrder = new Map(subjects.map((s, i) => [s.id, i]));
  const order = (a: { examTypeId: number; subjectId: number }, b: { examTypeId: number; subjectId: number }) =>
    (typeOrder.get(a.examTypeId) ?? 0) - (typeOrder.get(b.examTypeId) ?? 0) || (subjectOrder.get(a.subjectId) ?? 0) - (subjectOrder.get(b.subjectId) ?? 0);
  return {
    year,
    examTypes,
    subjects,
    schools,
    rows: [...rows.values()].sort((a, b) => (schoolOrder.get(a.schoolId) ?? 1e9) - (schoolOrder.get(b.schoolId) ?? 1e9) || order(a, b)),
    totals: [...totals.values()].sort(order),
  };
}

/** Refuses a school, subject or exam type that is not there (or archived, for a new result), at its field. */
async function checkRefs(db: Db, examTypeId: number, rows: readonly ResultRowInput[], path: (i: number, field: string) => string, errors: FieldErrors) {
  const [type, schools, subjects] = await Promise.all([
    db.selectFrom('exam_types').select('id').where('id', '=', examTypeId).executeTakeFirst(),
    db.selectFrom('schools').select('id').execute(),
    db.selectFrom('subjects').select('id').execute(),
  ]);
  if (!type) errors.add('examTypeId', bi('Choose an exam from the list', 'Pilih peperiksaan daripada senarai'));
  const schoolIds = new Set(schools.map((s) => s.id));
  const subjectIds = new Set(subjects.map((s) => s.id));
  rows.forEach((r, i) => {
    if (!schoolIds.has(r.schoolId)) errors.add(path(i, 'schoolId'), bi('Choose a school from the list', 'Pilih sekolah daripada senarai'));
    if (!subjectIds.has(r.subjectId)) errors.add(path(i, 'subjectId'), bi('Choose a subject from the list', 'Pilih mata pelajaran daripada senarai'));
  });
}

/**
 * Writes rows of one exam type and year inside the caller's transaction: a row with sat and A–C gives the
 * result, one with both empty removes it; a target given (a number or null) is set or removed. A row read at
 * another version than the stored one is a CONFLICT.
 */
export async function writeResultRows(trx: Db, year: number, examTypeId: number, rows: readonly ResultRowInput[]): Promise<void> {
  const errors = new FieldErrors();
  await checkRefs(trx, examTypeId, rows, (i, f) => `rows.${i}.${f}`, errors);
  errors.throwIfAny();
  const existing = new Map(
    (await trx.selectFrom('results').select(['id', 'school_id', 'subject_id', 'version']).where('year', '=', year).where('exam_type_id', '=', examTypeId).execute()).map((r) => [`${r.school_id}|${r.subject_id}`, r]),
  );
  const now = nowIso();
  for (const r of rows) {
    const old = existing.get(`${r.schoolId}|${r.subjectId}`);
    if (r.version !== undefined && r.version !== (old?.version ?? 0)) throw conflict(['Result', 'Keputusan']);
    if (r.sat === null || r.passed === null) {
      if (old) await trx.deleteFrom('results').where('id', '=', old.id).execute();
    } else if (old) {
      await trx.updateTable('results').set((eb) => ({ sat: r.sat as number, passed: r.passed as number, updated_at: now, version: eb('version', '+', 1) })).where('id', '=', old.id).where((eb) => eb.or([eb('sat', '!=', r.sat as number), eb('passed', '!=', r.passed as number)])).execute();
    } else {
      await trx.insertInto('results').values({ school_id: r.schoolId, year, exam_type_id: examTypeId, subject_id: r.subjectId, sat: r.sat, passed: r.passed }).execute();
    }
    if (r.targetPercent === undefined) continue;
    const where = { school_id: r.schoolId, exam_type_id: examTypeId, subject_id: r.subjectId, year };
    if (r.targetPercent === null) {
      await trx.deleteFrom('result_targets').where('school_id', '=', r.schoolId).where('exam_type_id', '=', examTypeId).where('subject_id', '=', r.subjectId).where('year', '=', year).execute();
    } else {
      await trx.insertInto('result_targets').values({ ...where, target_percent: r.targetPercent }).onConflict((oc) => oc.columns(['school_id', 'exam_type_id', 'subject_id', 'year']).doUpdateSet({ target_percent: r.targetPercent as number })).execute();
    }
  }
}

export async function saveResults(db: Db, input: { year: number; examTypeId: number; rows: ResultRowInput[] }): Promise<ResultsList> {
  await db.transaction().execute((trx) => writeResultRows(trx, input.year, input.examTypeId, input.rows));
  return listResults(db, input.year, input.examTypeId);
}
