/**
 * Initiatives of a plan year. Deleting is soft (deleted_at) so the Gantt can undo it; an initiative that
 * calendar events or exams point at is refused with the reason instead.
 */
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { AppError, FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import type { InitiativeInput } from '../../../shared/plan/api';
import { INITIATIVE_COLOURS, type Plan, type PlanChange } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { readPlan, windowOf } from './read';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

export async function initiativeRow(db: Db, id: number, options: { deleted?: boolean } = {}) {
  let q = db.selectFrom('initiatives').selectAll().where('id', '=', id);
  q = options.deleted ? q.where('deleted_at', 'is not', null) : q.where('deleted_at', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound(['Initiative', 'Inisiatif'], id);
  return row;
}

async function assertCodeFree(db: Db, year: number, code: string, exceptId?: number) {
  let q = db.selectFrom('initiatives').select('id').where('year', '=', year).where('deleted_at', 'is', null).where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()));
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw validationError('code', bi(`${code} is already an initiative in ${year}.`, `${code} sudah menjadi inisiatif pada tahun ${year}.`));
}

/** Owner and schools must exist; both are reported with whatever `problems` already holds. */
async function assertReferences(db: Db, input: InitiativeInput, problems = new FieldErrors()) {
  if (input.ownerId !== null) {
    const owner = await db.selectFrom('people').select('id').where('id', '=', input.ownerId).where('team_role', 'is not', null).where('archived_at', 'is', null).executeTakeFirst();
    if (!owner) problems.add('ownerId', bi('Choose the owner from the cluster team.', 'Pilih pemilik daripada pasukan kluster.'));
  }
  if (input.schoolIds.length > 0) {
    const found = await db.selectFrom('schools').select('id').where('id', 'in', input.schoolIds).execute();
    if (found.length !== new Set(input.schoolIds).size) problems.add('schoolIds', bi('One of the schools does not exist.', 'Salah satu sekolah tidak wujud.'));
  }
  problems.throwIfAny();
}

function initiativeValues(input: InitiativeInput) {
  return {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    description_ms: input.descriptionMs,
    description_en: input.descriptionEn,
    objectives: input.objectives,
    success_measures: input.successMeasures,
    target_levels: JSON.stringify([...new Set(input.targetLevels)]),
    owner_id: input.ownerId,
  };
}

async function saveSchools(trx: Transaction<DB>, initiativeId: number, schoolIds: number[]) {
  await trx.deleteFrom('initiative_schools').where('initiative_id', '=', initiativeId).execute();
  for (const schoolId of new Set(schoolIds)) await trx.insertInto('initiative_schools').values({ initiative_id: initiativeId, school_id: schoolId }).execute();
}

/** A new initiative comes last, with one empty lane ready for its first phase. */
export async function createInitiative(db: Db, input: ParsedInput<'initiatives.create'>): Promise<PlanChange> {
  const id = await db.transaction().execute(async (trx) => {
    await windowOf(trx, input.year);
    const problems = new FieldErrors();
    await problems.check(() => assertCodeFree(trx, input.year, input.code));
    await assertReferences(trx, input, problems);
    const live = await trx.selectFrom('initiatives').select(['position', 'colour']).where('year', '=', input.year).where('deleted_at', 'is', null).execute();
    const used = new Set(live.map((l) => l.colour));
    const colour = input.colour || (INITIATIVE_COLOURS.find((c) => !used.has(c)) ?? INITIATIVE_COLOURS[live.length % INITIATIVE_COLOURS.length] ?? '#2f6fb3');
    const position = live.reduce((m, l) => Math.max(m, l.position + 1), 0);
    const { id } = await trx
      .insertInto('initiatives')
      .values({ ...initiativeValues(input), year: input.year, colour, position })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveSchools(trx, id, input.schoolIds);
    await trx.insertInto('lanes').values({ initiative_id: id, name: '', position: 0 }).execute();
    return id;
  });
  return { plan: await readPlan(db, input.year), id };
}

