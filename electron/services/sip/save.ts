/**
 * Saving a school's plan as a whole, in one transaction with a version check. Priorities, targets and actions
 * are matched by id, so those unchanged keep their ids (next steps of visits point at them); removing an action
 * or a target that a next step serves is refused, naming the visit.
 */
import type { Kysely, Transaction } from 'kysely';
import type { SipInput } from '../../../shared/sip/api';
import { formatDate, nowIso } from '../../../shared/dates';
import { bi, FieldErrors, notFound } from '../../../shared/errors';
import type { Sip } from '../../../shared/sip/types';
import type { DB } from '../../../db/schema';
import { conflict, nextVersion, updateVersioned } from '../versions';
import { getSip } from './read';
import { checkLinks, checkShape } from './rules';

type Db = Kysely<DB>;
const PLAN = ['Plan', 'Pelan'] as const;

/** The next steps that serve any of these targets or actions, with their visit, to name in a refusal. */
async function servingSteps(db: Db, targetIds: number[], actionIds: number[]) {
  if (targetIds.length === 0 && actionIds.length === 0) return [];
  return db
    .selectFrom('next_steps as n')
    .innerJoin('visits as v', 'v.id', 'n.visit_id')
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .select(['n.sip_target_id', 'n.sip_action_id', 'n.text', 'v.date', 's.abbreviation'])
    .where((eb) => eb.or([...(targetIds.length ? [eb('n.sip_target_id', 'in', targetIds)] : []), ...(actionIds.length ? [eb('n.sip_action_id', 'in', actionIds)] : [])]))
    .orderBy('v.date')
    .execute();
}

