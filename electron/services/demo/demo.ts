/**
 * Demo data, loaded into an empty database in one transaction: Kluster 2's profile, team and schools, the 2023
 * plan, the year's terms, holidays and exams, a term of visits and the mentoring programme.
 */
import type { Kysely } from 'kysely';
import { SCHOOL_LEVELS, type SchoolLevel, type TeamRole } from '../../../shared/domain';
import { AppError, bi } from '../../../shared/errors';
import { DEFAULT_WINDOW_MONTHS } from '../../../shared/plan/months';
import { weeklyOn } from '../../../shared/plan/recurrence';
import { INITIATIVE_COLOURS } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import kluster2 from './kluster2.json';
import { DEMO_TERMS, loadDemoCalendar } from './calendar-demo';
import { loadDemoMentoring } from './mentoring-demo';
import { loadDemoAttendance } from './attendance-demo';
import { loadDemoVisits } from './visits-demo';
import { loadDemoResults } from './results-demo';
import { loadDemoSips } from './sip-demo';
import { loadDemoWse } from './wse-demo';
import {
  INITIATIVE_DESCRIPTIONS_EN,
  INITIATIVE_DESCRIPTIONS_MS,
  PROFILE_CROSS_COMPETENCIES_MS,
  PROFILE_EN,
  PROFILE_INTRODUCTION_MS,
  PROFILE_LOGO_MS,
  PROFILE_MAIN_ROLE_MS,
  PROFILE_SERVICES_MS,
} from './profile-texts';
import { nextVersion } from '../versions';

const ROLE_BY_LABEL: Record<string, TeamRole> = {
  'Ketua Kluster': 'cluster_head',
  'Penolong Ketua Kluster': 'assistant_head',
  'Kumpulan Kerja': 'officer',
  Kerani: 'clerk',
};

/** The reference text carries stray paragraphs after some values; a cell is its first line. */
export const firstLine = (s: string) => (s.split('\n')[0] ?? '').trim();

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const s = await db.selectFrom('schools').select('id').limit(1).executeTakeFirst();
  const p = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  const y = await db.selectFrom('plan_years').select('year').limit(1).executeTakeFirst();
  return !s && !p && !y;
}

