/**
 * The demo year's school terms, school breaks and public holidays, and its PSR and O Level exams. The profile
 * names none of them, so every date here is illustrative and every name is marked "(demo)"; the exams'
 * checkpoints (150, 100, 50 and 20 days before, as STEPS monitors them) follow from the exam dates.
 */
import type { Kysely } from 'kysely';
import { DEFAULT_CHECKPOINT_DAYS } from '../../../shared/plan/calendar-dates';
import type { DB } from '../../../db/schema';

type Period = [kind: 'term' | 'holiday', name: string, nameEn: string, start: string, end: string];

/** The demo's four terms of 2023; term 2 holds the demo visits. */
export const DEMO_TERMS: readonly Period[] = [
  ['term', 'Penggal 1 (demo)', 'Term 1 (demo)', '2023-01-02', '2023-03-10'],
  ['term', 'Penggal 2 (demo)', 'Term 2 (demo)', '2023-03-20', '2023-06-16'],
  ['term', 'Penggal 3 (demo)', 'Term 3 (demo)', '2023-07-03', '2023-09-08'],
  ['term', 'Penggal 4 (demo)', 'Term 4 (demo)', '2023-09-18', '2023-11-24'],
];

const HOLIDAYS: readonly Period[] = [
  ['holiday', 'Tahun Baru (demo)', "New Year's Day (demo)", '2023-01-01', '2023-01-01'],
  ['holiday', 'Tahun Baru Cina (demo)', 'Chinese New Year (demo)', '2023-01-22', '2023-01-23'],
  ['holiday', 'Israk dan Mikraj (demo)', "Isra' and Mi'raj (demo)", '2023-02-18', '2023-02-18'],
  ['holiday', 'Hari Kebangsaan (demo)', 'National Day (demo)', '2023-02-23', '2023-02-23'],
  ['holiday', 'Cuti penggal 1 (demo)', 'Term 1 break (demo)', '2023-03-11', '2023-03-19'],
  ['holiday', 'Awal Ramadan (demo)', 'First day of Ramadan (demo)', '2023-03-23', '2023-03-23'],
  ['holiday', 'Nuzul Al-Quran (demo)', 'Nuzul Al-Quran (demo)', '2023-04-08', '2023-04-08'],
  ['holiday', 'Hari Raya Aidilfitri (demo)', 'Hari Raya Aidilfitri (demo)', '2023-04-22', '2023-04-25'],
  ['holiday', 'Hari Angkatan Bersenjata (demo)', 'Armed Forces Day (demo)', '2023-05-31', '2023-05-31'],
  ['holiday', 'Cuti penggal 2 (demo)', 'Term 2 break (demo)', '2023-06-17', '2023-07-02'],
  ['holiday', 'Hari Raya Aidiladha (demo)', 'Hari Raya Aidiladha (demo)', '2023-06-29', '2023-06-29'],
  ['holiday', 'Hari Keputeraan KDYMM (demo)', "His Majesty the Sultan's Birthday (demo)", '2023-07-15', '2023-07-15'],
  ['holiday', 'Awal Tahun Hijrah (demo)', 'Islamic New Year (demo)', '2023-07-19', '2023-07-19'],
  ['holiday', 'Cuti penggal 3 (demo)', 'Term 3 break (demo)', '2023-09-09', '2023-09-17'],
  ['holiday', 'Maulud Nabi (demo)', "Prophet Muhammad's Birthday (demo)", '2023-09-28', '2023-09-28'],
  ['holiday', 'Cuti akhir tahun (demo)', 'Year-end break (demo)', '2023-11-25', '2023-12-31'],
  ['holiday', 'Hari Krismas (demo)', 'Christmas Day (demo)', '2023-12-25', '2023-12-25'],
];

const EXAMS: readonly [name: string, date: string][] = [
  ['PSR (demo)', '2023-09-25'],
  ['O Level (demo)', '2023-10-16'],
];

/** Terms, breaks and holidays, then the exams tied to the year's STEPS initiative. */
export async function loadDemoCalendar(trx: Kysely<DB>, stepsId: number | null) {
  for (const [kind, name, nameEn, start, end] of [...DEMO_TERMS, ...HOLIDAYS]) {
    await trx.insertInto('calendar_periods').values({ kind, name, name_en: nameEn, start_date: start, end_date: end }).execute();
  }
  for (const [name, date] of EXAMS) {
    await trx.insertInto('exams').values({ name, exam_date: date, checkpoint_days: JSON.stringify(DEFAULT_CHECKPOINT_DAYS), initiative_id: stepsId }).execute();
  }
  return { periods: DEMO_TERMS.length + HOLIDAYS.length, exams: EXAMS.length };
}
