/**
 * A term of demo visits (term 2 of 2023): three visits a week across the schools by the officers, lesson
 * observations rated on the rubric, next steps with owners and due dates (closed, open, and some overdue as of
 * the end of June), a cancelled visit, and the termly narratives of a few schools with the cluster's highlights
 * and challenges. Every text is invented and marked "Demo"; nothing here is real Kluster 2 data.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../../shared/plan/calendar-dates';
import type { DB } from '../../../db/schema';

/** The day the demo's "overdue" is meant to be read at: the middle of the demo year. */
export const DEMO_MID_YEAR = '2023-06-30';

const FINDINGS = [
  'Demo: Sudut bacaan diwujudkan di semua kelas Tahun 1 hingga 3; jadual bacaan belum dipantau.',
  'Demo: Pelan tindakan STEPS Matematik dibincangkan bersama Guru Besar dan Ketua Bidang.',
  'Demo: SIP 2023 dikemas kini mengikut maklum balas semakan rakan sebaya.',
  'Demo: Data pentaksiran dalaman Tahun 6 dianalisis; tiga kelas di bawah sasaran A-C.',
  'Demo: Pemimpin sekolah berkongsi kemajuan bukti domain 2 WSE.',
  'Demo: Pengajaran berasaskan masalah (PBL) Kimia diperhatikan dalam dua kelas.',
];
const STEPS: [text: string, owner: string][] = [
  ['Demo: Kongsi pelan bacaan dengan semua guru', 'Guru Besar'],
  ['Demo: Analisis data pentaksiran dan bentangkan kepada guru', 'PGB Kurikulum'],
  ['Demo: Adakan bengkel pembezaan Matematik', 'Ketua Bidang'],
  ['Demo: Sediakan bukti domain 2 untuk mikrovalidasi', 'TP Akademik'],
  ['Demo: Kemas kini jadual intervensi 100 hari', 'Ketua Bidang'],
  ['Demo: Hantar pelan tindakan STEPS yang disemak', 'Guru Besar'],
];
const TEACHERS = ['Cikgu Noraini (demo)', 'Cikgu Hafiz (demo)', 'Cikgu Rahim (demo)', 'Cikgu Salmah (demo)', 'Cikgu Azlan (demo)', 'Cikgu Fadhilah (demo)'];
const SUBJECTS = ['Matematik', 'English', 'Sains', 'Bahasa Melayu'];
/** The purposes the demo's visits cycle through; every other visit observes lessons. */
const PURPOSES = ['observation', 'visit', 'observation', 'sip', 'observation', 'contact', 'observation', 'kpi'];

/** School days of the term: Mondays, Tuesdays and Thursdays outside the holidays. */
function visitDays(start: string, end: string, holidays: { start: string; end: string }[]): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (![1, 2, 4].includes(weekday)) continue;
    if (holidays.some((h) => h.start <= d && d <= h.end)) continue;
    out.push(d);
  }
  return out;
}

