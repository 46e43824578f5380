/** The cluster team: the people of the office and their roles, saved as one ordered list. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import type { TeamMember, TeamRole } from '../../../shared/domain';
import { FieldErrors, bi } from '../../../shared/errors';
import type { DB } from '../../../db/schema';
import { conflict, nextVersion, updateVersioned } from '../versions';

export async function listTeam(db: Kysely<DB>): Promise<TeamMember[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'team_role', 'team_role_label', 'team_role_label_en', 'email', 'phone', 'version'])
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
    roleLabelEn: r.team_role_label_en,
    email: r.email,
    phone: r.phone,
    version: r.version,
  }));
}

const TEAM = ['Team', 'Pasukan'] as const;
const MEMBER = ['Team member', 'Ahli pasukan'] as const;

/**
 * Saves the team as one ordered list: `members` are kept (in this order) or added, `removed` are taken off.
 * Every existing member must be named in one of the two with the version it was read at, so a member added,
 * removed or changed by someone else since is never overwritten or dropped unseen. People taken off keep
 * their other records.
 */
export async function saveTeam(db: Kysely<DB>, input: ParsedInput<'team.save'>): Promise<TeamMember[]> {
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const current = await listTeam(trx);
    const currentIds = new Set(current.map((m) => m.id));
    const kept = new Set(input.members.map((m) => m.id));
    const problems = new FieldErrors();
    input.members.forEach((m, i) => {
      // Taken off the team by someone else since the list was read.
      if (m.id !== undefined && !currentIds.has(m.id)) throw conflict(MEMBER);
      if (m.role === 'other' && m.roleLabel === '') problems.add(`members.${i}.roleLabel`, bi('Name the role.', 'Namakan peranan ini.'));
    });
    input.removed.forEach((r, i) => {
      if (kept.has(r.id)) problems.add(`removed.${i}.id`, bi('A member cannot be kept and removed at once.', 'Ahli tidak boleh dikekalkan dan dikeluarkan serentak.'));
    });
    problems.throwIfAny();
    const removed = input.removed.filter((r) => currentIds.has(r.id));
    const named = new Set([...kept, ...removed.map((r) => r.id)]);
    // Someone joined the team since the list was read: saving this list would drop them unseen.
    if (current.some((m) => !named.has(m.id))) throw conflict(TEAM);

    for (const r of removed) {
      await updateVersioned(trx, 'people', r.id, r.version, { team_role: null, team_role_label: '', team_role_label_en: '', updated_at: now }, MEMBER);
      // Someone who is nothing else in the office is archived, not deleted: documents may name them.
      await trx.updateTable('people').set({ archived_at: now }).where('id', '=', r.id).where('school_id', 'is', null).execute();
      await trx.updateTable('cluster_profile').set({ prepared_by_id: null, version: nextVersion }).where('prepared_by_id', '=', r.id).execute();
    }
    for (const [position, m] of input.members.entries()) {
      const row = {
        name: m.name,
        team_role: m.role,
        team_role_label: m.role === 'other' ? m.roleLabel : '',
        team_role_label_en: m.role === 'other' ? m.roleLabelEn : '',
        email: m.email,
        phone: m.phone,
        position,
        updated_at: now,
      };
      // The contract requires a version with every id; 0 never matches one.
      if (m.id !== undefined) await updateVersioned(trx, 'people', m.id, m.version ?? 0, row, MEMBER);
      else await trx.insertInto('people').values({ ...row, title: '' }).execute();
    }
  });
  return listTeam(db);
}
