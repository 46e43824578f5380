import { sql, type Kysely } from 'kysely';

// Mentoring and coaching: who may mentor, who is newly appointed, the BDSLC competencies, pairs per
// programme year with their focus, sessions, agreed actions and level assessments.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  await sql`ALTER TABLE people ADD COLUMN newly_appointed INTEGER NOT NULL DEFAULT 0 CHECK (newly_appointed IN (0, 1))`.execute(db);
  await sql`ALTER TABLE people ADD COLUMN can_mentor INTEGER NOT NULL DEFAULT 0 CHECK (can_mentor IN (0, 1))`.execute(db);

  await sql`CREATE TABLE competencies (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
  )`.execute(db);
  // Defaults drawn from the areas the Brunei school leadership standards name; the office edits the list.
  const defaults: [string, string, string][] = [
    ['SL1', 'Memimpin hala tuju strategik sekolah', 'Leading the strategic direction of the school'],
    ['SL2', 'Memimpin pengajaran dan pembelajaran', 'Leading teaching and learning'],
    ['SL3', 'Membangunkan diri dan orang lain', 'Developing self and others'],
    ['SL4', 'Memimpin perubahan dan inovasi', 'Leading change and innovation'],
    ['SL5', 'Mengurus organisasi dan sumber', 'Managing the organisation and its resources'],
    ['SL6', 'Menggunakan data untuk penambahbaikan sekolah', 'Using data for school improvement'],
    ['SL7', 'Bekerjasama dengan ibu bapa dan komuniti', 'Working with parents and the community'],
  ];
  for (const [i, [code, ms, en]] of defaults.entries()) {
    await sql`INSERT INTO competencies (code, name_ms, name_en, position) VALUES (${code}, ${ms}, ${en}, ${i})`.execute(db);
  }

  await sql`CREATE TABLE mentoring_assignments (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    mentor_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    mentee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    goals TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL CHECK (schedule IN ('weekly', 'fortnightly', 'monthly')),
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'appointed', 'active', 'completed', 'withdrawn')),
    appointed_on TEXT,
    reference_no TEXT NOT NULL DEFAULT '',
    ended_on TEXT,
    end_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    CHECK (mentor_id <> mentee_id),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
  )`.execute(db);
  // A mentee has at most one open pairing (proposed, appointed or active) per programme year.
  await sql`CREATE UNIQUE INDEX mentoring_one_open_pair ON mentoring_assignments(year, mentee_id)
    WHERE status IN ('proposed', 'appointed', 'active')`.execute(db);
  await sql`CREATE INDEX mentoring_mentor ON mentoring_assignments(mentor_id)`.execute(db);

  await sql`CREATE TABLE mentoring_focus (
    assignment_id INTEGER NOT NULL REFERENCES mentoring_assignments(id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
    baseline_level INTEGER NOT NULL CHECK (baseline_level BETWEEN 1 AND 5),
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    PRIMARY KEY (assignment_id, competency_id)
  )`.execute(db);

  await sql`CREATE TABLE mentoring_sessions (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES mentoring_assignments(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    mode TEXT NOT NULL CHECK (mode IN ('visit', 'online', 'meeting')),
    topics TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    next_date TEXT,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now}
  )`.execute(db);
  await sql`CREATE INDEX mentoring_sessions_pair ON mentoring_sessions(assignment_id, date)`.execute(db);

  await sql`CREATE TABLE mentoring_actions (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES mentoring_sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_date TEXT,
    done_on TEXT
  )`.execute(db);

  await sql`CREATE TABLE mentoring_assessments (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES mentoring_assignments(id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
    date TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    evidence TEXT NOT NULL DEFAULT ''
  )`.execute(db);
}
