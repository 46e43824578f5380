/** Lanes: the rows of bars inside an initiative. Deleting is soft so the Gantt can undo it. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import { AppError, bi, notFound } from '../../../shared/errors';
import type { PlanChange } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { initiativeRow } from './initiatives';
import { readPlan } from './read';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

/** A lane with the year it belongs to; a lane of a deleted initiative counts as gone. */
export async function laneRow(db: Db, id: number, options: { deleted?: boolean } = {}) {
  let q = db
    .selectFrom('lanes as l')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .select(['l.id', 'l.initiative_id', 'l.name', 'i.year', 'i.code'])
    .where('l.id', '=', id)
    .where('i.deleted_at', 'is', null);
  q = options.deleted ? q.where('l.deleted_at', 'is not', null) : q.where('l.deleted_at', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound(['Lane', 'Lorong'], id);
  return row;
}

const liveLanes = (db: Db, initiativeId: number) =>
  db.selectFrom('lanes').select('id').where('initiative_id', '=', initiativeId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();

export async function createLane(db: Db, initiativeId: number, name: string): Promise<PlanChange> {
  const { id, year } = await db.transaction().execute(async (trx) => {
    const initiative = await initiativeRow(trx, initiativeId);
    const lanes = await liveLanes(trx, initiativeId);
    const { id } = await trx.insertInto('lanes').values({ initiative_id: initiativeId, name, position: lanes.length }).returning('id').executeTakeFirstOrThrow();
    return { id, year: initiative.year };
  });
  return { plan: await readPlan(db, year), id };
}

export async function renameLane(db: Db, input: { id: number; version: number; name: string }): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const lane = await laneRow(trx, input.id);
    await updateVersioned(trx, 'lanes', input.id, input.version, { name: input.name }, ['Lane', 'Lorong']);
    return lane.year;
  });
  return { plan: await readPlan(db, year), id: input.id };
}

export async function deleteLane(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const lane = await laneRow(trx, id);
    const lanes = await liveLanes(trx, lane.initiative_id);
    if (lanes.length <= 1) {
      throw new AppError('CONFLICT', bi(`${lane.code} needs at least one lane; delete the initiative instead.`, `${lane.code} memerlukan sekurang-kurangnya satu lorong; padam inisiatif itu sebaliknya.`));
    }
    const used = await trx
      .selectFrom('events as e')
      .innerJoin('phases as p', 'p.id', 'e.phase_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.lane_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(used.n) > 0) {
      throw new AppError('CONFLICT', bi(
        `This lane cannot be deleted: ${used.n} calendar event(s) are linked to its phases.`,
        `Lorong ini tidak boleh dipadam: ${used.n} acara kalendar dipautkan kepada fasanya.`,
      ));
    }
    await trx.updateTable('lanes').set({ deleted_at: nowIso() }).where('id', '=', id).execute();
    return lane.year;
  });
  return { plan: await readPlan(db, year), id };
}

export async function restoreLane(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const lane = await laneRow(trx, id, { deleted: true });
    await trx.updateTable('lanes').set({ deleted_at: null }).where('id', '=', id).execute();
    return lane.year;
  });
  return { plan: await readPlan(db, year), id };
}

export async function moveLane(db: Db, id: number, position: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const lane = await laneRow(trx, id);
    const order = (await liveLanes(trx, lane.initiative_id)).map((l) => l.id).filter((x) => x !== id);
    order.splice(Math.min(position, order.length), 0, id);
    for (const [i, x] of order.entries()) await trx.updateTable('lanes').set({ position: i }).where('id', '=', x).execute();
    return lane.year;
  });
  return { plan: await readPlan(db, year), id };
}
