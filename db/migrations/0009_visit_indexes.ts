import { sql, type Kysely } from 'kysely';

// Indexes for ten years of visits: a visit's observations, an observation's ratings (with the rating, so an
// average never reads the table), the open next steps and the closed history in the order it is paged, done
// visits by date, and the term texts of a term.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX observations_visit ON observations(visit_id)`.execute(db);
  await sql`CREATE INDEX observation_ratings_rating ON observation_ratings(observation_id, rating)`.execute(db);
  // The open steps hold all the follow-up list shows of them, so listing them never reads the table.
  await sql`CREATE INDEX next_steps_open ON next_steps(visit_id, due_date, id, text, owner) WHERE closed_on IS NULL`.execute(db);
  await sql`CREATE INDEX next_steps_closed ON next_steps(closed_on, id) WHERE closed_on IS NOT NULL`.execute(db);
  await sql`CREATE INDEX visits_status_date ON visits(status, date)`.execute(db);
  await sql`CREATE INDEX term_reports_term ON term_reports(year, term)`.execute(db);
}
