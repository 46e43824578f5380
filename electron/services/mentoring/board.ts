/** The board: each mentor with their pairs and load this year, the leaders still without a mentor, and ended pairs. */
import type { Kysely } from 'kysely';
import { OPEN_STATUSES, type MentoringBoard } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';
import { getLoadLimit, listMentoringPeople } from './people';
import { readAssignments } from './read';

export async function readBoard(db: Kysely<DB>, year: number, today?: string): Promise<MentoringBoard> {
  const [people, loadLimit] = await Promise.all([listMentoringPeople(db), getLoadLimit(db)]);
  const pairs = await readAssignments(db, { year }, today, people);
  const open = pairs.filter((p) => OPEN_STATUSES.includes(p.status));
  const mentorIds = new Set([...people.filter((p) => p.canMentor).map((p) => p.id), ...open.map((p) => p.mentor.id)]);
  const mentors = [...mentorIds].map((id) => {
    const assignments = open.filter((p) => p.mentor.id === id);
    const mentor = people.find((p) => p.id === id) ?? assignments[0]?.mentor;
    return { mentor: mentor as NonNullable<typeof mentor>, load: assignments.length, overLimit: assignments.length > loadLimit, assignments };
  });
  const paired = new Set(open.map((p) => p.mentee.id));
  const unassigned = people
    .filter((p) => p.leaderRole !== null && !paired.has(p.id))
    .sort((a, b) => Number(b.newlyAppointed) - Number(a.newlyAppointed));
  return { year, loadLimit, mentors, unassigned, ended: pairs.filter((p) => !OPEN_STATUSES.includes(p.status)) };
}

/** Years that have pairs, oldest first. */
export async function listProgrammeYears(db: Kysely<DB>): Promise<number[]> {
  const rows = await db.selectFrom('mentoring_assignments').select('year').distinct().orderBy('year').execute();
  return rows.map((r) => r.year);
}