export async function saveSip(db: Db, v: SipInput): Promise<Sip> {
  await db.transaction().execute(async (trx) => {
    const school = await trx.selectFrom('schools').select(['id', 'archived_at']).where('id', '=', v.schoolId).executeTakeFirst();
    if (!school) throw notFound(['School', 'Sekolah'], v.schoolId);
    const plan = await trx.selectFrom('sips').select(['id', 'version']).where('school_id', '=', v.schoolId).where('year', '=', v.year).executeTakeFirst();
    // A plan made elsewhere meanwhile, or one read and since removed: either way the form is out of date.
    if ((plan === undefined) !== (v.version === 0)) throw conflict(PLAN);

    const problems = new FieldErrors();
    checkShape(v, problems);
    await checkLinks(trx, v, problems);
    const sipId = plan?.id ?? 0;
    const [priorities, targets, actions] = await Promise.all([
      trx.selectFrom('sip_priorities').select('id').where('sip_id', '=', sipId).execute(),
      trx.selectFrom('sip_targets as t').innerJoin('sip_priorities as p', 'p.id', 't.priority_id').select(['t.id', 't.measure as label']).where('p.sip_id', '=', sipId).execute(),
      trx.selectFrom('sip_actions as a').innerJoin('sip_priorities as p', 'p.id', 'a.priority_id').select(['a.id', 'a.what as label']).where('p.sip_id', '=', sipId).execute(),
    ]);
    const elsewhere = bi('This entry belongs to another plan; reload the plan', 'Entri ini milik pelan lain; muat semula pelan');
    const mine = (rows: { id: number }[], id: number | undefined) => id === undefined || rows.some((r) => r.id === id);
    v.priorities.forEach((p, i) => {
      if (!mine(priorities, p.id)) problems.add(`priorities.${i}.id`, elsewhere);
      p.targets.forEach((t, j) => { if (!mine(targets, t.id)) problems.add(`priorities.${i}.targets.${j}.id`, elsewhere); });
      p.actions.forEach((a, k) => { if (!mine(actions, a.id)) problems.add(`priorities.${i}.actions.${k}.id`, elsewhere); });
    });
    const kept = (list: { id?: number }[]) => new Set(list.map((x) => x.id).filter((x): x is number => x !== undefined));
    const keptTargets = kept(v.priorities.flatMap((p) => p.targets));
    const keptActions = kept(v.priorities.flatMap((p) => p.actions));
    const removedTargets = targets.filter((t) => !keptTargets.has(t.id));
    const removedActions = actions.filter((a) => !keptActions.has(a.id));
    const steps = await servingSteps(trx, removedTargets.map((t) => t.id), removedActions.map((a) => a.id));
    // Named at the plan's list of priorities: the removed rows are no longer on the form to carry the message.
    const blocked = steps.flatMap((s) => {
      const item = removedTargets.find((t) => t.id === s.sip_target_id) ?? removedActions.find((a) => a.id === s.sip_action_id);
      return item ? [[
        `"${item.label}" is served by the next step "${s.text}" of the visit to ${s.abbreviation} on ${formatDate(s.date)}; unlink it on that visit before removing it.`,
        `"${item.label}" disokong oleh langkah seterusnya "${s.text}" daripada lawatan ke ${s.abbreviation} pada ${formatDate(s.date)}; nyahpautkan pada lawatan itu sebelum membuangnya.`,
      ]] : [];
    });
    if (blocked.length) problems.add('priorities', bi(blocked.map((b) => b[0]).join(' '), blocked.map((b) => b[1]).join(' ')));
    if (!plan && school.archived_at !== null) problems.add('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
    problems.throwIfAny();

    let id: number;
    if (plan) {
      await updateVersioned(trx, 'sips', plan.id, v.version, { notes: v.notes, updated_at: nowIso() }, PLAN);
      id = plan.id;
    } else {
      ({ id } = await trx.insertInto('sips').values({ school_id: v.schoolId, year: v.year, notes: v.notes, copied_from_id: null }).returning('id').executeTakeFirstOrThrow());
    }
    if (removedTargets.length) await trx.deleteFrom('sip_targets').where('id', 'in', removedTargets.map((t) => t.id)).execute();
    if (removedActions.length) await trx.deleteFrom('sip_actions').where('id', 'in', removedActions.map((a) => a.id)).execute();
    await writePriorities(trx, id, v);
    // After the writes, so a target or action moved out of a removed priority is not deleted with it.
    const keptPriorities = kept(v.priorities);
    const removedPriorities = priorities.filter((p) => !keptPriorities.has(p.id)).map((p) => p.id);
    if (removedPriorities.length) await trx.deleteFrom('sip_priorities').where('id', 'in', removedPriorities).execute();
    await writeReviews(trx, id, v);
  });
  return getSip(db, v.schoolId, v.year);
}

async function writePriorities(trx: Transaction<DB>, sipId: number, v: SipInput) {
  for (const [position, p] of v.priorities.entries()) {
    const row = { position, title: p.title, description: p.description };
    let priorityId = p.id;
    if (priorityId !== undefined) await trx.updateTable('sip_priorities').set(row).where('id', '=', priorityId).execute();
    else ({ id: priorityId } = await trx.insertInto('sip_priorities').values({ ...row, sip_id: sipId }).returning('id').executeTakeFirstOrThrow());
    await trx.deleteFrom('sip_priority_aspects').where('priority_id', '=', priorityId).execute();
    for (const aspectId of new Set(p.aspectIds)) await trx.insertInto('sip_priority_aspects').values({ priority_id: priorityId, aspect_id: aspectId }).execute();
    for (const [tPosition, t] of p.targets.entries()) {
      const target = {
        priority_id: priorityId,
        position: tPosition,
        measure: t.measure,
        baseline: t.baseline,
        target: t.target,
        unit: t.unit,
        due_date: t.dueDate,
        status: t.status,
        exam_type_id: t.examTypeId,
        subject_id: t.subjectId,
      };
      if (t.id !== undefined) await trx.updateTable('sip_targets').set(target).where('id', '=', t.id).execute();
      else await trx.insertInto('sip_targets').values({ ...target, carried_from_id: null }).execute();
    }
    for (const [aPosition, a] of p.actions.entries()) {
      const action = { priority_id: priorityId, position: aPosition, what: a.what, owner: a.owner, start_date: a.startDate, end_date: a.endDate, status: a.status };
      if (a.id !== undefined) await trx.updateTable('sip_actions').set(action).where('id', '=', a.id).execute();
      else await trx.insertInto('sip_actions').values({ ...action, carried_from_id: null }).execute();
    }
  }
}

/** Reviews are matched by number; one offered by default with nothing entered is not stored. */
async function writeReviews(trx: Transaction<DB>, sipId: number, v: SipInput) {
  const stored = await trx.selectFrom('sip_reviews').select(['id', 'number']).where('sip_id', '=', sipId).execute();
  const sent = new Set(v.reviews.map((r) => r.number));
  const gone = stored.filter((r) => !sent.has(r.number)).map((r) => r.id);
  if (gone.length) await trx.deleteFrom('sip_reviews').where('id', 'in', gone).execute();
  for (const r of v.reviews) {
    const existing = stored.find((s) => s.number === r.number);
    const blank = r.reviewerId === null && r.peerReviewerId === null && r.findings === '' && r.targets.length === 0;
    if (!existing && blank) continue;
    const row = { date: r.date, reviewer_id: r.reviewerId, peer_reviewer_id: r.peerReviewerId, findings: r.findings, updated_at: nowIso() };
    let reviewId: number;
    if (existing) {
      // Saved with its plan, whose version guards both; the review's own version counts its changes.
      await trx.updateTable('sip_reviews').set({ ...row, version: nextVersion }).where('id', '=', existing.id).execute();
      reviewId = existing.id;
    } else {
      ({ id: reviewId } = await trx.insertInto('sip_reviews').values({ ...row, sip_id: sipId, number: r.number }).returning('id').executeTakeFirstOrThrow());
    }
    await trx.deleteFrom('sip_review_targets').where('review_id', '=', reviewId).execute();
    for (const t of r.targets) await trx.insertInto('sip_review_targets').values({ review_id: reviewId, target_id: t.targetId, progress: t.progress, evidence: t.evidence }).execute();
  }
}

