import { sql, type Kysely } from 'kysely';

// Both languages for real: every text a document prints in either language gets an English value beside the
// Malay one (an empty English value falls back to the Malay). The profile also gains the texts of the
// cluster's own profile document (main role, logo description, cross competencies, the team's as-of month),
// and initiatives an order of their own for that document.
// Once landed, never edited: add a new numbered migration instead.
const TEXT = (table: string, column: string) => sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ${sql.ref(column)} TEXT NOT NULL DEFAULT ''`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'name_en',
    'former_name_en',
    'ministry_en',
    'department_en',
    'address_en',
    'mission_en',
    'vision_en',
    'introduction_en',
    'services_en',
    'main_role',
    'main_role_en',
    'logo_description',
    'logo_description_en',
    'cross_competencies',
    'cross_competencies_en',
    'team_as_of',
  ]) {
    await TEXT('cluster_profile', column).execute(db);
  }
  await TEXT('people', 'team_role_label_en').execute(db);
  await TEXT('calendar_periods', 'name_en').execute(db);
  await TEXT('initiatives', 'name_en').execute(db);
  await TEXT('phases', 'name_en').execute(db);
  // The place in the cluster profile's list of initiatives; null follows the plan's order.
  await sql`ALTER TABLE initiatives ADD COLUMN profile_position INTEGER CHECK (profile_position >= 0)`.execute(db);
}
