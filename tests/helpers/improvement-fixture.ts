/**
 * School improvement rows written straight into the tables, for the SIP and KPI review documents.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const YEAR = 2025;

type Db = Kysely<DB>;

async function insertSchool(db: Db, number: number, abbreviation: string, name: string, level: string) {
  const r = await db.insertInto('schools').values({ number, name, abbreviation, level, address: '', phone: '', email: '', notes: '', wse_band: null, archived_at: null }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

async function insertPerson(db: Db, p: { name: string; title?: string; schoolId?: number | null; leaderRole?: string | null; teamRole?: string | null }) {
  const r = await db
    .insertInto('people')
    .values({ name: p.name, title: p.title ?? '', school_id: p.schoolId ?? null, leader_role: p.leaderRole ?? null, appointed_on: null, team_role: p.teamRole ?? null, team_role_label: '', email: '', phone: '', position: 0, archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Three schools: SR ALFA and SR BETA (primary, PSR) and SM GAMA (secondary, O Level).
 * SR ALFA's plan for 2025: priority 1 (aspects 2.2.4 and 4.1.1) with targets 1.1 (A–C % Mathematics 48 → 60)
 * and 1.2 (— → 80%) and action 1.1; priority 2 (aspect 2.1.6) with target 2.1 (30 → 50%, met) and action 2.1
 * (done). Review 1 (20 May, officer and a peer from SR BETA): 1.1 on track, 1.2 behind. Review 2 (10 Sep,
 * officer alone): 1.1 achieved, 2.1 achieved. Visits: 5 Mar 2025 raises a step for target 1.1, one for
 * action 1.1 and one serving neither; 1 Nov 2024 raises one for action 1.1 (another year).
 * Results (sat, A–C): ALFA MATH 2022 45/18 = 40% (target 45), 2024 50/24 = 48%, 2025 52/33 = 63.5% (target 60);
 * ALFA ENG 2024 50/30 = 60%, 2025 52/29 = 55.8% (target 65); BETA MATH 2024 40/30 = 75%, 2025 40/27 = 67.5%
 * (target 70); GAMA SCI (O) 2024 20/9 = 45%, 2025 0 sat (target 50).
 * Exams: PSR on 6 Oct 2025 (checkpoints 150/100/50/20): ALFA on track at 150 (58%), at risk at 100 (52%,
 * "Kehadiran menurun"); BETA off track at 150 (45%). O Level on 20 Oct 2025 with no review.
 */
