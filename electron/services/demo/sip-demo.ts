/**
 * Demo school improvement plans for the demo year: two primary schools and one secondary school, each with
 * priorities tied to WSE aspects, SMART targets (A–C % in PSR or O Level subjects), actions and SIP Review 1
 * recorded with a cluster officer and a peer reviewer from another school. Every text is invented.
 */
import type { Kysely } from 'kysely';
import type { DB, SipActionStatus, SipProgress } from '../../../db/schema';

interface DemoTarget { measure: string; baseline: number; target: number; due: string; exam?: string; subject?: string; progress: SipProgress; evidence: string }
interface DemoPriority { title: string; aspects: string[]; targets: DemoTarget[]; actions: [what: string, owner: string, start: string, end: string, status: SipActionStatus][] }

const plan = (year: number, exam: string, level: string): DemoPriority[] => [
  {
    title: `Demo: Meningkatkan peratus A–C Matematik ${level}`,
    aspects: ['2.2.4', '4.1.1'],
    targets: [
      { measure: `Peratus A–C Matematik ${level} (${exam})`, baseline: 48, target: 60, due: `${year}-10-31`, exam, subject: 'MATH', progress: 'on-track', evidence: 'Demo: ujian pertengahan tahun 55% A–C' },
      { measure: `Peratus A–C Sains ${level} (${exam})`, baseline: 52, target: 62, due: `${year}-10-31`, exam, subject: 'SCI', progress: 'behind', evidence: 'Demo: dua kelas masih di bawah 45%' },
    ],
    actions: [
      [`Demo: Klinik Matematik mingguan berbeza tahap bagi ${level}`, 'Ketua Bidang Matematik', `${year}-02-01`, `${year}-09-30`, 'in-progress'],
      ['Demo: Analisis keputusan peperiksaan percubaan bersama guru', 'PGB Kurikulum', `${year}-05-02`, `${year}-05-31`, 'done'],
    ],
  },
  {
    title: 'Demo: Memperkukuh penilaian untuk pembelajaran di bilik darjah',
    aspects: ['2.2.4', '2.3.3'],
    targets: [{ measure: 'Pengajaran dicerap dengan teknik penyoalan berkesan', baseline: 40, target: 75, due: `${year}-11-30`, progress: 'on-track', evidence: 'Demo: 12 daripada 20 pengajaran dicerap' }],
    actions: [
      ['Demo: Bengkel teknik penyoalan untuk semua guru', 'TP Akademik', `${year}-03-06`, `${year}-03-10`, 'done'],
      ['Demo: Pencerapan rakan sebaya setiap penggal', 'Ketua-ketua Bidang', `${year}-04-01`, `${year}-10-31`, 'not-started'],
    ],
  },
];

export async function loadDemoSips(trx: Kysely<DB>, year: number) {
  const schools = await trx.selectFrom('schools').select(['id', 'level']).orderBy('number').execute();
  const chosen = [...schools.filter((s) => s.level === 'primary').slice(0, 2), ...schools.filter((s) => s.level === 'secondary').slice(0, 1)];
  const aspects = new Map((await trx.selectFrom('wse_aspects').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
  const exams = new Map((await trx.selectFrom('exam_types').select(['id', 'code']).execute()).map((e) => [e.code.toUpperCase(), e.id]));
  const subjects = new Map((await trx.selectFrom('subjects').select(['id', 'code']).execute()).map((s) => [s.code.toUpperCase(), s.id]));
  const officers = await trx.selectFrom('people').select('id').where('team_role', '=', 'officer').orderBy('position').execute();
  const heads = await trx.selectFrom('people').select(['id', 'school_id']).where('leader_role', '=', 'head').orderBy('id').execute();
  for (const [n, school] of chosen.entries()) {
    const primary = school.level === 'primary';
    const { id: sipId } = await trx.insertInto('sips').values({ school_id: school.id, year, notes: 'Demo: dibincangkan bersama pasukan kepimpinan sekolah pada bulan Januari.', copied_from_id: null }).returning('id').executeTakeFirstOrThrow();
    const peer = heads.find((h) => h.school_id !== null && h.school_id !== school.id && h.school_id !== chosen[(n + 1) % chosen.length]?.id);
    const { id: reviewId } = await trx
      .insertInto('sip_reviews')
      .values({ sip_id: sipId, number: 1, date: `${year}-05-15`, reviewer_id: officers[n % Math.max(1, officers.length)]?.id ?? null, peer_reviewer_id: peer?.id ?? null, findings: 'Demo: pelan dilaksanakan mengikut jadual; Sains memerlukan intervensi tambahan.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [position, p] of plan(year, primary ? 'PSR' : 'O', primary ? 'Tahun 6' : 'Tahun 11').entries()) {
      const { id: priorityId } = await trx.insertInto('sip_priorities').values({ sip_id: sipId, position, title: p.title, description: '' }).returning('id').executeTakeFirstOrThrow();
      for (const code of p.aspects) {
        const aspectId = aspects.get(code);
        if (aspectId) await trx.insertInto('sip_priority_aspects').values({ priority_id: priorityId, aspect_id: aspectId }).execute();
      }
      for (const [i, t] of p.targets.entries()) {
        const { id: targetId } = await trx
          .insertInto('sip_targets')
          .values({
            priority_id: priorityId,
            position: i,
            measure: t.measure,
            baseline: t.baseline + n * 3,
            target: t.target,
            unit: '%',
            due_date: t.due,
            exam_type_id: t.exam ? (exams.get(t.exam) ?? null) : null,
            subject_id: t.subject ? (subjects.get(t.subject) ?? null) : null,
            carried_from_id: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('sip_review_targets').values({ review_id: reviewId, target_id: targetId, progress: t.progress, evidence: t.evidence }).execute();
      }
      for (const [i, [what, owner, start, end, status]] of p.actions.entries()) {
        await trx.insertInto('sip_actions').values({ priority_id: priorityId, position: i, what, owner, start_date: start, end_date: end, status, carried_from_id: null }).execute();
      }
    }
  }
}
