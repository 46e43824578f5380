/** Reading a plan year: its window, its live initiatives with lanes and phases, and the terms and holidays it spans. */
import type { Kysely } from 'kysely';
import type { SchoolLevel } from '../../../shared/domain';
import { AppError, bi } from '../../../shared/errors';
import { windowEnd, type PlanWindow } from '../../../shared/plan/months';
import type { CalendarPeriod, Initiative, Plan, PlanYearSummary } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { periodsBetween } from '../calendar/periods';

type Db = Kysely<DB>;

export const noPlanYear = (year: number) =>
  new AppError('NOT_FOUND', bi(`There is no plan for ${year} yet.`, `Belum ada pelan untuk tahun ${year}.`), 'year');

export async function windowOf(db: Db, year: number): Promise<PlanWindow> {
  const row = await db.selectFrom('plan_years').select(['window_start', 'window_months']).where('year', '=', year).executeTakeFirst();
  if (!row) throw noPlanYear(year);
  return { start: row.window_start, months: row.window_months };
}

export async function listYears(db: Db): Promise<PlanYearSummary[]> {
  const rows = await db
    .selectFrom('plan_years as y')
    .leftJoin('initiatives as i', (j) => j.onRef('i.year', '=', 'y.year').on('i.deleted_at', 'is', null))
    .select(['y.year', 'y.window_start', 'y.window_months', (eb) => eb.fn.count<number>('i.id').as('n')])
    .groupBy('y.year')
    .orderBy('y.year')
    .execute();
  return rows.map((r) => ({ year: r.year, window: { start: r.window_start, months: r.window_months }, initiatives: Number(r.n) }));
}

export async function readInitiatives(db: Db, year: number): Promise<Initiative[]> {
  const initiatives = await db
    .selectFrom('initiatives as i')
    .leftJoin('people as p', 'p.id', 'i.owner_id')
    .selectAll('i')
    .select('p.name as owner_name')
    .where('i.year', '=', year)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.position')
    .orderBy('i.id')
    .execute();
  if (initiatives.length === 0) return [];
  const ids = initiatives.map((i) => i.id);
  const lanes = await db
    .selectFrom('lanes')
    .select(['id', 'initiative_id', 'name', 'version'])
    .where('initiative_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const phases = lanes.length
    ? await db
        .selectFrom('phases')
        .select(['id', 'lane_id', 'name', 'name_en', 'start_month', 'end_month', 'version'])
        .where('lane_id', 'in', lanes.map((l) => l.id))
        .where('deleted_at', 'is', null)
        .orderBy('start_month')
        .orderBy('id')
        .execute()
    : [];
  const schools = await db.selectFrom('initiative_schools').selectAll().where('initiative_id', 'in', ids).execute();
  return initiatives.map((i) => ({
    id: i.id,
    year: i.year,
    code: i.code,
    name: i.name,
    nameEn: i.name_en,
    descriptionMs: i.description_ms,
    descriptionEn: i.description_en,
    objectives: i.objectives,
    successMeasures: i.success_measures,
    targetLevels: JSON.parse(i.target_levels) as SchoolLevel[],
    schoolIds: schools.filter((s) => s.initiative_id === i.id).map((s) => s.school_id),
    ownerId: i.owner_id,
    ownerName: i.owner_name ?? null,
    colour: i.colour,
    profilePosition: i.profile_position,
    version: i.version,
    lanes: lanes
      .filter((l) => l.initiative_id === i.id)
      .map((l) => ({
        id: l.id,
        name: l.name,
        version: l.version,
        phases: phases.filter((p) => p.lane_id === l.id).map((p) => ({ id: p.id, laneId: l.id, name: p.name, nameEn: p.name_en, start: p.start_month, end: p.end_month, version: p.version })),
      })),
  }));
}

export async function readPlan(db: Db, year: number): Promise<Plan> {
  const window = await windowOf(db, year);
  const periods: CalendarPeriod[] = await periodsBetween(db, `${window.start}-01`, `${windowEnd(window)}-31`);
  return { year, window, initiatives: await readInitiatives(db, year), periods };
}
