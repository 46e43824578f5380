import { sql, type Kysely } from 'kysely';

// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE schools (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    abbreviation TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(abbreviation)) > 0),
    level TEXT NOT NULL CHECK (level IN ('sixth_form', 'secondary', 'primary', 'other')),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    wse_band INTEGER CHECK (wse_band BETWEEN 1 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`.execute(db);

  await sql`CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    school_id INTEGER REFERENCES schools(id) ON DELETE RESTRICT,
    leader_role TEXT CHECK (leader_role IN ('head', 'deputy')),
    appointed_on TEXT,
    team_role TEXT CHECK (team_role IN ('cluster_head', 'assistant_head', 'officer', 'clerk', 'other')),
    team_role_label TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (leader_role IS NULL OR school_id IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX people_school ON people(school_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX people_one_head_per_school ON people(school_id)
    WHERE leader_role = 'head' AND archived_at IS NULL`.execute(db);

  await sql`CREATE TABLE cluster_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    former_name TEXT NOT NULL DEFAULT '',
    mission TEXT NOT NULL DEFAULT '',
    vision TEXT NOT NULL DEFAULT '',
    ministry TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    logo BLOB,
    logo_type TEXT,
    prepared_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`.execute(db);
  await sql`INSERT INTO cluster_profile (id) VALUES (1)`.execute(db);

  await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`.execute(db);
}
