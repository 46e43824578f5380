import { sql, type Kysely } from 'kysely';

// The initiative year: plan years, initiatives with lanes of phases, calendar events, terms and
// holidays, exams. Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  await sql`CREATE TABLE plan_years (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    window_start TEXT NOT NULL,
    window_months INTEGER NOT NULL CHECK (window_months BETWEEN 1 AND 24),
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now}
  )`.execute(db);

  // Initiatives, lanes and phases are deleted softly (deleted_at) so a delete in the Gantt can be undone.
  await sql`CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL REFERENCES plan_years(year) ON DELETE RESTRICT,
    code TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL DEFAULT '',
    description_ms TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    success_measures TEXT NOT NULL DEFAULT '',
    target_levels TEXT NOT NULL DEFAULT '[]',
    owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    position INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now}
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX initiatives_code ON initiatives(year, code COLLATE NOCASE) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE initiative_schools (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, school_id)
  )`.execute(db);

  await sql`CREATE TABLE lanes (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
  )`.execute(db);
  await sql`CREATE INDEX lanes_initiative ON lanes(initiative_id)`.execute(db);

  await sql`CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    lane_id INTEGER NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_month TEXT NOT NULL,
    end_month TEXT NOT NULL,
    deleted_at TEXT,
    updated_at TEXT NOT NULL DEFAULT ${now},
    CHECK (end_month >= start_month)
  )`.execute(db);
  await sql`CREATE INDEX phases_lane ON phases(lane_id)`.execute(db);

  // A recurring event is one row with an RRULE; an edited occurrence is its own row pointing at the
  // series (series_id, occurrence_date); a skipped occurrence is a row in event_skips.
  await sql`CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    all_day INTEGER NOT NULL DEFAULT 1 CHECK (all_day IN (0, 1)),
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE RESTRICT,
    phase_id INTEGER REFERENCES phases(id) ON DELETE RESTRICT,
    rrule TEXT,
    repeat_until TEXT,
    series_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    occurrence_date TEXT,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    CHECK (end_date >= start_date),
    CHECK (all_day = 1 OR (start_time IS NOT NULL AND end_time IS NOT NULL)),
    CHECK (rrule IS NULL OR repeat_until IS NOT NULL),
    CHECK ((series_id IS NULL) = (occurrence_date IS NULL))
  )`.execute(db);
  await sql`CREATE INDEX events_dates ON events(start_date, end_date)`.execute(db);
  await sql`CREATE INDEX events_initiative ON events(initiative_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX events_override ON events(series_id, occurrence_date) WHERE series_id IS NOT NULL`.execute(db);

  await sql`CREATE TABLE event_schools (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    PRIMARY KEY (event_id, school_id)
  )`.execute(db);
  await sql`CREATE TABLE event_people (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    PRIMARY KEY (event_id, person_id)
  )`.execute(db);
  await sql`CREATE TABLE event_skips (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    PRIMARY KEY (event_id, date)
  )`.execute(db);

  // School terms and public holidays, entered or imported by the clerk.
  await sql`CREATE TABLE calendar_periods (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('term', 'holiday')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    CHECK (end_date >= start_date)
  )`.execute(db);
  await sql`CREATE INDEX calendar_periods_dates ON calendar_periods(start_date)`.execute(db);

  // Public exams; their checkpoints (days before) are computed, so moving the exam moves them.
  await sql`CREATE TABLE exams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    exam_date TEXT NOT NULL,
    checkpoint_days TEXT NOT NULL DEFAULT '[150,100,50,20]',
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now}
  )`.execute(db);
}
