import { sql, type Kysely } from 'kysely';

// The search palette finds events by a word of their title or place among ten years of them without reading
// the table: a full-text index that folds case and accents ("Mentíri" is "mentiri") and answers word prefixes.
// Its `dates` column holds the first and last day ("2023 05 10 2023 05 12"), so a typed year, month or day
// narrows the match inside the index too. It keeps no copy of the text (contentless; a row is removed by its
// id) and triggers keep it in step with every insert, change and delete of an event.
// Visits are found by their school and date through visits_school_date.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE events_search USING fts5(title, place, dates, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`INSERT INTO events_search(rowid, title, place, dates) SELECT id, title, place, start_date || ' ' || end_date FROM events`.execute(db);
  await sql`CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_search(rowid, title, place, dates) VALUES (new.id, new.title, new.place, new.start_date || ' ' || new.end_date);
  END`.execute(db);
  await sql`CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_search WHERE rowid = old.id;
  END`.execute(db);
  await sql`CREATE TRIGGER events_search_update AFTER UPDATE OF title, place, start_date, end_date ON events BEGIN
    DELETE FROM events_search WHERE rowid = old.id;
    INSERT INTO events_search(rowid, title, place, dates) VALUES (new.id, new.title, new.place, new.start_date || ' ' || new.end_date);
  END`.execute(db);
}
