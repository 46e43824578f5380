/** Phases: the bars. Each save checks the window and the lane's other bars, so a lane never holds an overlap. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { AppError, FieldErrors, bi, notFound } from '../../../shared/errors';
import { monthOrdinal } from '../../../shared/plan/months';
import { laneOverlap, overlapMessage, phaseProblems, type PhaseSpan } from '../../../shared/plan/phases';
import type { PlanChange } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { laneRow } from './lanes';
import { readPlan, windowOf } from './read';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

async function phaseRow(db: Db, id: number, options: { deleted?: boolean } = {}) {
  let q = db.selectFrom('phases').selectAll().where('id', '=', id);
  q = options.deleted ? q.where('deleted_at', 'is not', null) : q.where('deleted_at', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound(['Phase', 'Fasa'], id);
  return row;
}

/**
 * Window and overlap checks for a phase placed in a lane, added to `problems` (thrown here when none came
 * before); the overlap message lands on the end that collides.
 */
async function assertFits(db: Db, laneId: number, phase: PhaseSpan & { id?: number }, problems = new FieldErrors()) {
  const lane = await laneRow(db, laneId);
  const window = await windowOf(db, lane.year);
  for (const p of phaseProblems(phase, window)) problems.add(p.field, p.message);
  problems.throwIfAny();
  const others = await db.selectFrom('phases').select(['id', 'name', 'start_month', 'end_month']).where('lane_id', '=', laneId).where('deleted_at', 'is', null).execute();
  const spans: PhaseSpan[] = others.filter((o) => o.id !== phase.id).map((o) => ({ id: o.id, name: o.name, start: o.start_month, end: o.end_month }));
  const clash = laneOverlap([...spans, phase]);
  if (clash) {
    const other = clash[0] === phase ? clash[1] : clash[0];
    const field = monthOrdinal(other.start) > monthOrdinal(phase.start) ? 'end' : 'start';
    problems.add(field, overlapMessage([other, phase]));
  }
  problems.throwIfAny();
  return lane;
}

export async function createPhase(db: Db, input: ParsedInput<'phases.create'>): Promise<PlanChange> {
  const { id, year } = await db.transaction().execute(async (trx) => {
    const lane = await assertFits(trx, input.laneId, { name: input.name, start: input.start, end: input.end });
    const { id } = await trx
      .insertInto('phases')
      .values({ lane_id: input.laneId, name: input.name, name_en: input.nameEn, start_month: input.start, end_month: input.end })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, year: lane.year };
  });
  return { plan: await readPlan(db, year), id };
}

/** Rename, move, resize, or move to another lane of the same initiative. */
export async function updatePhase(db: Db, input: ParsedInput<'phases.update'>): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const current = await phaseRow(trx, input.id);
    const laneId = input.laneId ?? current.lane_id;
    const problems = new FieldErrors();
    if (laneId !== current.lane_id) {
      const [from, to] = [await laneRow(trx, current.lane_id), await laneRow(trx, laneId)];
      if (from.initiative_id !== to.initiative_id) {
        problems.add('laneId', bi('A phase can only move to another lane of the same initiative.', 'Fasa hanya boleh dialihkan ke lorong lain dalam inisiatif yang sama.'));
      }
    }
    const lane = await assertFits(trx, laneId, { id: input.id, name: input.name, start: input.start, end: input.end }, problems);
    const set = { lane_id: laneId, name: input.name, name_en: input.nameEn, start_month: input.start, end_month: input.end, updated_at: nowIso() };
    await updateVersioned(trx, 'phases', input.id, input.version, set, ['Phase', 'Fasa']);
    return lane.year;
  });
  return { plan: await readPlan(db, year), id: input.id };
}

export async function deletePhase(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const phase = await phaseRow(trx, id);
    const lane = await laneRow(trx, phase.lane_id);
    const used = await trx.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('phase_id', '=', id).executeTakeFirstOrThrow();
    if (Number(used.n) > 0) {
      throw new AppError('CONFLICT', bi(
        `"${phase.name}" cannot be deleted: ${used.n} calendar event(s) are linked to it.`,
        `"${phase.name}" tidak boleh dipadam: ${used.n} acara kalendar dipautkan kepadanya.`,
      ));
    }
    await trx.updateTable('phases').set({ deleted_at: nowIso() }).where('id', '=', id).execute();
    return lane.year;
  });
  return { plan: await readPlan(db, year), id };
}

/** Undoing a delete: the bar comes back only if its months are still free in its lane. */
export async function restorePhase(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const phase = await phaseRow(trx, id, { deleted: true });
    const lane = await assertFits(trx, phase.lane_id, { id, name: phase.name, start: phase.start_month, end: phase.end_month });
    await trx.updateTable('phases').set({ deleted_at: null }).where('id', '=', id).execute();
    return lane.year;
  });
  return { plan: await readPlan(db, year), id };
}