/** The 2023 plan as in the infographic, and EPIC's Wednesday sessions (February to September) for every school. */
async function loadDemoPlan(trx: Kysely<DB>) {
  const year = 2023;
  await trx.insertInto('plan_years').values({ year, window_start: '2023-01', window_months: DEFAULT_WINDOW_MONTHS }).execute();
  const initiativeIds = new Map<string, number>();
  const profileOrder = new Map(kluster2.initiatives.map((i, n) => [i.code, n]));
  for (const [position, row] of kluster2.calendar2023.entries()) {
    const info = kluster2.initiatives.find((i) => i.code === row.initiative);
    const { id } = await trx
      .insertInto('initiatives')
      .values({
        year,
        code: row.initiative,
        // The profile names its initiatives in English in both languages.
        name: info?.name ?? row.initiative,
        name_en: info?.name ?? row.initiative,
        description_ms: INITIATIVE_DESCRIPTIONS_MS[row.initiative] ?? '',
        description_en: INITIATIVE_DESCRIPTIONS_EN[row.initiative] ?? '',
        colour: INITIATIVE_COLOURS[position % INITIATIVE_COLOURS.length] ?? '#2f6fb3',
        position,
        // The profile lists its initiatives in its own order (STEPS second), not the calendar's.
        profile_position: profileOrder.has(row.initiative) ? profileOrder.get(row.initiative) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    initiativeIds.set(row.initiative, id);
    for (const [lanePosition, lane] of row.lanes.entries()) {
      const { id: laneId } = await trx.insertInto('lanes').values({ initiative_id: id, position: lanePosition }).returning('id').executeTakeFirstOrThrow();
      for (const p of lane) await trx.insertInto('phases').values({ lane_id: laneId, name: p.name, name_en: p.name, start_month: p.start, end_month: p.end }).execute();
    }
  }
  const epic = initiativeIds.get('EPIC');
  if (epic === undefined) throw new AppError('INTERNAL', bi('The demo plan has no EPIC initiative.', 'Pelan demo tiada inisiatif EPIC.'));
  const { id: series } = await trx
    .insertInto('events')
    .values({ title: 'EPIC', start_date: '2023-02-01', end_date: '2023-02-01', all_day: 1, initiative_id: epic, rrule: weeklyOn('WE'), repeat_until: '2023-09-30', place: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const schools = await trx.selectFrom('schools').select('id').execute();
  for (const s of schools) await trx.insertInto('event_schools').values({ event_id: series, school_id: s.id }).execute();
  return { stepsId: initiativeIds.get('STEPS') ?? null };
}

export async function loadDemo(db: Kysely<DB>): Promise<{ schools: number; team: number }> {
  return db.transaction().execute(async (trx) => {
    if (!(await isEmpty(trx))) {
      throw new AppError('CONFLICT', bi(
        'The demo can only be loaded into an empty database; this one already has schools or people.',
        'Data contoh hanya boleh dimuatkan ke pangkalan data kosong; pangkalan data ini sudah mempunyai sekolah atau orang.',
      ));
    }
    const c = kluster2.cluster;
    await trx
      .updateTable('cluster_profile')
      .set({
        name: c.name,
        former_name: c.formerName,
        mission: c.mission,
        vision: c.vision,
        ministry: 'Kementerian Pendidikan, Negara Brunei Darussalam',
        department: 'Jabatan Sekolah-Sekolah',
        introduction: PROFILE_INTRODUCTION_MS,
        services: PROFILE_SERVICES_MS,
        main_role: PROFILE_MAIN_ROLE_MS,
        logo_description: PROFILE_LOGO_MS,
        cross_competencies: PROFILE_CROSS_COMPETENCIES_MS,
        team_as_of: '2023-06',
        ministry_en: PROFILE_EN.ministry,
        department_en: PROFILE_EN.department,
        // The cluster's proper name is the same in English.
        name_en: c.name,
        former_name_en: c.formerName,
        mission_en: PROFILE_EN.mission,
        vision_en: PROFILE_EN.vision,
        introduction_en: PROFILE_EN.introduction,
        services_en: PROFILE_EN.services,
        main_role_en: PROFILE_EN.mainRole,
        logo_description_en: PROFILE_EN.logoDescription,
        cross_competencies_en: PROFILE_EN.crossCompetencies,
        version: nextVersion,
      })
      .where('id', '=', 1)
      .execute();
    for (const [position, m] of kluster2.team.entries()) {
      await trx
        .insertInto('people')
        .values({ name: m.name, title: '', team_role: ROLE_BY_LABEL[m.role] ?? 'other', team_role_label: ROLE_BY_LABEL[m.role] ? '' : m.role, email: '', phone: '', position })
        .execute();
    }
    for (const s of kluster2.schools) {
      if (!SCHOOL_LEVELS.includes(s.level as SchoolLevel)) throw new AppError('INTERNAL', bi(`Demo school ${s.name} has an unknown level.`, `Sekolah demo ${s.name} mempunyai peringkat yang tidak dikenali.`));
      await trx
        .insertInto('schools')
        .values({ number: s.no, name: firstLine(s.name), abbreviation: firstLine(s.abbreviation), level: s.level, address: '', phone: '', email: '', notes: '' })
        .execute();
    }
    const { stepsId } = await loadDemoPlan(trx);
    await loadDemoCalendar(trx, stepsId);
    await loadDemoMentoring(trx, 2023);
    await loadDemoAttendance(trx, 2023);
    await loadDemoWse(trx);
    const [, term2] = DEMO_TERMS;
    if (term2) await loadDemoVisits(trx, { year: 2023, number: 2, start: term2[3], end: term2[4] });
    await loadDemoResults(trx, 2023);
    await loadDemoSips(trx, 2023);
    return { schools: kluster2.schools.length, team: kluster2.team.length };
  });
}
