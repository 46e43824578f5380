/**
 * The rules of a school improvement plan, each reported at the field that breaks it (priorities.0.targets.1.dueDate):
 * dates inside the plan's year, actions ending after they start, reviewers from the cluster team, a peer reviewer
 * who leads another school, figures that make sense for their unit, and links to aspects, exams and subjects
 * that exist. Every problem of a save is reported at once.
 */
import type { Kysely } from 'kysely';
import { bi, type FieldErrors } from '../../../shared/errors';
import type { SipInput } from '../../../shared/sip/api';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;

const inYear = (d: string | null, year: number) => d === null || (d >= `${year}-01-01` && d <= `${year}-12-31`);
const outsideYear = (what: [en: string, ms: string], year: number) =>
  bi(`The ${what[0]} must be in ${year}, the plan's year`, `Tarikh ${what[1]} mesti dalam tahun ${year}, tahun pelan ini`);

/** Rules that need nothing but the plan itself. */
export function checkShape(v: SipInput, problems: FieldErrors): void {
  const savedTargets = new Set(v.priorities.flatMap((p) => p.targets.map((t) => t.id)).filter((x): x is number => x !== undefined));
  v.priorities.forEach((p, i) => {
    p.targets.forEach((t, j) => {
      const at = `priorities.${i}.targets.${j}`;
      if (!inYear(t.dueDate, v.year)) problems.add(`${at}.dueDate`, outsideYear(['due date', 'sasaran'], v.year));
      if (t.unit.trim() === '%') {
        const bad = bi('A percentage is 0 to 100', 'Peratusan ialah 0 hingga 100');
        if (t.baseline !== null && (t.baseline < 0 || t.baseline > 100)) problems.add(`${at}.baseline`, bad);
        if (t.target < 0 || t.target > 100) problems.add(`${at}.target`, bad);
      }
      if ((t.examTypeId === null) !== (t.subjectId === null)) {
        const missing = t.examTypeId === null ? 'examTypeId' : 'subjectId';
        problems.add(`${at}.${missing}`, bi('Choose both the exam and the subject, or neither', 'Pilih kedua-dua peperiksaan dan mata pelajaran, atau tiada'));
      }
    });
    p.actions.forEach((a, k) => {
      const at = `priorities.${i}.actions.${k}`;
      if (!inYear(a.startDate, v.year)) problems.add(`${at}.startDate`, outsideYear(['start date', 'mula'], v.year));
      if (!inYear(a.endDate, v.year)) problems.add(`${at}.endDate`, outsideYear(['end date', 'tamat'], v.year));
      else if (a.startDate && a.endDate && a.endDate < a.startDate) problems.add(`${at}.endDate`, bi('The end date is before the start date', 'Tarikh tamat sebelum tarikh mula'));
    });
  });
  const numbers = new Set<number>();
  v.reviews.forEach((r, i) => {
    if (numbers.has(r.number)) problems.add(`reviews.${i}.number`, bi(`SIP Review ${r.number} is there twice`, `Semakan SIP ${r.number} diulang`));
    numbers.add(r.number);
    if (!inYear(r.date, v.year)) problems.add(`reviews.${i}.date`, outsideYear(['review date', 'semakan'], v.year));
    const rated = new Set<number>();
    r.targets.forEach((t, j) => {
      if (!savedTargets.has(t.targetId)) problems.add(`reviews.${i}.targets.${j}.targetId`, bi('Rate only the targets the plan keeps; save a new target before rating it', 'Nilai sasaran yang ada dalam pelan sahaja; simpan sasaran baharu sebelum menilainya'));
      else if (rated.has(t.targetId)) problems.add(`reviews.${i}.targets.${j}.targetId`, bi('This target is rated twice in the review', 'Sasaran ini dinilai dua kali dalam semakan'));
      rated.add(t.targetId);
    });
  });
}

/** Rules that read the records the plan names: aspects, exams, subjects, reviewers. */
export async function checkLinks(db: Db, v: SipInput, problems: FieldErrors): Promise<void> {
  const aspectIds = [...new Set(v.priorities.flatMap((p) => p.aspectIds))];
  const examIds = [...new Set(v.priorities.flatMap((p) => p.targets.map((t) => t.examTypeId)).filter((x): x is number => x !== null))];
  const subjectIds = [...new Set(v.priorities.flatMap((p) => p.targets.map((t) => t.subjectId)).filter((x): x is number => x !== null))];
  const personIds = [...new Set(v.reviews.flatMap((r) => [r.reviewerId, r.peerReviewerId]).filter((x): x is number => x !== null))];
  const [aspects, exams, subjects, people] = await Promise.all([
    aspectIds.length ? db.selectFrom('wse_aspects').select('id').where('id', 'in', aspectIds).execute() : [],
    examIds.length ? db.selectFrom('exam_types').select('id').where('id', 'in', examIds).execute() : [],
    subjectIds.length ? db.selectFrom('subjects').select('id').where('id', 'in', subjectIds).execute() : [],
    personIds.length ? db.selectFrom('people').select(['id', 'name', 'school_id', 'leader_role', 'team_role']).where('id', 'in', personIds).execute() : [],
  ]);
  const has = (rows: { id: number }[], id: number) => rows.some((r) => r.id === id);
  v.priorities.forEach((p, i) => {
    if (p.aspectIds.some((a) => !has(aspects, a))) problems.add(`priorities.${i}.aspectIds`, bi('Choose WSE aspects from the list', 'Pilih aspek WSE daripada senarai'));
    p.targets.forEach((t, j) => {
      if (t.examTypeId !== null && !has(exams, t.examTypeId)) problems.add(`priorities.${i}.targets.${j}.examTypeId`, bi('Choose an exam from the list', 'Pilih peperiksaan daripada senarai'));
      if (t.subjectId !== null && !has(subjects, t.subjectId)) problems.add(`priorities.${i}.targets.${j}.subjectId`, bi('Choose a subject from the list', 'Pilih mata pelajaran daripada senarai'));
    });
  });
  v.reviews.forEach((r, i) => {
    const reviewer = people.find((x) => x.id === r.reviewerId);
    if (r.reviewerId !== null && !reviewer?.team_role) problems.add(`reviews.${i}.reviewerId`, bi('The reviewer is a member of the cluster team', 'Penyemak ialah ahli pasukan kluster'));
    if (r.peerReviewerId === null) return;
    const peer = people.find((x) => x.id === r.peerReviewerId);
    if (!peer?.leader_role || peer.school_id === null) problems.add(`reviews.${i}.peerReviewerId`, bi('The peer reviewer is a leader of another school', 'Penyemak rakan sebaya ialah pemimpin sekolah lain'));
    else if (peer.school_id === v.schoolId) problems.add(`reviews.${i}.peerReviewerId`, bi(`${peer.name} leads this school; a peer reviewer comes from another school`, `${peer.name} memimpin sekolah ini; penyemak rakan sebaya datang dari sekolah lain`));
    else if (peer.id === r.reviewerId) problems.add(`reviews.${i}.peerReviewerId`, bi('The peer reviewer is not the reviewer', 'Penyemak rakan sebaya bukan penyemak yang sama'));
  });
}
