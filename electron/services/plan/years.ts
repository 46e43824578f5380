/** Plan years: create one, change its window, copy it forward into the next year. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { bi, validationError } from '../../../shared/errors';
import { addYear } from '../../../shared/plan/copy-forward';
import { addMonths, defaultWindow } from '../../../shared/plan/months';
import { phaseProblem } from '../../../shared/plan/phases';
import type { Plan } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { readPlan, windowOf } from './read';

type Db = Kysely<DB>;

async function assertYearFree(db: Db, year: number) {
  const row = await db.selectFrom('plan_years').select('year').where('year', '=', year).executeTakeFirst();
  if (row) throw validationError('year', bi(`There is already a plan for ${year}.`, `Pelan untuk tahun ${year} sudah ada.`));
}

export async function createYear(db: Db, input: ParsedInput<'plan.createYear'>): Promise<Plan> {
  await db.transaction().execute(async (trx) => {
    await assertYearFree(trx, input.year);
    const start = input.windowStart || defaultWindow(input.year).start;
    await trx.insertInto('plan_years').values({ year: input.year, window_start: start, window_months: input.windowMonths }).execute();
  });
  return readPlan(db, input.year);
}

/** A window may shrink or move only while every phase still fits inside it. */
export async function setWindow(db: Db, input: ParsedInput<'plan.setWindow'>): Promise<Plan> {
  await db.transaction().execute(async (trx) => {
    await windowOf(trx, input.year);
    const window = { start: input.windowStart, months: input.windowMonths };
    const phases = await trx
      .selectFrom('phases as p')
      .innerJoin('lanes as l', 'l.id', 'p.lane_id')
      .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
      .select(['p.name', 'p.start_month', 'p.end_month', 'i.code'])
      .where('i.year', '=', input.year)
      .where('i.deleted_at', 'is', null)
      .where('l.deleted_at', 'is', null)
      .where('p.deleted_at', 'is', null)
      .execute();
    for (const p of phases) {
      const problem = phaseProblem({ name: `${p.code}: ${p.name}`, start: p.start_month, end: p.end_month }, window);
      if (problem) throw validationError(problem.field === 'start' ? 'windowStart' : 'windowMonths', problem.message);
    }
    await trx.updateTable('plan_years').set({ window_start: window.start, window_months: window.months, updated_at: nowIso() }).where('year', '=', input.year).execute();
  });
  return readPlan(db, input.year);
}

/**
 * Copies the whole plan (initiatives, lanes, phases, recurring events) twelve months on, in one transaction:
 * if any row fails, nothing of the new year remains. The original year is not touched.
 */
export async function copyForward(db: Db, year: number): Promise<Plan> {
  const target = year + 1;
  await db.transaction().execute(async (trx) => {
    const window = await windowOf(trx, year);
    await assertYearFree(trx, target);
    await trx.insertInto('plan_years').values({ year: target, window_start: addMonths(window.start, 12), window_months: window.months }).execute();

    const initiatives = await trx.selectFrom('initiatives').selectAll().where('year', '=', year).where('deleted_at', 'is', null).execute();
    const initiativeMap = new Map<number, number>();
    const phaseMap = new Map<number, number>();
    for (const i of initiatives) {
      const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, version: _v, ...fields } = i;
      const { id: newId } = await trx.insertInto('initiatives').values({ ...fields, year: target }).returning('id').executeTakeFirstOrThrow();
      initiativeMap.set(i.id, newId);
      const schools = await trx.selectFrom('initiative_schools').select('school_id').where('initiative_id', '=', i.id).execute();
      for (const s of schools) await trx.insertInto('initiative_schools').values({ initiative_id: newId, school_id: s.school_id }).execute();
      const lanes = await trx.selectFrom('lanes').selectAll().where('initiative_id', '=', i.id).where('deleted_at', 'is', null).orderBy('position').execute();
      for (const l of lanes) {
        const { id: laneId } = await trx
          .insertInto('lanes')
          .values({ initiative_id: newId, name: l.name, position: l.position })
          .returning('id')
          .executeTakeFirstOrThrow();
        const phases = await trx.selectFrom('phases').selectAll().where('lane_id', '=', l.id).where('deleted_at', 'is', null).execute();
        for (const p of phases) {
          const { id: phaseId } = await trx
            .insertInto('phases')
            .values({ lane_id: laneId, name: p.name, name_en: p.name_en, start_month: addMonths(p.start_month, 12), end_month: addMonths(p.end_month, 12) })
            .returning('id')
            .executeTakeFirstOrThrow();
          phaseMap.set(p.id, phaseId);
        }
      }
    }

    // Recurring series that start in the year; skipped dates stay behind (next year's holidays differ).
    const series = await trx
      .selectFrom('events')
      .selectAll()
      .where('rrule', 'is not', null)
      .where('series_id', 'is', null)
      .where('start_date', '>=', `${year}-01-01`)
      .where('start_date', '<=', `${year}-12-31`)
      .execute();
    for (const e of series) {
      const { id: _id, created_at: _c, updated_at: _u, version: _v, ...fields } = e;
      const { id: newId } = await trx
        .insertInto('events')
        .values({
          ...fields,
          start_date: addYear(e.start_date),
          end_date: addYear(e.end_date),
          repeat_until: e.repeat_until && addYear(e.repeat_until),
          initiative_id: e.initiative_id === null ? null : (initiativeMap.get(e.initiative_id) ?? null),
          phase_id: e.phase_id === null ? null : (phaseMap.get(e.phase_id) ?? null),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const s of await trx.selectFrom('event_schools').select('school_id').where('event_id', '=', e.id).execute()) {
        await trx.insertInto('event_schools').values({ event_id: newId, school_id: s.school_id }).execute();
      }
      for (const p of await trx.selectFrom('event_people').select('person_id').where('event_id', '=', e.id).execute()) {
        await trx.insertInto('event_people').values({ event_id: newId, person_id: p.person_id }).execute();
      }
    }
  });
  return readPlan(db, target);
}
