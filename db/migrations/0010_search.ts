import { sql, type Kysely } from 'kysely';

// The search palette finds events by a word of their title or place among ten years of them without reading
// the table: a full-text index that folds case and accents ("Mentíri" is "mentiri") and answers word prefixes.
// It holds no copy of the text (its content is the events table) and triggers keep it in step with every
// insert, change and delete. Visits are found by their school and date through visits_school_date.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE events_search USING fts5(title, place, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`INSERT INTO events_search(events_search) VALUES ('rebuild')`.execute(db);
  await sql`CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_search(rowid, title, place) VALUES (new.id, new.title, new.place);
  END`.execute(db);
  await sql`CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_search(events_search, rowid, title, place) VALUES ('delete', old.id, old.title, old.place);
  END`.execute(db);
  await sql`CREATE TRIGGER events_search_update AFTER UPDATE OF title, place ON events BEGIN
    INSERT INTO events_search(events_search, rowid, title, place) VALUES ('delete', old.id, old.title, old.place);
    INSERT INTO events_search(rowid, title, place) VALUES (new.id, new.title, new.place);
  END`.execute(db);
}
