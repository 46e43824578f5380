/** Reading visits: a term's list with counts and averages, and a whole visit with its officers, next steps and observations. */
import type { Kysely } from 'kysely';
import { notFound } from '../../../shared/errors';
import type { Visit, VisitStatus, VisitSummary } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { readVisitTags } from '../wse/tags';

type Db = Kysely<DB>;

export interface VisitFilter {
  from: string;
  to: string;
  schoolId?: number | null;
  personId?: number | null;
}

/** The visits of a date range as the list shows them, in date order: two reads whatever their number. */
export async function listVisits(db: Db, filter: VisitFilter): Promise<VisitSummary[]> {
  let q = db
    .selectFrom('visits as v')
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
    .select(['v.id', 'v.school_id', 'v.date', 'v.purpose_id', 'v.status', 'v.next_visit_date', 's.abbreviation', 's.name as school_name', 'p.name_ms', 'p.name_en'])
    .select((eb) => [
      eb.selectFrom('observations as o').select((x) => x.fn.countAll<number>().as('n')).whereRef('o.visit_id', '=', 'v.id').as('observations'),
      eb
        .selectFrom('observations as o')
        .innerJoin('observation_ratings as r', 'r.observation_id', 'o.id')
        .select((x) => x.fn.avg<number | null>('r.rating').as('a'))
        .whereRef('o.visit_id', '=', 'v.id')
        .as('average_rating'),
      eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.visit_id', '=', 'v.id').as('next_steps'),
      eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.visit_id', '=', 'v.id').where('n.closed_on', 'is', null).as('open_next_steps'),
    ])
    .where('v.date', '>=', filter.from)
    .where('v.date', '<=', filter.to)
    .orderBy('v.date')
    .orderBy('v.id');
  if (filter.schoolId) q = q.where('v.school_id', '=', filter.schoolId);
  const personId = filter.personId;
  if (personId) q = q.where((eb) => eb.exists(eb.selectFrom('visit_officers as vo').select('vo.visit_id').whereRef('vo.visit_id', '=', 'v.id').where('vo.person_id', '=', personId)));
  const rows = await q.execute();
  if (rows.length === 0) return [];
  let officersQuery = db
    .selectFrom('visits as v')
    .innerJoin('visit_officers as o', 'o.visit_id', 'v.id')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .select(['o.visit_id', 'p.id', 'p.name'])
    .where('v.date', '>=', filter.from)
    .where('v.date', '<=', filter.to)
    .orderBy('p.position')
    .orderBy('p.id');
  if (filter.schoolId) officersQuery = officersQuery.where('v.school_id', '=', filter.schoolId);
  const officers = new Map<number, { id: number; name: string }[]>();
  for (const o of await officersQuery.execute()) {
    const list = officers.get(o.visit_id);
    if (list) list.push(o);
    else officers.set(o.visit_id, [o]);
  }
  return rows.map((r) => {
    const mine = officers.get(r.id) ?? [];
    const average = r.average_rating === null ? null : Number(r.average_rating);
    return {
      id: r.id,
      schoolId: r.school_id,
      school: r.abbreviation,
      schoolName: r.school_name,
      date: r.date,
      purposeId: r.purpose_id,
      purposeMs: r.name_ms,
      purposeEn: r.name_en,
      status: r.status as VisitStatus,
      officerIds: mine.map((o) => o.id),
      officers: mine.map((o) => o.name),
      nextVisitDate: r.next_visit_date,
      observations: Number(r.observations ?? 0),
      averageRating: average === null ? null : Math.round(average * 100) / 100,
      nextSteps: Number(r.next_steps ?? 0),
      openNextSteps: Number(r.open_next_steps ?? 0),
    };
  });
}

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
  const [officers, steps, observations, ratings, tags] = await Promise.all([
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
    readVisitTags(db, ids),
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
    aspectIds: tags.visits.get(r.id) ?? [],
    nextSteps: steps
      .filter((s) => s.visit_id === r.id)
      .map((s) => ({ id: s.id, visitId: r.id, text: s.text, owner: s.owner, dueDate: s.due_date, closedOn: s.closed_on, closedNote: s.closed_note, sipActionId: s.sip_action_id, sipTargetId: s.sip_target_id, aspectIds: tags.steps.get(s.id) ?? [] })),
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
        aspectIds: tags.observations.get(o.id) ?? [],
        version: o.version,
      })),
  }));
}

export async function getVisit(db: Db, id: number): Promise<Visit> {
  const [v] = await readVisits(db, { ids: [id] });
  if (!v) throw notFound(['Visit', 'Lawatan'], id);
  return v;
}
