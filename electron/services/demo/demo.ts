/** Demo data: Kluster 2's profile, team and schools, loaded into an empty database in one transaction. */
import type { Kysely } from 'kysely';
import { SCHOOL_LEVELS, type SchoolLevel, type TeamRole } from '../../../shared/domain';
import { AppError, bi } from '../../../shared/errors';
import type { DB } from '../../../db/schema';
import kluster2 from './kluster2.json';

const ROLE_BY_LABEL: Record<string, TeamRole> = {
  'Ketua Kluster': 'cluster_head',
  'Penolong Ketua Kluster': 'assistant_head',
  'Kumpulan Kerja': 'officer',
  Kerani: 'clerk',
};

/** The reference text carries stray paragraphs after some values; a cell is its first line. */
export const firstLine = (s: string) => (s.split('\n')[0] ?? '').trim();

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const s = await db.selectFrom('schools').select('id').limit(1).executeTakeFirst();
  const p = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  return !s && !p;
}

export async function loadDemo(db: Kysely<DB>): Promise<{ schools: number; team: number }> {
  return db.transaction().execute(async (trx) => {
    if (!(await isEmpty(trx))) {
      throw new AppError('CONFLICT', bi(
        'The demo can only be loaded into an empty database; this one already has schools or people.',
        'Data contoh hanya boleh dimuatkan ke pangkalan data kosong; pangkalan data ini sudah mempunyai sekolah atau orang.',
      ));
    }
    const c = kluster2.cluster;
    await trx
      .updateTable('cluster_profile')
      .set({
        name: c.name,
        former_name: c.formerName,
        mission: c.mission,
        vision: c.vision,
        ministry: 'Kementerian Pendidikan, Negara Brunei Darussalam',
        department: 'Jabatan Sekolah-Sekolah',
      })
      .where('id', '=', 1)
      .execute();
    for (const [position, m] of kluster2.team.entries()) {
      await trx
        .insertInto('people')
        .values({ name: m.name, title: '', team_role: ROLE_BY_LABEL[m.role] ?? 'other', team_role_label: ROLE_BY_LABEL[m.role] ? '' : m.role, email: '', phone: '', position })
        .execute();
    }
    for (const s of kluster2.schools) {
      if (!SCHOOL_LEVELS.includes(s.level as SchoolLevel)) throw new AppError('INTERNAL', `Demo school ${s.name} has an unknown level.`);
      await trx
        .insertInto('schools')
        .values({ number: s.no, name: firstLine(s.name), abbreviation: firstLine(s.abbreviation), level: s.level, address: '', phone: '', email: '', notes: '' })
        .execute();
    }
    return { schools: kluster2.schools.length, team: kluster2.team.length };
  });
}
