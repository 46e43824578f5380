/**
 * The mentor appointment letters' report model: the chosen pairs (or every appointed one of the year), each
 * with its signer (never the mentor it appoints), the head of the mentee's school to copy, and the letterhead.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { LetterPerson, MentorLetter, MentorLettersModel } from '../../../shared/documents/mentor-letters-model';
import { letterSigner, type Signatories } from '../../../shared/documents/signatories';
import type { TeamMember } from '../../../shared/domain';
import { bi, validationError } from '../../../shared/errors';
import { dictionaries } from '../../../shared/i18n';
import type { Assignment, MentoringPerson } from '../../../shared/mentoring/types';
import { loadDocumentHead, postOf } from '../cluster/letterhead-model';
import { listTeam } from '../cluster/team';
import { readAssignments } from './read';

type Db = Kysely<DB>;

/** Pairs that have been appointed: letters are written for these. */
const LETTER_STATUSES = new Set<Assignment['status']>(['appointed', 'active']);

/** The pairs to write to: the chosen ones (all of that year), else every appointed or active pair of the year. */
async function pairsFor(db: Db, year: number, ids: number[] | undefined, today: string): Promise<Assignment[]> {
  if (ids !== undefined) {
    const wanted = [...new Set(ids)];
    const pairs = await readAssignments(db, { year, ids: wanted }, today);
    const missing = wanted.filter((id) => !pairs.some((p) => p.id === id));
    if (missing.length) {
      throw validationError(
        'assignmentIds',
        bi(
          `${missing.length === 1 ? 'Pair' : 'Pairs'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the ${year} programme.`,
          `Pasangan ${missing.join(', ')} tiada dalam program tahun ${year}.`,
        ),
      );
    }
    const proposed = pairs.filter((p) => p.status === 'proposed');
    if (proposed.length) {
      const names = proposed.map((p) => p.mentee.name).join(', ');
      throw validationError(
        'assignmentIds',
        bi(`Only proposed, not yet appointed: ${names}. Appoint the pair before writing its letter.`, `Masih dicadangkan, belum dilantik: ${names}. Lantik pasangan ini sebelum menyediakan suratnya.`),
      );
    }
    if (pairs.length === 0) throw validationError('assignmentIds', bi('Choose at least one pair.', 'Pilih sekurang-kurangnya satu pasangan.'));
    return pairs;
  }
  const pairs = (await readAssignments(db, { year }, today)).filter((p) => LETTER_STATUSES.has(p.status));
  if (pairs.length === 0) {
    throw validationError('year', bi(`No appointed pairs in ${year} to write letters for.`, `Tiada pasangan yang dilantik pada tahun ${year} untuk disediakan surat.`));
  }
  return pairs;
}

/**
 * A fixed number of reads whatever the number of letters: the pairs (with their people and focus), the team,
 * profile, logo and who signs, and the schools and heads the letters name.
 */
export async function loadMentorLettersModel(db: Db, year: number, assignmentIds: number[] | undefined, language: Language, date = todayLocal()): Promise<MentorLettersModel> {
  const d = dictionaries[language];
  const pairs = await pairsFor(db, year, assignmentIds, date);
  const schoolIds = [...new Set(pairs.flatMap((p) => [p.mentor.schoolId, p.mentee.schoolId]).filter((id): id is number => id !== null))];
  const [team, schools, heads] = await Promise.all([
    listTeam(db),
    schoolIds.length ? db.selectFrom('schools').select(['id', 'name']).where('id', 'in', schoolIds).execute() : Promise.resolve([]),
    schoolIds.length
      ? db
          .selectFrom('people')
          .select(['id', 'name', 'title', 'school_id'])
          .where('leader_role', '=', 'head')
          .where('archived_at', 'is', null)
          .where('school_id', 'in', schoolIds)
          .orderBy('position')
          .orderBy('id')
          .execute()
      : Promise.resolve([]),
  ]);
  const { letterhead, signatories } = await loadDocumentHead(db, language, { date, team });
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const headOf = new Map<number, (typeof heads)[number]>();
  for (const h of heads) if (h.school_id !== null && !headOf.has(h.school_id)) headOf.set(h.school_id, h);

  /** Someone's post as a letter names it: their title, else their role on the team or at school. */
  const postOfPerson = (p: MentoringPerson, members: TeamMember[]) => {
    if (p.title) return p.title;
    const member = members.find((m) => m.id === p.id);
    if (member) return postOf(member, language);
    return p.leaderRole ? d.leaderRole[p.leaderRole] : '';
  };
  /** The school's full name, or the cluster for the office's own people. */
  const placeOf = (p: MentoringPerson) => (p.schoolId !== null ? (schoolName.get(p.schoolId) ?? p.school) : null) ?? letterhead.clusterName;
  const person = (p: MentoringPerson): LetterPerson => ({ name: p.name, post: postOfPerson(p, team), place: placeOf(p) });

  const letters = pairs.map((a): MentorLetter => {
    const mentee = person(a.mentee);
    const head = a.mentee.schoolId !== null ? headOf.get(a.mentee.schoolId) : undefined;
    // The head of the mentee's school is copied; a school without a head on record gets the post, to be named by hand.
    const copies: LetterPerson[] = [
      head
        ? { name: head.name, post: head.title || d.mentorLetters.schoolHead, place: mentee.place }
        : { name: null, post: d.mentorLetters.schoolHead, place: a.mentee.schoolId !== null ? mentee.place : null },
    ];
    if (head?.id !== a.mentee.id) copies.push(mentee);
    return {
      referenceNo: a.referenceNo,
      date: a.appointedOn ?? date,
      year: a.year,
      mentor: person(a.mentor),
      mentee,
      schedule: a.schedule,
      startDate: a.startDate,
      endDate: a.endDate,
      focus: a.focus.map((f) => ({ code: f.code, name: language === 'ms' ? f.nameMs : f.nameEn, baseline: f.baseline, target: f.target })),
      goals: a.goals.trim(),
      signer: signerOf(signatories, a.mentor.id, letterhead.clusterName, language),
      copies,
    };
  });
  return { letterhead, year, letters };
}

/** The signer of a letter to `mentorId`: the approver, or the alternate on the cluster head's behalf. */
function signerOf(s: Signatories, mentorId: number, cluster: string, language: Language): MentorLetter['signer'] {
  const d = dictionaries[language].doc;
  const head = d.signatory.replace('{{cluster}}', cluster);
  const { signer, onBehalf } = letterSigner(s, mentorId);
  if (!signer) return { name: null, post: head, onBehalf: false };
  return { name: signer.name, post: signer.role === 'cluster_head' ? head : postOf(signer, language), onBehalf };
}
