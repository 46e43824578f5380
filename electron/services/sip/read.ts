/** Reading a school's plan for a year with what its editor offers, and the plans of every school for a year. */
import { sql, type Kysely } from 'kysely';
import { notFound } from '../../../shared/errors';
import {
  DEFAULT_REVIEW_NUMBERS,
  type Sip,
  type SipChoice,
  type SipListRow,
  type SipReview,
} from '../../../shared/sip/types';
import type { DB } from '../../../db/schema';
import { listEntries } from '../coded-lists';

type Db = Kysely<DB>;

/**
 * The default date of each SIP review: the 15th of the month its phase starts in, taken from the year's
 * initiative plan (phases named "SIP Review 1", "SIP Review 2"…; an unnumbered one counts in month order).
 */
export async function reviewDefaultDates(db: Db, year: number): Promise<Map<number, string>> {
  const phases = await db
    .selectFrom('phases as p')
    .innerJoin('lanes as l', 'l.id', 'p.lane_id')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .select(['p.name', 'p.name_en', 'p.start_month'])
    .where('i.year', '=', year)
    .where('p.deleted_at', 'is', null)
    .where('l.deleted_at', 'is', null)
    .where((eb) => eb.or([eb(sql`lower(p.name)`, 'like', '%sip review%'), eb(sql`lower(p.name_en)`, 'like', '%sip review%')]))
    .orderBy('p.start_month')
    .execute();
  const out = new Map<number, string>();
  let unnumbered = 0;
  for (const p of phases) {
    if (!p.start_month.startsWith(`${year}-`)) continue;
    const m = /sip review\D*(\d)/i.exec(`${p.name} ${p.name_en}`);
    const number = m?.[1] ? Number(m[1]) : ++unnumbered;
    if (!out.has(number)) out.set(number, `${p.start_month}-15`);
  }
  return out;
}

const choice = (r: { id: number; code: string; name_ms: string; name_en: string }): SipChoice => ({ id: r.id, code: r.code, nameMs: r.name_ms, nameEn: r.name_en });