export async function improvementFixture(db: Db) {
  const alfa = await insertSchool(db, 901, 'SR ALFA', 'Sekolah Rendah Alfa', 'primary');
  const beta = await insertSchool(db, 902, 'SR BETA', 'Sekolah Rendah Beta', 'primary');
  const gama = await insertSchool(db, 903, 'SM GAMA', 'Sekolah Menengah Gama', 'secondary');
  const officer = await insertPerson(db, { name: 'Awang Pegawai', teamRole: 'officer' });
  const peer = await insertPerson(db, { name: 'Hjh Rakan', title: 'Guru Besar', schoolId: beta, leaderRole: 'head' });
  await insertPerson(db, { name: 'Hj Alfa', title: 'Guru Besar', schoolId: alfa, leaderRole: 'head' });
  const aspect = async (code: string) => (await db.selectFrom('wse_aspects').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const examType = async (code: string) => (await db.selectFrom('exam_types').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const subject = async (code: string) => (await db.selectFrom('subjects').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  const sip = (await db.insertInto('sips').values({ school_id: alfa, year: YEAR, notes: 'Pelan dipersetujui oleh PIBG.', copied_from_id: null }).returning('id').executeTakeFirstOrThrow()).id;
  const p1 = (await db.insertInto('sip_priorities').values({ sip_id: sip, position: 0, title: 'Meningkatkan pencapaian Matematik', description: 'Fokus kepada Tahun 6.' }).returning('id').executeTakeFirstOrThrow()).id;
  const p2 = (await db.insertInto('sip_priorities').values({ sip_id: sip, position: 1, title: 'Budaya membaca', description: '' }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('sip_priority_aspects').values([{ priority_id: p1, aspect_id: await aspect('4.1.1') }, { priority_id: p1, aspect_id: await aspect('2.2.4') }, { priority_id: p2, aspect_id: await aspect('2.1.6') }]).execute();
  const target = async (priority: number, position: number, measure: string, baseline: number | null, value: number, due: string, status: 'open' | 'met' = 'open') =>
    (await db.insertInto('sip_targets').values({ priority_id: priority, position, measure, baseline, target: value, unit: '%', due_date: due, status, exam_type_id: null, subject_id: null, carried_from_id: null }).returning('id').executeTakeFirstOrThrow()).id;
  const t11 = await target(p1, 0, 'A–C % Matematik Tahun 6', 48, 60, '2025-10-31');
  const t12 = await target(p1, 1, 'Guru menggunakan penilaian untuk pembelajaran', null, 80, '2025-09-30');
  const t21 = await target(p2, 0, 'Murid Tahun 3 membaca dengan lancar', 30, 50, '2025-11-15', 'met');
  const a11 = (await db.insertInto('sip_actions').values({ priority_id: p1, position: 0, what: 'Kelas tambahan Matematik', owner: 'Ketua Bidang Matematik', start_date: '2025-02-01', end_date: '2025-09-30', status: 'in-progress', carried_from_id: null }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('sip_actions').values({ priority_id: p2, position: 0, what: 'Program bacaan pagi', owner: 'Guru Bahasa', start_date: '2025-01-15', end_date: null, status: 'done', carried_from_id: null }).execute();
  const r1 = (await db.insertInto('sip_reviews').values({ sip_id: sip, number: 1, date: '2025-05-20', reviewer_id: officer, peer_reviewer_id: peer, findings: 'Pelan dilaksanakan mengikut jadual.' }).returning('id').executeTakeFirstOrThrow()).id;
  const r2 = (await db.insertInto('sip_reviews').values({ sip_id: sip, number: 2, date: '2025-09-10', reviewer_id: officer, peer_reviewer_id: null, findings: '' }).returning('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('sip_review_targets')
    .values([
      { review_id: r1, target_id: t11, progress: 'on-track', evidence: 'Ujian bulanan: 55%' },
      { review_id: r1, target_id: t12, progress: 'behind', evidence: 'Hanya 40% guru' },
      { review_id: r2, target_id: t11, progress: 'achieved', evidence: 'Ujian percubaan: 62%' },
      { review_id: r2, target_id: t21, progress: 'achieved', evidence: '' },
    ])
    .execute();

  const purpose = (await db.selectFrom('visit_purposes').select('id').orderBy('position').executeTakeFirstOrThrow()).id;
  const visit = async (date: string) => (await db.insertInto('visits').values({ school_id: alfa, date, purpose_id: purpose, status: 'done', next_visit_date: null }).returning('id').executeTakeFirstOrThrow()).id;
  const march = await visit('2025-03-05');
  const november = await visit('2024-11-01');
  await db
    .insertInto('next_steps')
    .values([
      { visit_id: march, text: 'Analisis item ujian Matematik', owner: 'PGB', due_date: '2025-04-30', closed_on: '2025-04-20', closed_note: 'Dibentangkan.', sip_target_id: t11, sip_action_id: null },
      { visit_id: march, text: 'Pantau kelas tambahan', owner: 'Ketua Bidang', due_date: '2025-06-30', closed_on: null, closed_note: '', sip_target_id: null, sip_action_id: a11 },
      { visit_id: march, text: 'Kemas kini papan kenyataan', owner: 'Guru', due_date: null, closed_on: null, closed_note: '', sip_target_id: null, sip_action_id: null },
      { visit_id: november, text: 'Langkah tahun lalu', owner: 'PGB', due_date: null, closed_on: null, closed_note: '', sip_target_id: null, sip_action_id: a11 },
    ])
    .execute();

  const psr = await examType('PSR');
  const o = await examType('O');
  const math = await subject('MATH');
  const eng = await subject('ENG');
  const sci = await subject('SCI');
  const result = (school: number, exam: number, subj: number, year: number, sat: number, passed: number) => ({ school_id: school, exam_type_id: exam, subject_id: subj, year, sat, passed, grade_counts: null });
  await db
    .insertInto('results')
    .values([
      result(alfa, psr, math, 2022, 45, 18),
      result(alfa, psr, math, 2024, 50, 24),
      result(alfa, psr, math, 2025, 52, 33),
      result(alfa, psr, eng, 2024, 50, 30),
      result(alfa, psr, eng, 2025, 52, 29),
      result(beta, psr, math, 2024, 40, 30),
      result(beta, psr, math, 2025, 40, 27),
      result(gama, o, sci, 2024, 20, 9),
      result(gama, o, sci, 2025, 0, 0),
    ])
    .execute();
  await db
    .insertInto('result_targets')
    .values([
      { school_id: alfa, exam_type_id: psr, subject_id: math, year: 2022, target_percent: 45 },
      { school_id: alfa, exam_type_id: psr, subject_id: math, year: 2025, target_percent: 60 },
      { school_id: alfa, exam_type_id: psr, subject_id: eng, year: 2025, target_percent: 65 },
      { school_id: beta, exam_type_id: psr, subject_id: math, year: 2025, target_percent: 70 },
      { school_id: gama, exam_type_id: o, subject_id: sci, year: 2025, target_percent: 50 },
    ])
    .execute();
  const exam = async (name: string, date: string, type: number) =>
    (await db.insertInto('exams').values({ name, exam_date: date, checkpoint_days: '[150,100,50,20]', initiative_id: null, exam_type_id: type }).returning('id').executeTakeFirstOrThrow()).id;
  const psrExam = await exam('PSR 2025', '2025-10-06', psr);
  await exam('O Level 2025', '2025-10-20', o);
  await db
    .insertInto('checkpoint_reviews')
    .values([
      { exam_id: psrExam, days_before: 150, school_id: alfa, status: 'on-track', predicted_percent: 58, note: '' },
      { exam_id: psrExam, days_before: 100, school_id: alfa, status: 'at-risk', predicted_percent: 52, note: 'Kehadiran menurun' },
      { exam_id: psrExam, days_before: 150, school_id: beta, status: 'off-track', predicted_percent: 45, note: '' },
    ])
    .execute();
  return { alfa, beta, gama };
}

