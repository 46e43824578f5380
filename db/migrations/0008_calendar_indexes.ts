import { sql, type Kysely } from 'kysely';

// What the calendar reads for a date range, found without reading every row: one-off events are looked up by
// their start date from the longest event's length before the range (events_by_length gives that length at
// once), series by the date they repeat until, mentoring pairs by their year and status, their sessions by
// date, and exams by their date.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX events_by_length ON events(julianday(end_date) - julianday(start_date))`.execute(db);
  await sql`CREATE INDEX events_series_by_until ON events(repeat_until, start_date) WHERE rrule IS NOT NULL`.execute(db);
  await sql`CREATE INDEX mentoring_pairs_by_year ON mentoring_assignments(year)`.execute(db);
  await sql`CREATE INDEX mentoring_pairs_by_status ON mentoring_assignments(status)`.execute(db);
  await sql`CREATE INDEX mentoring_sessions_by_date ON mentoring_sessions(date)`.execute(db);
  await sql`CREATE INDEX exams_by_date ON exams(exam_date)`.execute(db);
}
