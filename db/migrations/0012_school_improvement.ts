import { sql, type Kysely } from 'kysely';

// School improvement: the WSE framework (domains and aspects, with the cluster's terms of reference for
// each), WSE band history and aspect ratings per school, aspect tags on visits, observations and next steps;
// school improvement plans (priorities, SMART targets, actions, reviews); exam results and targets per
// subject with the checkpoint reviews before each exam; attendance at initiative events and each
// initiative's measured success; and each school's context for grouping schools by context and results.
// Once landed, never edited: add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  const version = sql`version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`;

  // ── WSE framework ────────────────────────────────────────────────────────────────────────────────
  await sql`CREATE TABLE wse_domains (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    ${version}
  )`.execute(db);
  // An aspect's code is domain.area.aspect (1.1.2). The terms of reference, scope of work and monitoring
  // mechanism are the cluster's own, in both languages; an empty text continues the one above it, as the
  // merged cells of the profile's tables do.
  await sql`CREATE TABLE wse_aspects (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES wse_domains(id) ON DELETE RESTRICT,
    code TEXT NOT NULL UNIQUE CHECK (code GLOB '[0-9]*.[0-9]*.[0-9]*'),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    terms_ms TEXT NOT NULL DEFAULT '',
    terms_en TEXT NOT NULL DEFAULT '',
    scope_ms TEXT NOT NULL DEFAULT '',
    scope_en TEXT NOT NULL DEFAULT '',
    monitoring_ms TEXT NOT NULL DEFAULT '',
    monitoring_en TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    ${version}
  )`.execute(db);
  await sql`CREATE INDEX wse_aspects_domain ON wse_aspects(domain_id, position)`.execute(db);

  // The cluster's subset, as its profile lists it. Domains 3 and 4 are not named in the profile; their names
  // describe their aspects and are the office's to correct from the WSE handbook.
  const domains: [number, string, string][] = [
    [1, 'Kepimpinan dan Pengurusan', 'Leadership and Management'],
    [2, 'Pembelajaran dan Pengajaran', 'Learning and Teaching'],
    [3, 'Iklim dan Budaya Sekolah', 'School Climate and Culture'],
    [4, 'Pencapaian Pelajar', 'Student Achievement'],
  ];
  for (const [number, ms, en] of domains) {
    await sql`INSERT INTO wse_domains (id, number, name_ms, name_en) VALUES (${number}, ${number}, ${ms}, ${en})`.execute(db);
  }
  const aspects: [string, string, string][] = [
    ['1.1.2', 'Pelan Tindakan dan Pelaksanaan', 'Action Plan and Implementation'],
    ['1.2.4', 'Pengurusan Data', 'Data Management'],
    ['1.3.1', 'Profesionalisme, Komitmen dan Akauntabiliti', 'Professionalism, Commitment and Accountability'],
    ['1.4.2', 'Pembangunan Profesional', 'Professional Development'],
    ['2.1.3', 'Penglibatan Pelajar', 'Student Engagement'],
    ['2.1.6', 'Kecekapan Bahasa Pelajar', "Students' Language Proficiency"],
    ['2.1.8', 'Kualiti Kerja Pelajar', "Quality of Students' Work"],
    ['2.2.1', 'Perancangan dan Persediaan', 'Planning and Preparation'],
    ['2.2.4', 'Penilaian untuk Pembelajaran', 'Assessment for Learning'],
    ['2.2.5', 'Muhasabah diri', 'Self-reflection'],
    ['2.3.3', 'Teknik Penyoalan', 'Questioning Techniques'],
    ['3.2.1', 'Hubungan Ibu Bapa/Penjaga', 'Relations with Parents and Guardians'],
    ['4.1.1', 'Penilaian Berasaskan Sekolah', 'School-Based Assessment'],
  ];
  for (const [i, [code, ms, en]] of aspects.entries()) {
    const domain = Number(code.split('.')[0]);
    await sql`INSERT INTO wse_aspects (domain_id, code, name_ms, name_en, position) VALUES (${domain}, ${code}, ${ms}, ${en}, ${i})`.execute(db);
  }

  // A school's WSE bands over the years; the roster's band (schools.wse_band) is the latest by date.
  await sql`CREATE TABLE wse_bands (
    id INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    band INTEGER NOT NULL CHECK (band BETWEEN 1 AND 5),
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'validated')),
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    UNIQUE (school_id, year, kind)
  )`.execute(db);
  await sql`CREATE INDEX wse_bands_school_date ON wse_bands(school_id, date)`.execute(db);

  // Optional ratings of a school on aspects, per year (1 weak to 5 strong, as the bands).
  await sql`CREATE TABLE wse_aspect_ratings (
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    aspect_id INTEGER NOT NULL REFERENCES wse_aspects(id) ON DELETE RESTRICT,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (school_id, year, aspect_id)
  ) WITHOUT ROWID`.execute(db);

  // What a visit, an observation or a next step serves; a lesson-observation criterion may map to an aspect.
  await sql`CREATE TABLE visit_aspects (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    aspect_id INTEGER NOT NULL REFERENCES wse_aspects(id) ON DELETE RESTRICT,
    PRIMARY KEY (visit_id, aspect_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX visit_aspects_aspect ON visit_aspects(aspect_id, visit_id)`.execute(db);
  await sql`CREATE TABLE observation_aspects (
    observation_id INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    aspect_id INTEGER NOT NULL REFERENCES wse_aspects(id) ON DELETE RESTRICT,
    PRIMARY KEY (observation_id, aspect_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX observation_aspects_aspect ON observation_aspects(aspect_id, observation_id)`.execute(db);
  await sql`CREATE TABLE next_step_aspects (
    next_step_id INTEGER NOT NULL REFERENCES next_steps(id) ON DELETE CASCADE,
    aspect_id INTEGER NOT NULL REFERENCES wse_aspects(id) ON DELETE RESTRICT,
    PRIMARY KEY (next_step_id, aspect_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX next_step_aspects_aspect ON next_step_aspects(aspect_id, next_step_id)`.execute(db);
  await sql`ALTER TABLE rubric_criteria ADD COLUMN aspect_id INTEGER REFERENCES wse_aspects(id) ON DELETE RESTRICT`.execute(db);

  // ── School improvement plans ─────────────────────────────────────────────────────────────────────
  await sql`CREATE TABLE sips (
    id INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    notes TEXT NOT NULL DEFAULT '',
    copied_from_id INTEGER REFERENCES sips(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    UNIQUE (school_id, year)
  )`.execute(db);
  await sql`CREATE TABLE sip_priorities (
    id INTEGER PRIMARY KEY,
    sip_id INTEGER NOT NULL REFERENCES sips(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT ''
  )`.execute(db);
  await sql`CREATE INDEX sip_priorities_sip ON sip_priorities(sip_id, position)`.execute(db);
  await sql`CREATE TABLE sip_priority_aspects (
    priority_id INTEGER NOT NULL REFERENCES sip_priorities(id) ON DELETE CASCADE,
    aspect_id INTEGER NOT NULL REFERENCES wse_aspects(id) ON DELETE RESTRICT,
    PRIMARY KEY (priority_id, aspect_id)
  ) WITHOUT ROWID`.execute(db);
  // A SMART target: "A–C % in Year 6 Mathematics from 48 to 60 by PSR". One tied to an exam and subject
  // takes its baseline from the results when carried forward.
  await sql`CREATE TABLE sip_targets (
    id INTEGER PRIMARY KEY,
    priority_id INTEGER NOT NULL REFERENCES sip_priorities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    measure TEXT NOT NULL CHECK (length(trim(measure)) > 0),
    baseline REAL,
    target REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'not-met', 'dropped')),
    exam_type_id INTEGER REFERENCES exam_types(id) ON DELETE RESTRICT,
    subject_id INTEGER REFERENCES subjects(id) ON DELETE RESTRICT,
    carried_from_id INTEGER REFERENCES sip_targets(id) ON DELETE SET NULL
  )`.execute(db);
  await sql`CREATE INDEX sip_targets_priority ON sip_targets(priority_id, position)`.execute(db);
  await sql`CREATE TABLE sip_actions (
    id INTEGER PRIMARY KEY,
    priority_id INTEGER NOT NULL REFERENCES sip_priorities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', 'dropped')),
    carried_from_id INTEGER REFERENCES sip_actions(id) ON DELETE SET NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
  )`.execute(db);
  await sql`CREATE INDEX sip_actions_priority ON sip_actions(priority_id, position)`.execute(db);
  // SIP Review 1 and 2 by default; the reviewer is a cluster officer, the peer reviewer a leader of another school.
  await sql`CREATE TABLE sip_reviews (
    id INTEGER PRIMARY KEY,
    sip_id INTEGER NOT NULL REFERENCES sips(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9),
    date TEXT,
    reviewer_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    peer_reviewer_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    findings TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    UNIQUE (sip_id, number)
  )`.execute(db);
  await sql`CREATE TABLE sip_review_targets (
    review_id INTEGER NOT NULL REFERENCES sip_reviews(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES sip_targets(id) ON DELETE CASCADE,
    progress TEXT NOT NULL CHECK (progress IN ('not-started', 'behind', 'on-track', 'achieved')),
    evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, target_id)
  ) WITHOUT ROWID`.execute(db);
  // A next step from a visit may serve a SIP action or target; removing one that a step serves is refused.
  await sql`ALTER TABLE next_steps ADD COLUMN sip_action_id INTEGER REFERENCES sip_actions(id) ON DELETE RESTRICT`.execute(db);
  await sql`ALTER TABLE next_steps ADD COLUMN sip_target_id INTEGER REFERENCES sip_targets(id) ON DELETE RESTRICT`.execute(db);
  await sql`CREATE INDEX next_steps_sip_action ON next_steps(sip_action_id) WHERE sip_action_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX next_steps_sip_target ON next_steps(sip_target_id) WHERE sip_target_id IS NOT NULL`.execute(db);

  // ── Results and KPI ──────────────────────────────────────────────────────────────────────────────
  // Exam types (the office adds others) and subjects; a dated exam on the calendar may name its type.
  await sql`CREATE TABLE exam_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    ${version}
  )`.execute(db);
  const examTypes: [string, string, string][] = [
    ['PSR', 'Penilaian Sekolah Rendah', 'Primary School Assessment'],
    ['O', "Peperiksaan Peringkat 'O'", 'O Level'],
    ['IGCSE', 'IGCSE', 'IGCSE'],
    ['A', "Peperiksaan Peringkat 'A'", 'A Level'],
  ];
  for (const [i, [code, ms, en]] of examTypes.entries()) {
    await sql`INSERT INTO exam_types (code, name_ms, name_en, position) VALUES (${code}, ${ms}, ${en}, ${i})`.execute(db);
  }
  await sql`CREATE TABLE subjects (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
    name_ms TEXT NOT NULL CHECK (length(trim(name_ms)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    ${version}
  )`.execute(db);
  const subjects: [string, string, string][] = [
    ['ENG', 'Bahasa Inggeris', 'English'],
    ['MATH', 'Matematik', 'Mathematics'],
    ['SCI', 'Sains', 'Science'],
    ['BM', 'Bahasa Melayu', 'Malay Language'],
  ];
  for (const [i, [code, ms, en]] of subjects.entries()) {
    await sql`INSERT INTO subjects (code, name_ms, name_en, position) VALUES (${code}, ${ms}, ${en}, ${i})`.execute(db);
  }
  await sql`ALTER TABLE exams ADD COLUMN exam_type_id INTEGER REFERENCES exam_types(id) ON DELETE RESTRICT`.execute(db);

  // One row per school, exam type, subject and year: how many sat and how many reached A–C (grade counts
  // optional, as JSON {"A*": n, …}); the A–C % is computed, never stored.
  await sql`CREATE TABLE results (
    id INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    exam_type_id INTEGER NOT NULL REFERENCES exam_types(id) ON DELETE RESTRICT,
    subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE RESTRICT,
    sat INTEGER NOT NULL CHECK (sat >= 0),
    passed INTEGER NOT NULL CHECK (passed >= 0 AND passed <= sat),
    grade_counts TEXT,
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    UNIQUE (school_id, exam_type_id, subject_id, year)
  )`.execute(db);
  await sql`CREATE INDEX results_year ON results(year, exam_type_id, subject_id)`.execute(db);
  await sql`CREATE TABLE result_targets (
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    exam_type_id INTEGER NOT NULL REFERENCES exam_types(id) ON DELETE RESTRICT,
    subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE RESTRICT,
    target_percent REAL NOT NULL CHECK (target_percent BETWEEN 0 AND 100),
    PRIMARY KEY (school_id, exam_type_id, subject_id, year)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX result_targets_year ON result_targets(year)`.execute(db);

  // STEPS: at each checkpoint of a dated exam (150/100/50/20 days before), each school's status.
  await sql`CREATE TABLE checkpoint_reviews (
    id INTEGER PRIMARY KEY,
    exam_id INTEGER NOT NULL REFERENCES exams(id) ON DELETE RESTRICT,
    days_before INTEGER NOT NULL CHECK (days_before > 0),
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('on-track', 'at-risk', 'off-track')),
    predicted_percent REAL CHECK (predicted_percent IS NULL OR predicted_percent BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    UNIQUE (exam_id, days_before, school_id)
  )`.execute(db);
  await sql`CREATE INDEX checkpoint_reviews_school ON checkpoint_reviews(school_id, exam_id)`.execute(db);

  // ── Initiatives: attendance and success measures ─────────────────────────────────────────────────
  // Attendance is taken per occurrence (a weekly series has one per date): the record says it was taken,
  // the schools and the people who came hang off it.
  await sql`CREATE TABLE attendance (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ${now},
    ${version},
    PRIMARY KEY (event_id, occurrence_date)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE TABLE attendance_schools (
    event_id INTEGER NOT NULL,
    occurrence_date TEXT NOT NULL,
    school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE RESTRICT,
    PRIMARY KEY (event_id, occurrence_date, school_id),
    FOREIGN KEY (event_id, occurrence_date) REFERENCES attendance(event_id, occurrence_date) ON DELETE CASCADE
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX attendance_schools_school ON attendance_schools(school_id)`.execute(db);
  await sql`CREATE TABLE attendance_people (
    event_id INTEGER NOT NULL,
    occurrence_date TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    presented INTEGER NOT NULL DEFAULT 0 CHECK (presented IN (0, 1)),
    PRIMARY KEY (event_id, occurrence_date, person_id),
    FOREIGN KEY (event_id, occurrence_date) REFERENCES attendance(event_id, occurrence_date) ON DELETE CASCADE
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX attendance_people_person ON attendance_people(person_id)`.execute(db);

  // An initiative's success measures as measured items: a share of school leaders or schools taking part
  // or presenting, a change in A–C % (an exam type and subject), or a count kept by hand.
  await sql`CREATE TABLE initiative_measures (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label_ms TEXT NOT NULL CHECK (length(trim(label_ms)) > 0),
    label_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('leaders-attending', 'leaders-presenting', 'schools-attending', 'result-change', 'count')),
    target REAL NOT NULL,
    exam_type_id INTEGER REFERENCES exam_types(id) ON DELETE RESTRICT,
    subject_id INTEGER REFERENCES subjects(id) ON DELETE RESTRICT,
    count_value REAL,
    ${version},
    CHECK (kind <> 'result-change' OR exam_type_id IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX initiative_measures_initiative ON initiative_measures(initiative_id, position)`.execute(db);

  // ── Targeting support ────────────────────────────────────────────────────────────────────────────
  // The school's context, set by the office: with its results it places the school in one of four groups.
  await sql`ALTER TABLE schools ADD COLUMN context TEXT CHECK (context IS NULL OR context IN ('challenging', 'favourable'))`.execute(db);
}