export async function loadDemoVisits(trx: Kysely<DB>, term: { year: number; number: number; start: string; end: string }) {
  const schools = await trx.selectFrom('schools').select(['id', 'level']).orderBy('number').execute();
  const officers = await trx.selectFrom('people').select('id').where('team_role', 'in', ['officer', 'assistant_head']).orderBy('position').execute();
  const purposes = new Map((await trx.selectFrom('visit_purposes').select(['id', 'code']).execute()).map((p) => [p.code, p.id]));
  const criteria = await trx.selectFrom('rubric_criteria').select('id').where('archived_at', 'is', null).orderBy('position').execute();
  const holidays = await trx
    .selectFrom('calendar_periods')
    .select(['start_date as start', 'end_date as end'])
    .where('kind', '=', 'holiday')
    .where('start_date', '<=', term.end)
    .where('end_date', '>=', term.start)
    .execute();
  const days = visitDays(term.start, term.end, holidays);
  let steps = 0;
  let observations = 0;
  for (const [i, date] of days.entries()) {
    // Schools taken in a fixed stride so every school is visited once before any is visited again.
    const school = schools[(i * 7) % schools.length];
    const lead = officers[i % officers.length];
    if (!school || !lead) break;
    const purposeCode = PURPOSES[i % PURPOSES.length] ?? 'visit';
    const purposeId = purposes.get(purposeCode) ?? purposes.get('visit');
    if (purposeId === undefined) break;
    const cancelled = i === 9;
    const nextVisit = i % 4 === 0 ? addDays(date, 28) : null;
    const head = school.level === 'primary' ? 'Guru Besar' : 'Pengetua';
    const { id: visitId } = await trx
      .insertInto('visits')
      .values({
        school_id: school.id,
        date,
        purpose_id: purposeId,
        status: cancelled ? 'cancelled' : 'done',
        people_met: cancelled ? '' : `${head}, Ketua Bidang`,
        findings: cancelled ? 'Demo: Tidak dijalankan; sekolah mengadakan hari sukan.' : (FINDINGS[i % FINDINGS.length] ?? ''),
        next_visit_date: cancelled ? null : nextVisit,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('visit_officers').values({ visit_id: visitId, person_id: lead.id }).execute();
    const second = officers[(i + 2) % officers.length];
    if (i % 3 === 0 && second && second.id !== lead.id) await trx.insertInto('visit_officers').values({ visit_id: visitId, person_id: second.id }).execute();
    if (cancelled) continue;

    // One or two next steps, due two to five weeks later. Steps due by mid-May are mostly closed a few days
    // early; the rest stay open, so some are overdue at the end of June and some are still to come.
    for (let k = 0; k < 1 + (i % 2); k++) {
      const [text, owner] = STEPS[(i + k * 3) % STEPS.length] ?? ['Demo: Susulan', head];
      const due = addDays(date, 14 + ((i + k) % 4) * 7);
      const closed = due <= '2023-05-15' && (i + k) % 5 !== 0;
      await trx
        .insertInto('next_steps')
        .values({ visit_id: visitId, text, owner, due_date: due, closed_on: closed ? addDays(due, -3) : null, closed_note: closed ? 'Demo: Selesai dan disemak semasa lawatan susulan.' : '' })
        .execute();
      steps++;
    }
    if (purposeCode !== 'observation') continue;
    for (let k = 0; k < 2; k++) {
      const { id: observationId } = await trx
        .insertInto('observations')
        .values({
          visit_id: visitId,
          teacher: TEACHERS[(i + k) % TEACHERS.length] ?? 'Cikgu (demo)',
          class_name: school.level === 'primary' ? `Tahun ${3 + ((i + k) % 4)}` : `Tahun ${7 + ((i + k) % 5)}`,
          subject: SUBJECTS[(i + k) % SUBJECTS.length] ?? '',
          strengths: 'Demo: Objektif pelajaran jelas dan pelajar terlibat secara aktif.',
          improvements: 'Demo: Tambah soalan aras tinggi dan semak kefahaman sebelum aktiviti berkumpulan.',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [c, criterion] of criteria.entries()) {
        await trx.insertInto('observation_ratings').values({ observation_id: observationId, criterion_id: criterion.id, rating: 2 + ((i + k + c) % 3) }).execute();
      }
      observations++;
    }
  }

  // The termly texts: the narratives of the first few schools visited, and the cluster's own.
  const visited = [...new Set(days.slice(0, 6).map((_, i) => schools[(i * 7) % schools.length]?.id))].filter((id): id is number => id !== undefined);
  for (const schoolId of visited.slice(0, 4)) {
    await trx
      .insertInto('term_reports')
      .values({ school_id: schoolId, year: term.year, term: term.number, narrative: 'Demo: Sekolah melaksanakan pelan tindakan STEPS dan sudut bacaan; pemantauan pembezaan Matematik diteruskan pada penggal 3.' })
      .execute();
  }
  await trx
    .insertInto('term_reports')
    .values({
      school_id: null,
      year: term.year,
      term: term.number,
      highlights: 'Demo: Semua sekolah dilawati sekurang-kurangnya sekali; pencerapan pengajaran menunjukkan penglibatan pelajar yang baik.',
      challenges: 'Demo: Cuti Hari Raya memendekkan minggu lawatan; beberapa langkah susulan belum ditutup.',
    })
    .execute();
  return { visits: days.length, steps, observations };
}
