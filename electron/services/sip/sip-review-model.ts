/**
 * The SIP review report's model: one school's plan for a year, read table by table (the plan, its
 * priorities, their aspects, targets, actions, reviews and review ratings, and the year's next steps that
 * serve it), a fixed number of reads whatever the plan's size. A school with no plan for the year is refused
 * with a reason: an empty review is not a document a clerk would send.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { SipReviewModel, SipReviewPriority, TargetProgress } from '../../../shared/documents/sip-review-model';
import { bi, validationError } from '../../../shared/errors';
import { inLanguage } from '../../../shared/bilingual';
import type { TeamRole } from '../../../shared/domain';
import { dictionaries } from '../../../shared/i18n';
import { loadDocumentHead, postOf, signOffFrom } from '../cluster/letterhead-model';
import { getSchool } from '../schools/schools';

/** A person's post as a document prints it: the team role's name, else the post title typed for them. */
function postOfPerson(p: { team_role: string | null; team_role_label: string; team_role_label_en: string; title: string; leader_role: string | null }, language: Language): string {
  if (p.team_role) return postOf({ role: p.team_role as TeamRole, roleLabel: p.team_role_label, roleLabelEn: p.team_role_label_en }, language);
  if (p.title.trim()) return p.title;
  return p.leader_role === 'head' || p.leader_role === 'deputy' ? dictionaries[language].leaderRole[p.leader_role] : '';
}