export async function updateInitiative(db: Db, input: ParsedInput<'initiatives.update'>): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const row = await initiativeRow(trx, input.id);
    const problems = new FieldErrors();
    await problems.check(() => assertCodeFree(trx, row.year, input.code, input.id));
    await assertReferences(trx, input, problems);
    const set = { ...initiativeValues(input), colour: input.colour || row.colour, updated_at: nowIso() };
    await updateVersioned(trx, 'initiatives', input.id, input.version, set, ['Initiative', 'Inisiatif']);
    await saveSchools(trx, input.id, input.schoolIds);
    return row.year;
  });
  return { plan: await readPlan(db, year), id: input.id };
}

/** Refuses when calendar events or exams point at the initiative: they would lose their link. */
async function assertUnused(db: Db, id: number, code: string) {
  const events = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('initiative_id', '=', id).executeTakeFirstOrThrow();
  const exams = await db.selectFrom('exams').select((eb) => eb.fn.countAll<number>().as('n')).where('initiative_id', '=', id).executeTakeFirstOrThrow();
  const [e, x] = [Number(events.n), Number(exams.n)];
  if (e + x > 0) {
    throw new AppError(
      'CONFLICT',
      bi(
        `${code} cannot be deleted: ${e} calendar event(s) and ${x} exam(s) are linked to it. Delete them or link them to another initiative first.`,
        `${code} tidak boleh dipadam: ${e} acara kalendar dan ${x} peperiksaan dipautkan kepadanya. Padam atau pautkan kepada inisiatif lain dahulu.`,
      ),
    );
  }
}

export async function deleteInitiative(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const row = await initiativeRow(trx, id);
    await assertUnused(trx, id, row.code);
    await trx.updateTable('initiatives').set({ deleted_at: nowIso() }).where('id', '=', id).execute();
    return row.year;
  });
  return { plan: await readPlan(db, year), id };
}

export async function restoreInitiative(db: Db, id: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const row = await initiativeRow(trx, id, { deleted: true });
    await assertCodeFree(trx, row.year, row.code, id);
    await trx.updateTable('initiatives').set({ deleted_at: null }).where('id', '=', id).execute();
    return row.year;
  });
  return { plan: await readPlan(db, year), id };
}

/** Moves an initiative to a row position among the year's live initiatives (0 = first). */
export async function moveInitiative(db: Db, id: number, position: number): Promise<PlanChange> {
  const year = await db.transaction().execute(async (trx) => {
    const row = await initiativeRow(trx, id);
    const live = await trx.selectFrom('initiatives').select('id').where('year', '=', row.year).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();
    const order = live.map((l) => l.id).filter((x) => x !== id);
    order.splice(Math.min(position, order.length), 0, id);
    for (const [i, x] of order.entries()) await trx.updateTable('initiatives').set({ position: i }).where('id', '=', x).execute();
    return row.year;
  });
  return { plan: await readPlan(db, year), id };
}

/**
 * The order of the year's initiatives in the cluster profile, first to last. Every live initiative of the year
 * is named once; an empty list goes back to the plan's own order.
 */
export async function setProfileOrder(db: Db, year: number, ids: number[]): Promise<Plan> {
  await db.transaction().execute(async (trx) => {
    await windowOf(trx, year);
    const live = await trx.selectFrom('initiatives').select('id').where('year', '=', year).where('deleted_at', 'is', null).execute();
    const liveIds = new Set(live.map((l) => l.id));
    if (ids.length > 0 && (ids.length !== liveIds.size || ids.some((x) => !liveIds.has(x)))) {
      throw validationError('ids', bi(`Name every initiative of ${year} once, in the order wanted.`, `Namakan setiap inisiatif tahun ${year} sekali, mengikut susunan yang dikehendaki.`));
    }
    await trx.updateTable('initiatives').set({ profile_position: null }).where('year', '=', year).execute();
    for (const [i, x] of ids.entries()) await trx.updateTable('initiatives').set({ profile_position: i }).where('id', '=', x).execute();
  });
  return readPlan(db, year);
}
