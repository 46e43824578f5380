import { sql, type Kysely } from 'kysely';

// Every record the UI edits as a whole carries a version, raised by one on each save, so a save made from
// an old copy is refused instead of silently overwriting someone else's change. A school's version covers its
// leaders, a visit's its officers and next steps, a session's its actions.
// Once landed, never edited: add a new numbered migration instead.
const VERSIONED_TABLES = [
  'schools',
  'people',
  'cluster_profile',
  'initiatives',
  'lanes',
  'phases',
  'events',
  'calendar_periods',
  'exams',
  'visits',
  'observations',
  'mentoring_assignments',
  'mentoring_sessions',
  'term_reports',
  'competencies',
  'visit_purposes',
  'rubric_criteria',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of VERSIONED_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  }
}