export async function loadSipReviewModel(db: Kysely<DB>, schoolId: number, year: number, language: Language, date = todayLocal()): Promise<SipReviewModel> {
  const [school, plan] = await Promise.all([
    getSchool(db, schoolId),
    db.selectFrom('sips').select(['id', 'notes']).where('school_id', '=', schoolId).where('year', '=', year).executeTakeFirst(),
  ]);
  if (!plan) {
    throw validationError(
      'schoolId',
      bi(
        `${school.abbreviation} has no school improvement plan for ${year}: enter the plan first, then print its review.`,
        `${school.abbreviation} tiada Pelan Peningkatan Sekolah bagi tahun ${year}: masukkan pelan itu dahulu, kemudian cetak semakannya.`,
      ),
    );
  }
  const sipId = plan.id;
  const [{ letterhead, signatories }, priorities, aspects, targets, actions, reviews, people, ratings, steps] = await Promise.all([
    loadDocumentHead(db, language, { date }),
    db.selectFrom('sip_priorities').select(['id', 'title', 'description']).where('sip_id', '=', sipId).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('sip_priority_aspects as pa')
      .innerJoin('sip_priorities as p', 'p.id', 'pa.priority_id')
      .innerJoin('wse_aspects as a', 'a.id', 'pa.aspect_id')
      .select(['pa.priority_id', 'a.code', 'a.name_ms', 'a.name_en'])
      .where('p.sip_id', '=', sipId)
      .orderBy('a.code')
      .execute(),
    db
      .selectFrom('sip_targets as t')
      .innerJoin('sip_priorities as p', 'p.id', 't.priority_id')
      .select(['t.id', 't.priority_id', 't.measure', 't.baseline', 't.target', 't.unit', 't.due_date', 't.status'])
      .where('p.sip_id', '=', sipId)
      .orderBy('t.position')
      .orderBy('t.id')
      .execute(),
    db
      .selectFrom('sip_actions as x')
      .innerJoin('sip_priorities as p', 'p.id', 'x.priority_id')
      .select(['x.id', 'x.priority_id', 'x.what', 'x.owner', 'x.start_date', 'x.end_date', 'x.status'])
      .where('p.sip_id', '=', sipId)
      .orderBy('x.position')
      .orderBy('x.id')
      .execute(),
    db.selectFrom('sip_reviews').select(['id', 'number', 'date', 'reviewer_id', 'peer_reviewer_id', 'findings']).where('sip_id', '=', sipId).orderBy('number').execute(),
    // The reviewers and peer reviewers of this plan, with the peer's school.
    db
      .selectFrom('people as p')
      .leftJoin('schools as s', 's.id', 'p.school_id')
      .select(['p.id', 'p.name', 'p.title', 'p.team_role', 'p.team_role_label', 'p.team_role_label_en', 'p.leader_role', 's.abbreviation'])
      .where((eb) =>
        eb.or([
          eb('p.id', 'in', eb.selectFrom('sip_reviews').select('reviewer_id').where('sip_id', '=', sipId).where('reviewer_id', 'is not', null).$narrowType<{ reviewer_id: number }>()),
          eb('p.id', 'in', eb.selectFrom('sip_reviews').select('peer_reviewer_id').where('sip_id', '=', sipId).where('peer_reviewer_id', 'is not', null).$narrowType<{ peer_reviewer_id: number }>()),
        ]),
      )
      .execute(),
    db
      .selectFrom('sip_review_targets as rt')
      .innerJoin('sip_reviews as r', 'r.id', 'rt.review_id')
      .select(['rt.review_id', 'rt.target_id', 'rt.progress', 'rt.evidence'])
      .where('r.sip_id', '=', sipId)
      .execute(),
    // Steps raised at the year's visits to the school that serve one of this plan's targets or actions.
    db
      .selectFrom('next_steps as n')
      .innerJoin('visits as v', 'v.id', 'n.visit_id')
      .leftJoin('sip_targets as t', 't.id', 'n.sip_target_id')
      .leftJoin('sip_priorities as tp', 'tp.id', 't.priority_id')
      .leftJoin('sip_actions as a', 'a.id', 'n.sip_action_id')
      .leftJoin('sip_priorities as ap', 'ap.id', 'a.priority_id')
      .select(['n.text', 'n.owner', 'n.due_date', 'n.closed_on', 'n.closed_note', 'n.sip_target_id', 'n.sip_action_id', 'v.date'])
      .where('v.school_id', '=', schoolId)
      .where('v.date', '>=', `${year}-01-01`)
      .where('v.date', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('tp.sip_id', '=', sipId), eb('ap.sip_id', '=', sipId)]))
      .orderBy('v.date')
      .orderBy('n.id')
      .execute(),
  ]);

  const reviewIndex = new Map(reviews.map((r, i) => [r.id, i]));
  const progressOf = new Map<number, TargetProgress[]>();
  for (const r of ratings) {
    const list = progressOf.get(r.target_id) ?? reviews.map((): TargetProgress => null);
    const i = reviewIndex.get(r.review_id);
    if (i !== undefined) list[i] = { progress: r.progress, evidence: r.evidence };
    progressOf.set(r.target_id, list);
  }
  const refs = new Map<string, string>();
  const shaped: SipReviewPriority[] = priorities.map((p, i) => {
    const n = i + 1;
    const mine = <T extends { priority_id: number }>(rows: T[]) => rows.filter((r) => r.priority_id === p.id);
    return {
      number: n,
      title: p.title,
      description: p.description,
      aspects: mine(aspects).map((a) => ({ code: a.code, name: inLanguage(a.name_ms, a.name_en, language) })),
      targets: mine(targets).map((t, j) => {
        refs.set(`target:${t.id}`, `${n}.${j + 1}`);
        return {
          ref: `${n}.${j + 1}`,
          measure: t.measure,
          baseline: t.baseline,
          target: t.target,
          unit: t.unit,
          dueDate: t.due_date,
          status: t.status,
          progress: progressOf.get(t.id) ?? reviews.map((): TargetProgress => null),
        };
      }),
      actions: mine(actions).map((a, j) => {
        refs.set(`action:${a.id}`, `${n}.${j + 1}`);
        return { ref: `${n}.${j + 1}`, what: a.what, owner: a.owner, start: a.start_date, end: a.end_date, status: a.status };
      }),
    };
  });
  const who = new Map(people.map((p) => [p.id, p]));
  const head = school.leaders.find((l) => l.role === 'head');
  return {
    letterhead,
    today: date,
    year,
    school: { name: school.name, abbreviation: school.abbreviation, level: school.level, head: head ? { name: head.name, title: head.title } : null },
    notes: plan.notes,
    reviews: reviews.map((r) => {
      const reviewer = r.reviewer_id === null ? undefined : who.get(r.reviewer_id);
      const peer = r.peer_reviewer_id === null ? undefined : who.get(r.peer_reviewer_id);
      return {
        number: r.number,
        date: r.date,
        reviewer: reviewer ? { name: reviewer.name, post: postOfPerson(reviewer, language) } : null,
        peer: peer ? { name: peer.name, post: postOfPerson(peer, language), school: peer.abbreviation ?? '' } : null,
        findings: r.findings,
      };
    }),
    priorities: shaped,
    nextSteps: steps.map((s) => {
      // A step serving both names its target, the measurable one.
      const serves = s.sip_target_id !== null && refs.has(`target:${s.sip_target_id}`)
        ? { kind: 'target' as const, ref: refs.get(`target:${s.sip_target_id}`) ?? '' }
        : { kind: 'action' as const, ref: refs.get(`action:${s.sip_action_id ?? 0}`) ?? '' };
      return { text: s.text, owner: s.owner, visitDate: s.date, dueDate: s.due_date, closedOn: s.closed_on, closedNote: s.closed_note, serves };
    }),
    signOff: signOffFrom(letterhead, signatories),
  };
}
