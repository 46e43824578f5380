import { sql, type Kysely } from 'kysely';

// School visits with their officers, next steps and lesson observations (rated on a criteria template),
// visit purposes, and the texts officers write for termly reports.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  // The cluster profile document's own sections, written in Settings.
  await sql`ALTER TABLE cluster_profile ADD COLUMN introduction TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE cluster_profile ADD COLUMN services TEXT NOT NULL DEFAULT ''`.execute(db);

  await sql`CREATE TABLE visit_purposes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
  )`.execute(db);
  const purposes: [string, string, string][] = [
    ['visit', 'Lawatan sekolah', 'School visit'],
    ['observation', 'Pencerapan pengajaran', 'Lesson observation'],
    ['sip', 'Konsultasi SIP', 'SIP consultation'],
    ['wse', 'Mikrovalidasi WSE', 'WSE microvalidation'],
    ['kpi', 'Semakan KPI', 'KPI review'],
    ['contact', 'Masa bersemuka dengan pemimpin sekolah', 'Contact time with school leaders'],
    ['teachers-day', 'Pencerapan Anugerah Hari Guru', "Teachers' Day award observation"],
  ];
  for (const [i, [code, ms, en]] of purposes.entries()) {
    await sql`INSERT INTO visit_purposes (code, name_ms, name_en, position) VALUES (${code}, ${ms}, ${en}, ${i})`.execute(db);
  }

  await sql`CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    date TEXT NOT NULL,
    purpose_id INTEGER NOT NULL REFERENCES visit_purposes(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    people_met TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '',
    next_visit_date TEXT,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    CHECK (next_visit_date IS NULL OR next_visit_date > date)
  )`.execute(db);
  await sql`CREATE INDEX visits_school_date ON visits(school_id, date)`.execute(db);
  await sql`CREATE INDEX visits_date ON visits(date)`.execute(db);

  await sql`CREATE TABLE visit_officers (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    PRIMARY KEY (visit_id, person_id)
  )`.execute(db);

  await sql`CREATE TABLE next_steps (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    closed_on TEXT,
    closed_note TEXT NOT NULL DEFAULT ''
  )`.execute(db);
  await sql`CREATE INDEX next_steps_visit ON next_steps(visit_id)`.execute(db);

  // The observation template: criteria rated 1 (weak) to 4 (strong); the office edits the list.
  await sql`CREATE TABLE rubric_criteria (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
  )`.execute(db);
  const criteria: [string, string, string][] = [
    ['plan', 'Perancangan dan objektif pelajaran', 'Lesson planning and objectives'],
    ['teach', 'Strategi pengajaran (termasuk pembezaan)', 'Teaching strategies (including differentiation)'],
    ['engage', 'Penglibatan pelajar', 'Student engagement'],
    ['assess', 'Pentaksiran untuk pembelajaran dan maklum balas', 'Assessment for learning and feedback'],
    ['manage', 'Pengurusan bilik darjah dan tingkah laku', 'Classroom and behaviour management'],
    ['resources', 'Penggunaan sumber dan teknologi', 'Use of resources and technology'],
    ['outcomes', 'Pencapaian objektif pembelajaran', 'Learning outcomes achieved'],
  ];
  for (const [i, [code, ms, en]] of criteria.entries()) {
    await sql`INSERT INTO rubric_criteria (code, name_ms, name_en, position) VALUES (${code}, ${ms}, ${en}, ${i})`.execute(db);
  }

  await sql`CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    teacher TEXT NOT NULL CHECK (length(trim(teacher)) > 0),
    class_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    improvements TEXT NOT NULL DEFAULT ''
  )`.execute(db);
  await sql`CREATE TABLE observation_ratings (
    observation_id INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES rubric_criteria(id) ON DELETE RESTRICT,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    PRIMARY KEY (observation_id, criterion_id)
  )`.execute(db);

  // What officers write for the termly reports: a school's narrative, or (school_id NULL) the cluster's
  // highlights and challenges.
  await sql`CREATE TABLE term_reports (
    id INTEGER PRIMARY KEY,
    school_id INTEGER REFERENCES schools(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 6),
    narrative TEXT NOT NULL DEFAULT '',
    highlights TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ${now}
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX term_reports_one ON term_reports(ifnull(school_id, 0), year, term)`.execute(db);
}
