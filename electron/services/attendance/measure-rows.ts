/**
 * Reads what the measures of a year's initiatives are valued from, in a handful of statements found through
 * indexes: the initiatives' events by events_initiative, their attendance by its primary key, results by year.
 */
import type { Kysely } from 'kysely';
import type { CodedOption, InitiativeMeasures, MeasuresOfYear } from '../../../shared/attendance/types';
import type { DB } from '../../../db/schema';
import type { CodedEntry } from '../../../shared/domain';
import { listEntries } from '../coded-lists';
import { valueMeasures, type MeasureRows } from './measures';

type Db = Kysely<DB>;

/** The rows behind the measures of a year's live initiatives, or of one of them. */
export async function loadMeasureRows(db: Db, year: number, initiativeId?: number): Promise<MeasureRows> {
  const ofYear = () => {
    let q = db.selectFrom('initiatives').select('id').where('year', '=', year).where('deleted_at', 'is', null);
    if (initiativeId !== undefined) q = q.where('id', '=', initiativeId);
    return q;
  };
  const [initiatives, measures, initiativeSchools, schools, leaders, attendedPeople, attendedSchools] = await Promise.all([
    db
      .selectFrom('initiatives')
      .select(['id', 'code', 'name', 'name_en', 'colour', 'version', 'target_levels'])
      .where('id', 'in', ofYear())
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('initiative_measures')
      .select(['id', 'initiative_id', 'position', 'label_ms', 'label_en', 'kind', 'target', 'exam_type_id', 'subject_id', 'count_value', 'version'])
      .where('initiative_id', 'in', ofYear())
      .execute(),
    db.selectFrom('initiative_schools').select(['initiative_id', 'school_id']).where('initiative_id', 'in', ofYear()).execute(),
    db.selectFrom('schools').select(['id', 'level']).where('archived_at', 'is', null).execute(),
    db
      .selectFrom('people as p')
      .innerJoin('schools as s', 's.id', 'p.school_id')
      .select(['p.id', 's.id as school_id'])
      .where('p.leader_role', 'is not', null)
      .where('p.archived_at', 'is', null)
      .where('s.archived_at', 'is', null)
      .execute(),
    db
      .selectFrom('events as e')
      .innerJoin('attendance_people as ap', 'ap.event_id', 'e.id')
      .select(['e.initiative_id', 'ap.person_id'])
      .select((eb) => eb.fn.max<number>('ap.presented').as('presented'))
      .where('e.initiative_id', 'in', ofYear())
      .groupBy(['e.initiative_id', 'ap.person_id'])
      .execute(),
    db
      .selectFrom('events as e')
      .innerJoin('attendance_schools as a', 'a.event_id', 'e.id')
      .select(['e.initiative_id', 'a.school_id'])
      .where('e.initiative_id', 'in', ofYear())
      .groupBy(['e.initiative_id', 'a.school_id'])
      .execute(),
  ]);
  const examTypes = [...new Set(measures.filter((m) => m.kind === 'result-change' && m.exam_type_id !== null).map((m) => m.exam_type_id as number))];
  const results = examTypes.length
    ? await db
        .selectFrom('results')
        .select(['year', 'exam_type_id', 'subject_id', 'sat', 'passed'])
        .where('year', 'in', [year - 1, year])
        .where('exam_type_id', 'in', examTypes)
        .execute()
    : [];
  const atOne = <R extends { initiative_id: number | null }>(rows: R[]) => rows.filter((r): r is R & { initiative_id: number } => r.initiative_id !== null);
  return {
    year,
    initiatives,
    measures,
    initiativeSchools,
    schools,
    leaders,
    attendedPeople: atOne(attendedPeople),
    attendedSchools: atOne(attendedSchools),
    results,
  };
}

const option = (e: CodedEntry): CodedOption => ({ id: e.id, code: e.code, nameMs: e.nameMs, nameEn: e.nameEn });

/** Every live initiative of the year with its measures valued, and the exam types and subjects a measure may name. */
export async function listMeasures(db: Db, year: number): Promise<MeasuresOfYear> {
  const [rows, examTypes, subjects] = await Promise.all([
    loadMeasureRows(db, year),
    listEntries(db, 'exam_types'),
    listEntries(db, 'subjects'),
  ]);
  return { year, initiatives: valueMeasures(rows), examTypes: examTypes.map(option), subjects: subjects.map(option) };
}

/** One initiative's measures valued (after a save). */
export async function initiativeMeasures(db: Db, year: number, initiativeId: number): Promise<InitiativeMeasures | undefined> {
  return valueMeasures(await loadMeasureRows(db, year, initiativeId))[0];
}
