import { sql, type Kysely } from 'kysely';

// The page of one school reaches its rows through an index: the events and initiatives aimed at it, and the
// mentoring pairs whose mentee is one of its people (pairs by mentor already have one).
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX event_schools_by_school ON event_schools(school_id, event_id)`.execute(db);
  await sql`CREATE INDEX initiative_schools_by_school ON initiative_schools(school_id, initiative_id)`.execute(db);
  await sql`CREATE INDEX mentoring_pairs_by_mentee ON mentoring_assignments(mentee_id)`.execute(db);
}
