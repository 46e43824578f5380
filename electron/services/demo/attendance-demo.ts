/**
 * Demo success measures for three 2023 initiatives and attendance at EPIC's first four Wednesdays (February
 * 2023): each session most schools' heads come and a few share their practice. Invented data.
 */
import type { Kysely } from 'kysely';
import type { DB, MeasureKind } from '../../../db/schema';

export const DEMO_EPIC_SESSIONS = ['2023-02-01', '2023-02-08', '2023-02-15', '2023-02-22'] as const;

export async function loadDemoAttendance(trx: Kysely<DB>, year: number) {
  const initiatives = await trx.selectFrom('initiatives').select(['id', 'code']).where('year', '=', year).where('deleted_at', 'is', null).execute();
  const idOf = (code: string) => initiatives.find((i) => i.code === code)?.id;
  const schools = await trx.selectFrom('schools').select('id').where('archived_at', 'is', null).execute();
  const [psr, math] = await Promise.all([
    trx.selectFrom('exam_types').select('id').where('code', '=', 'PSR').executeTakeFirst(),
    trx.selectFrom('subjects').select('id').where('code', '=', 'MATH').executeTakeFirst(),
  ]);

  type Row = { label_ms: string; label_en: string; kind: MeasureKind; target: number; exam_type_id?: number; subject_id?: number; count_value?: number };
  const measures: [string, Row[]][] = [
    ['EPIC', [
      { label_ms: '100% pemimpin sekolah berkongsi amalan', label_en: '100% of school leaders share their practice', kind: 'leaders-presenting', target: 100 },
      { label_ms: 'Pemimpin sekolah menghadiri sesi EPIC', label_en: 'School leaders attend EPIC sessions', kind: 'leaders-attending', target: 100 },
    ]],
    ...(psr && math
      ? [['STEPS', [{ label_ms: 'Peratus A–C Matematik PSR naik 5 mata', label_en: 'PSR Mathematics A–C % up by 5 points', kind: 'result-change', target: 5, exam_type_id: psr.id, subject_id: math.id }]] as [string, Row[]]]
      : []),
    // A literacy and a numeracy coach per school: twice the number of schools.
    ['PD CYCLE', [{
      label_ms: `Jurulatih literasi dan numerasi dilatih (2 setiap sekolah × ${schools.length} sekolah)`,
      label_en: `Literacy and numeracy coaches trained (2 per school × ${schools.length} schools)`,
      kind: 'count',
      target: 2 * schools.length,
      count_value: 34,
    }]],
  ];
  for (const [code, rows] of measures) {
    const initiativeId = idOf(code);
    if (initiativeId === undefined) continue;
    for (const [position, m] of rows.entries()) await trx.insertInto('initiative_measures').values({ initiative_id: initiativeId, position, ...m }).execute();
  }

  const epicId = idOf('EPIC');
  if (epicId === undefined) return;
  const series = await trx.selectFrom('events').select('id').where('initiative_id', '=', epicId).where('rrule', 'is not', null).executeTakeFirst();
  if (!series) return;
  const heads = await trx
    .selectFrom('people as p')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select(['p.id', 'p.school_id'])
    .where('p.leader_role', '=', 'head')
    .orderBy('s.number')
    .execute();
  for (const [k, date] of DEMO_EPIC_SESSIONS.entries()) {
    // Four in five heads come to each session; one in six of them shares, a different group each week.
    const came = heads.filter((_, i) => (i + k) % 5 !== 0);
    const key = { event_id: series.id, occurrence_date: date };
    await trx.insertInto('attendance').values({ ...key, note: k === 0 ? 'Sesi pertama: perkongsian amalan kepimpinan (demo)' : '' }).execute();
    for (const h of came) {
      const i = heads.indexOf(h);
      if (h.school_id !== null) await trx.insertInto('attendance_schools').values({ ...key, school_id: h.school_id }).execute();
      await trx.insertInto('attendance_people').values({ ...key, person_id: h.id, presented: i % 6 === k ? 1 : 0 }).execute();
    }
  }
}
