/** Reading pairs with everything the board, the pair page and the documents show. */
import type { Kysely } from 'kysely';
import { todayLocal } from '../../../shared/dates';
import { notFound } from '../../../shared/errors';
import { isOverdue, sessionsPlanned, suggestNextSession } from '../../../shared/mentoring/rules';
import type { Assignment, AssignmentStatus, MentoringPerson, Schedule, SessionMode } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';
import { listMentoringPeople } from './people';

type Db = Kysely<DB>;

/**
 * Every pair matching the filter, in mentee order; `today` fixes "overdue" and "planned so far". A caller that
 * has already read the mentoring people passes them in.
 */
export async function readAssignments(db: Db, filter: { year?: number; ids?: number[] }, today = todayLocal(), known?: MentoringPerson[]): Promise<Assignment[]> {
  let q = db.selectFrom('mentoring_assignments').selectAll().orderBy('year').orderBy('id');
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    q = q.where('id', 'in', filter.ids);
  }
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [people, focus, sessions, actions, assessments] = await Promise.all([
    known ?? listMentoringPeople(db),
    db
      .selectFrom('mentoring_focus as f')
      .innerJoin('competencies as c', 'c.id', 'f.competency_id')
      .select(['f.assignment_id', 'f.competency_id', 'f.baseline_level', 'f.target_level', 'c.code', 'c.name_ms', 'c.name_en', 'c.position'])
      .where('f.assignment_id', 'in', ids)
      .orderBy('c.position')
      .execute(),
    db.selectFrom('mentoring_sessions').selectAll().where('assignment_id', 'in', ids).orderBy('date').orderBy('id').execute(),
    db
      .selectFrom('mentoring_actions as a')
      .innerJoin('mentoring_sessions as s', 's.id', 'a.session_id')
      .select(['a.id', 'a.session_id', 'a.text', 'a.due_date', 'a.done_on', 's.assignment_id'])
      .where('s.assignment_id', 'in', ids)
      .orderBy('a.id')
      .execute(),
    db.selectFrom('mentoring_assessments').selectAll().where('assignment_id', 'in', ids).orderBy('date').orderBy('id').execute(),
  ]);
  // People archived since (a leader who left) still show on their pairs' history.
  const byId = new Map(people.map((p) => [p.id, p]));
  const missing = [...new Set(rows.flatMap((r) => [r.mentor_id, r.mentee_id]))].filter((id) => !byId.has(id));
  if (missing.length) {
    const gone = await db.selectFrom('people').select(['id', 'name', 'title', 'school_id', 'appointed_on']).where('id', 'in', missing).execute();
    for (const g of gone) {
      byId.set(g.id, { id: g.id, name: g.name, title: g.title, schoolId: g.school_id, school: null, leaderRole: null, teamRole: null, appointedOn: g.appointed_on, newlyAppointed: false, canMentor: false });
    }
  }

  return rows.map((r): Assignment => {
    const mine = sessions.filter((s) => s.assignment_id === r.id);
    const last = mine.at(-1) ?? null;
    const status = r.status as AssignmentStatus;
    const schedule = r.schedule as Schedule;
    const myAssessments = assessments.filter((a) => a.assignment_id === r.id);
    const myActions = actions.filter((a) => a.assignment_id === r.id);
    const mentor = byId.get(r.mentor_id) as MentoringPerson;
    const mentee = byId.get(r.mentee_id) as MentoringPerson;
    const until = r.end_date && r.end_date < today ? r.end_date : today;
    return {
      id: r.id,
      year: r.year,
      mentor,
      mentee,
      status,
      schedule,
      startDate: r.start_date,
      endDate: r.end_date,
      appointedOn: r.appointed_on,
      referenceNo: r.reference_no,
      goals: r.goals,
      endedOn: r.ended_on,
      endNote: r.end_note,
      focus: focus
        .filter((f) => f.assignment_id === r.id)
        .map((f) => ({
          competencyId: f.competency_id,
          code: f.code,
          nameMs: f.name_ms,
          nameEn: f.name_en,
          baseline: f.baseline_level,
          target: f.target_level,
          current: myAssessments.filter((a) => a.competency_id === f.competency_id).at(-1)?.level ?? f.baseline_level,
        })),
      sessionsHeld: mine.length,
      sessionsPlanned: status === 'proposed' ? 0 : sessionsPlanned(schedule, r.start_date, until),
      lastSessionDate: last?.date ?? null,
      nextSessionDate: suggestNextSession({ status, schedule, startDate: r.start_date, lastSession: last?.date ?? null, agreedNext: last?.next_date ?? null }),
      overdue: isOverdue({ status, schedule, startDate: r.start_date, lastSession: last?.date ?? null }, today),
      sameSchool: mentor.schoolId !== null && mentor.schoolId === mentee.schoolId,
      openActions: myActions.filter((a) => a.done_on === null).length,
      version: r.version,
      sessions: mine.map((s) => ({
        id: s.id,
        date: s.date,
        durationMinutes: s.duration_minutes,
        mode: s.mode as SessionMode,
        topics: s.topics,
        notes: s.notes,
        nextDate: s.next_date,
        version: s.version,
        actions: myActions.filter((a) => a.session_id === s.id).map((a) => ({ id: a.id, text: a.text, dueDate: a.due_date, doneOn: a.done_on })),
      })),
      assessments: myAssessments.map((a) => ({ id: a.id, competencyId: a.competency_id, date: a.date, level: a.level, evidence: a.evidence })),
    };
  });
}

export async function getAssignment(db: Db, id: number): Promise<Assignment> {
  const [a] = await readAssignments(db, { ids: [id] });
  if (!a) throw notFound(['Mentoring pair', 'Pasangan mentor'], id);
  return a;
}
