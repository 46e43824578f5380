/** Who can mentor (team members, experienced school leaders) and who can be mentored (school leaders). */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { LeaderRole, TeamRole } from '../../../shared/domain';
import { AppError, bi } from '../../../shared/errors';
import type { MentoringPerson } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';
import { getCount, setCount } from '../cluster/settings';

type Db = Kysely<DB>;

function selectPeople(db: Db) {
  return db
    .selectFrom('people as p')
    .leftJoin('schools as s', 's.id', 'p.school_id')
    .select(['p.id', 'p.name', 'p.title', 'p.school_id', 'p.leader_role', 'p.team_role', 'p.appointed_on', 'p.newly_appointed', 'p.can_mentor', 's.abbreviation as school'])
    .where('p.archived_at', 'is', null);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPeople>['execute']>>[number];

export const toPerson = (r: Row): MentoringPerson => ({
  id: r.id,
  name: r.name,
  title: r.title,
  schoolId: r.school_id,
  school: r.school ?? null,
  leaderRole: r.leader_role as LeaderRole | null,
  teamRole: r.team_role as TeamRole | null,
  appointedOn: r.appointed_on,
  newlyAppointed: r.newly_appointed === 1,
  // The clerk keeps the records; the head, assistant head and officers mentor, and leaders marked experienced.
  canMentor: (r.team_role !== null && r.team_role !== 'clerk') || r.can_mentor === 1,
});

/** The team first, then school leaders by school number. */
export async function listMentoringPeople(db: Db): Promise<MentoringPerson[]> {
  const rows = await selectPeople(db)
    .where((eb) => eb.or([eb('p.team_role', 'is not', null), eb('p.leader_role', 'is not', null)]))
    .orderBy((eb) => eb.case().when('p.team_role', 'is not', null).then(0).else(1).end())
    .orderBy('p.position')
    .orderBy('s.number')
    .orderBy('p.id')
    .execute();
  return rows.map(toPerson);
}

export async function getMentoringPerson(db: Db, id: number): Promise<MentoringPerson | null> {
  const row = await selectPeople(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : null;
}

/** The two flags are not part of the team or school forms, so they leave the person's version as it is. */
export async function setMentoringFlags(db: Db, input: { personId: number; newlyAppointed: boolean; canMentor: boolean }): Promise<MentoringPerson> {
  await db.transaction().execute(async (trx) => {
    const person = await getMentoringPerson(trx, input.personId);
    if (!person || (person.leaderRole === null && person.teamRole === null)) {
      throw new AppError('NOT_FOUND', bi('This person is not on the team or a school leader.', 'Orang ini bukan ahli pasukan atau pemimpin sekolah.'), 'personId');
    }
    await trx
      .updateTable('people')
      .set({ newly_appointed: input.newlyAppointed ? 1 : 0, can_mentor: input.canMentor ? 1 : 0, updated_at: nowIso() })
      .where('id', '=', input.personId)
      .execute();
  });
  return (await getMentoringPerson(db, input.personId)) as MentoringPerson;
}

export const LOAD_LIMIT_KEY = 'mentoring.loadLimit';
export const DEFAULT_LOAD_LIMIT = 3;

export const getLoadLimit = (db: Db) => getCount(db, LOAD_LIMIT_KEY, DEFAULT_LOAD_LIMIT);

export async function setLoadLimit(db: Db, limit: number): Promise<{ limit: number }> {
  await setCount(db, LOAD_LIMIT_KEY, limit);
  return { limit };
}
