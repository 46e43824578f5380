import { sql, type Kysely } from 'kysely';

// The page of one school reads only the school's entries of an index: its visits by status and date, the
// criteria and ratings of its observations, its closed next steps with the day each was closed, and the
// mentoring pairs whose mentee is one of its people (pairs by mentor already have one).
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX visits_school_status_date ON visits(school_id, status, date)`.execute(db);
  await sql`CREATE INDEX observation_ratings_criterion ON observation_ratings(observation_id, criterion_id, rating)`.execute(db);
  await sql`CREATE INDEX next_steps_closed_by_visit ON next_steps(visit_id, closed_on) WHERE closed_on IS NOT NULL`.execute(db);
  await sql`CREATE INDEX mentoring_pairs_by_mentee ON mentoring_assignments(mentee_id)`.execute(db);
}
