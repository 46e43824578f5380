/** The cluster team: the people of the office and their roles, saved as one ordered list. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import type { TeamMember, TeamRole } from '../../../shared/domain';
import { FieldErrors, bi } from '../../../shared/errors';
import type { DB } from '../../../db/schema';

export async function listTeam(db: Kysely<DB>): Promise<TeamMember[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'team_role', 'team_role_label', 'email', 'phone'])
    .where('team_role', 'is not', null)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.team_role as TeamRole,
    roleLabel: r.team_role_label,
    email: r.email,
    phone: r.phone,
  }));
}

/** Replaces the team with the given list; people taken off it keep their other records. */
export async function saveTeam(db: Kysely<DB>, input: ParsedInput<'team.save'>): Promise<TeamMember[]> {
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const current = await listTeam(trx);
    const currentIds = new Set(current.map((m) => m.id));
    const problems = new FieldErrors();
    input.members.forEach((m, i) => {
      if (m.id !== undefined && !currentIds.has(m.id)) problems.add(`members.${i}.id`, bi('This person is not on the team.', 'Orang ini bukan ahli pasukan.'));
      if (m.role === 'other' && m.roleLabel === '') problems.add(`members.${i}.roleLabel`, bi('Name the role.', 'Namakan peranan ini.'));
    });
    problems.throwIfAny();
    const kept = new Set(input.members.map((m) => m.id));
    for (const old of current) {
      if (kept.has(old.id)) continue;
      await trx.updateTable('people').set({ team_role: null, team_role_label: '', updated_at: now }).where('id', '=', old.id).execute();
      // Someone who is nothing else in the office is archived, not deleted: documents may name them.
      await trx.updateTable('people').set({ archived_at: now }).where('id', '=', old.id).where('school_id', 'is', null).execute();
      await trx.updateTable('cluster_profile').set({ prepared_by_id: null }).where('prepared_by_id', '=', old.id).execute();
    }
    for (const [position, m] of input.members.entries()) {
      const row = {
        name: m.name,
        team_role: m.role,
        team_role_label: m.role === 'other' ? m.roleLabel : '',
        email: m.email,
        phone: m.phone,
        position,
        updated_at: now,
      };
      if (m.id !== undefined) await trx.updateTable('people').set(row).where('id', '=', m.id).execute();
      else await trx.insertInto('people').values({ ...row, title: '' }).execute();
    }
  });
  return listTeam(db);
}