/** A school's plan for a year, or an empty one (version 0) with the default reviews while none is saved. */
export async function getSip(db: Db, schoolId: number, year: number): Promise<Sip> {
  const school = await db.selectFrom('schools').select(['id', 'abbreviation', 'name']).where('id', '=', schoolId).executeTakeFirst();
  if (!school) throw notFound(['School', 'Sekolah'], schoolId);
  const plan = await db
    .selectFrom('sips as s')
    .leftJoin('sips as f', 'f.id', 's.copied_from_id')
    .select(['s.id', 's.version', 's.notes', 'f.year as from_year'])
    .where('s.school_id', '=', schoolId)
    .where('s.year', '=', year)
    .executeTakeFirst();
  const [aspects, examTypes, subjects, reviewers, peerReviewers, next, defaults] = await Promise.all([
    db.selectFrom('wse_aspects').select(['id', 'code', 'name_ms', 'name_en']).where('archived_at', 'is', null).orderBy('position').orderBy('code').execute(),
    listEntries(db, 'exam_types'),
    listEntries(db, 'subjects'),
    db.selectFrom('people').select(['id', 'name']).where('team_role', 'is not', null).where('archived_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('people as p')
      .innerJoin('schools as s', 's.id', 'p.school_id')
      .select(['p.id', 'p.name', 's.abbreviation'])
      .where('p.leader_role', 'is not', null)
      .where('p.school_id', '!=', schoolId)
      .where('p.archived_at', 'is', null)
      .where('s.archived_at', 'is', null)
      .orderBy('s.number')
      .orderBy('p.position')
      .execute(),
    db.selectFrom('sips').select('id').where('school_id', '=', schoolId).where('year', '=', year + 1).executeTakeFirst(),
    reviewDefaultDates(db, year),
  ]);
  const sipId = plan?.id ?? 0;
  const [priorities, priorityAspects, targets, actions, reviews, reviewTargets] = await Promise.all([
    db.selectFrom('sip_priorities').selectAll().where('sip_id', '=', sipId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('sip_priority_aspects as a').innerJoin('sip_priorities as p', 'p.id', 'a.priority_id').innerJoin('wse_aspects as w', 'w.id', 'a.aspect_id').select(['a.priority_id', 'a.aspect_id']).where('p.sip_id', '=', sipId).orderBy('w.position').execute(),
    db
      .selectFrom('sip_targets as t')
      .innerJoin('sip_priorities as p', 'p.id', 't.priority_id')
      .selectAll('t')
      .select((eb) => eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.sip_target_id', '=', 't.id').as('steps'))
      .where('p.sip_id', '=', sipId)
      .orderBy('t.position')
      .orderBy('t.id')
      .execute(),
    db
      .selectFrom('sip_actions as a')
      .innerJoin('sip_priorities as p', 'p.id', 'a.priority_id')
      .selectAll('a')
      .select((eb) => eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.sip_action_id', '=', 'a.id').as('steps'))
      .where('p.sip_id', '=', sipId)
      .orderBy('a.position')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('sip_reviews as r')
      .leftJoin('people as a', 'a.id', 'r.reviewer_id')
      .leftJoin('people as b', 'b.id', 'r.peer_reviewer_id')
      .selectAll('r')
      .select(['a.name as reviewer', 'b.name as peer_reviewer'])
      .where('r.sip_id', '=', sipId)
      .orderBy('r.number')
      .execute(),
    db.selectFrom('sip_review_targets as r').innerJoin('sip_reviews as v', 'v.id', 'r.review_id').select(['r.review_id', 'r.target_id', 'r.progress', 'r.evidence']).where('v.sip_id', '=', sipId).execute(),
  ]);
  const stored: SipReview[] = reviews.map((r) => ({
    id: r.id,
    number: r.number,
    date: r.date,
    reviewerId: r.reviewer_id,
    reviewer: r.reviewer,
    peerReviewerId: r.peer_reviewer_id,
    peerReviewer: r.peer_reviewer,
    findings: r.findings,
    targets: reviewTargets.filter((x) => x.review_id === r.id).map((x) => ({ targetId: x.target_id, progress: x.progress, evidence: x.evidence })),
  }));
  const offered: SipReview[] = DEFAULT_REVIEW_NUMBERS.filter((n) => !stored.some((r) => r.number === n)).map((number) => ({
    id: null,
    number,
    date: defaults.get(number) ?? null,
    reviewerId: null,
    reviewer: null,
    peerReviewerId: null,
    peerReviewer: null,
    findings: '',
    targets: [],
  }));
  return {
    id: plan?.id ?? null,
    version: plan?.version ?? 0,
    schoolId,
    school: school.abbreviation,
    schoolName: school.name,
    year,
    notes: plan?.notes ?? '',
    copiedFromYear: plan?.from_year ?? null,
    priorities: priorities.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      aspectIds: priorityAspects.filter((a) => a.priority_id === p.id).map((a) => a.aspect_id),
      targets: targets
        .filter((t) => t.priority_id === p.id)
        .map((t) => ({
          id: t.id,
          measure: t.measure,
          baseline: t.baseline,
          target: t.target,
          unit: t.unit,
          dueDate: t.due_date,
          status: t.status,
          examTypeId: t.exam_type_id,
          subjectId: t.subject_id,
          carriedFromId: t.carried_from_id,
          nextSteps: Number(t.steps ?? 0),
        })),
      actions: actions
        .filter((a) => a.priority_id === p.id)
        .map((a) => ({
          id: a.id,
          what: a.what,
          owner: a.owner,
          startDate: a.start_date,
          endDate: a.end_date,
          status: a.status,
          carriedFromId: a.carried_from_id,
          nextSteps: Number(a.steps ?? 0),
        })),
    })),
    reviews: [...stored, ...offered].sort((a, b) => a.number - b.number),
    nextYearExists: next !== undefined,
    aspects: aspects.map(choice),
    examTypes: examTypes.map((e) => ({ id: e.id, code: e.code, nameMs: e.nameMs, nameEn: e.nameEn })),
    subjects: subjects.map((e) => ({ id: e.id, code: e.code, nameMs: e.nameMs, nameEn: e.nameEn })),
    reviewers: reviewers.map((p) => ({ id: p.id, name: p.name, school: null })),
    peerReviewers: peerReviewers.map((p) => ({ id: p.id, name: p.name, school: p.abbreviation })),
  };
}

/** Every active school with its plan's state for the year, in roster order: a few grouped reads. */
export async function listSips(db: Db, year: number): Promise<SipListRow[]> {
  const [schools, plans, priorities, targets, actions, reviews] = await Promise.all([
    db.selectFrom('schools').select(['id', 'abbreviation', 'name', 'level']).where('archived_at', 'is', null).orderBy('number').orderBy('id').execute(),
    db.selectFrom('sips').select(['id', 'school_id']).where('year', '=', year).execute(),
    db.selectFrom('sip_priorities as p').innerJoin('sips as s', 's.id', 'p.sip_id').select(['s.id as sip_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('s.year', '=', year).groupBy('s.id').execute(),
    db
      .selectFrom('sip_targets as t')
      .innerJoin('sip_priorities as p', 'p.id', 't.priority_id')
      .innerJoin('sips as s', 's.id', 'p.sip_id')
      .select(['s.id as sip_id'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(sql`t.status = 'met'`).as('met')])
      .where('s.year', '=', year)
      .groupBy('s.id')
      .execute(),
    db
      .selectFrom('sip_actions as a')
      .innerJoin('sip_priorities as p', 'p.id', 'a.priority_id')
      .innerJoin('sips as s', 's.id', 'p.sip_id')
      .select(['s.id as sip_id'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(sql`a.status = 'done'`).as('done')])
      .where('s.year', '=', year)
      .groupBy('s.id')
      .execute(),
    // A review counts once something is recorded in it: findings or progress on a target.
    db
      .selectFrom('sip_reviews as r')
      .innerJoin('sips as s', 's.id', 'r.sip_id')
      .select(['r.sip_id', 'r.number', 'r.date'])
      .where('s.year', '=', year)
      .where((eb) => eb.or([eb('r.findings', '!=', ''), eb.exists(eb.selectFrom('sip_review_targets as t').select('t.target_id').whereRef('t.review_id', '=', 'r.id'))]))
      .orderBy('r.number')
      .execute(),
  ]);
  const planOf = new Map(plans.map((p) => [p.school_id, p.id]));
  return schools.map((s) => {
    const sipId = planOf.get(s.id) ?? null;
    const t = targets.find((x) => x.sip_id === sipId);
    const a = actions.find((x) => x.sip_id === sipId);
    const last = reviews.filter((r) => r.sip_id === sipId).at(-1);
    return {
      schoolId: s.id,
      school: s.abbreviation,
      schoolName: s.name,
      level: s.level,
      sipId,
      priorities: Number(priorities.find((x) => x.sip_id === sipId)?.n ?? 0),
      targets: Number(t?.n ?? 0),
      targetsMet: Number(t?.met ?? 0),
      actions: Number(a?.n ?? 0),
      actionsDone: Number(a?.done ?? 0),
      lastReview: last ? { number: last.number, date: last.date } : null,
    };
  });
}
