/** Reading visits with their officers, next steps and observations. */
import type { Kysely } from 'kysely';
import { notFound } from '../../../shared/errors';
import type { Visit, VisitStatus } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;

export async function readVisits(db: Db, filter: { ids?: number[]; from?: string; to?: string; schoolId?: number | null; personId?: number | null }): Promise<Visit[]> {
  let q = db
    .selectFrom('visits as v')
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
    .selectAll('v')
    .select(['s.abbreviation', 's.name as school_name', 'p.name_ms', 'p.name_en'])
    .orderBy('v.date')
    .orderBy('v.id');
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('v.id', 'in', filter.ids);
  }
  if (filter.from) q = q.where('v.date', '>=', filter.from);
  if (filter.to) q = q.where('v.date', '<=', filter.to);
  if (filter.schoolId) q = q.where('v.school_id', '=', filter.schoolId);
  if (filter.personId) {
    const personId = filter.personId;
    q = q.where('v.id', 'in', db.selectFrom('visit_officers').select('visit_id').where('person_id', '=', personId));
  }
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [officers, steps, observations, ratings] = await Promise.all([
    db.selectFrom('visit_officers as o').innerJoin('people as p', 'p.id', 'o.person_id').select(['o.visit_id', 'p.id', 'p.name']).where('o.visit_id', 'in', ids).orderBy('p.position').orderBy('p.id').execute(),
    db.selectFrom('next_steps').selectAll().where('visit_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('observations').selectAll().where('visit_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('observation_ratings as r')
      .innerJoin('observations as o', 'o.id', 'r.observation_id')
      .innerJoin('rubric_criteria as c', 'c.id', 'r.criterion_id')
      .select(['r.observation_id', 'r.criterion_id', 'r.rating'])
      .where('o.visit_id', 'in', ids)
      .orderBy('c.position')
      .execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    school: r.abbreviation,
    schoolName: r.school_name,
    date: r.date,
    purposeId: r.purpose_id,
    purposeMs: r.name_ms,
    purposeEn: r.name_en,
    status: r.status as VisitStatus,
    officerIds: officers.filter((o) => o.visit_id === r.id).map((o) => o.id),
    officers: officers.filter((o) => o.visit_id === r.id).map((o) => o.name),
    peopleMet: r.people_met,
    findings: r.findings,
    nextVisitDate: r.next_visit_date,
    version: r.version,
    nextSteps: steps
      .filter((s) => s.visit_id === r.id)
      .map((s) => ({ id: s.id, visitId: r.id, text: s.text, owner: s.owner, dueDate: s.due_date, closedOn: s.closed_on, closedNote: s.closed_note })),
    observations: observations
      .filter((o) => o.visit_id === r.id)
      .map((o) => ({
        id: o.id,
        teacher: o.teacher,
        className: o.class_name,
        subject: o.subject,
        strengths: o.strengths,
        improvements: o.improvements,
        ratings: ratings.filter((x) => x.observation_id === o.id).map((x) => ({ criterionId: x.criterion_id, rating: x.rating })),
        version: o.version,
      })),
  }));
}

export async function getVisit(db: Db, id: number): Promise<Visit> {
  const [v] = await readVisits(db, { ids: [id] });
  if (!v) throw notFound(['Visit', 'Lawatan'], id);
  return v;
}
