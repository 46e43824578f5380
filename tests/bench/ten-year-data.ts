/**
 * Ten years of a busy cluster office, for the benchmarks: the demo (26 schools, the team, the 2023 plan and
 * its mentoring), then 2017–2026 written straight into the database in one transaction:
 * - 50,400 events: 50,000 one-off events and 400 weekly series, each linked to schools and officers;
 * - 20,000 visits (19,014 done) with their officers, 40,000 next steps, 38,028 observations and 266,196 ratings;
 * - 500 mentoring pairs with 4,852 sessions (beside the demo's own);
 * - terms, holidays, exams and the termly narratives of every school;
 * - every school's results and targets in every year (3–4 subjects) and its checkpoint reviews before each exam.
 * `extraSchools` adds that many schools (the 226-school variant) across which the visits are spread.
 * Deterministic: the same call builds the same records.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../../electron/app-context';
import { createDispatch } from '../../electron/dispatch';
import { openSqlite } from '../../db/sqlite';

export const TEN_YEARS = { from: 2017, to: 2026 } as const;
export const COUNTS = {
  oneOffEvents: 50_000,
  series: 400,
  visits: 20_000,
  doneVisits: 19_014,
  nextSteps: 40_000,
  observations: 38_028,
  pairs: 500,
  sessions: 4_852,
} as const;

/** A small fast generator, so every run builds the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** A school day (Monday to Thursday, or Saturday as in Brunei's week) in the given year. */
function schoolDay(year: number, r: () => number): string {
  for (;;) {
    const d = new Date(Date.UTC(year, 0, 2 + Math.floor(r() * 360)));
    const wd = d.getUTCDay();
    if (wd !== 5 && wd !== 0) return isoDate(d);
  }
}
/** Prose of about the length officers write, so the file reaches the size of a real ten-year office (about 80 MB). */
const PROSE =
  'Pengajaran berpusatkan murid semakin ketara di kebanyakan kelas yang dicerap; guru menggunakan soalan aras tinggi dan kerja berkumpulan. ' +
  'Penggunaan data pentaksiran untuk merancang pembezaan tugasan perlu diperkukuh, terutamanya bagi murid yang memerlukan sokongan tambahan. ' +
  'Pasukan pengurusan sekolah telah memantau pelaksanaan PLC mengikut jadual dan berkongsi amalan baik dalam mesyuarat panitia. ';
const prose = (times: number) => PROSE.repeat(times).trim();

const plusDays = (date: string, days: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

export interface TenYearData {
  dir: string;
  ctx: AppContext;
  dispatch: ReturnType<typeof createDispatch>;
  schoolIds: number[];
  close(): Promise<void>;
}

/** Builds the data set in a new temp folder and opens it; `close()` closes and removes the folder. */
export async function buildTenYearData(opts: { extraSchools?: number } = {}): Promise<TenYearData> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-ten-years-'));
  let ctx = new AppContext(dir, { appVersion: 'bench' });
  await ctx.open();
  const first = await createDispatch(ctx)('demo.load', {});
  if (!first.ok) throw new Error(`demo.load: ${first.error.message}`);
  await ctx.close();

  const sqlite = openSqlite(ctx.databasePath);
  try {
    sqlite.pragma('foreign_keys = ON');
    sqlite.transaction(() => fill(sqlite, opts.extraSchools ?? 0))();
  } finally {
    sqlite.close();
  }

  ctx = new AppContext(dir, { appVersion: 'bench' });
  await ctx.open();
  const dispatch = createDispatch(ctx);
  const schoolIds = (await ctx.db().selectFrom('schools').select('id').orderBy('id').execute()).map((s) => s.id);
  return {
    dir,
    ctx,
    dispatch,
    schoolIds,
    close: async () => {
      await ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function fill(db: ReturnType<typeof openSqlite>, extraSchools: number): void {
  const r = random(20_170_101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

  const addSchool = db.prepare(`INSERT INTO schools (number, name, abbreviation, level) VALUES (?, ?, ?, ?)`);
  const firstExtra = (db.prepare(`SELECT max(number) AS n FROM schools`).get() as { n: number }).n + 1;
  for (let i = 0; i < extraSchools; i++) addSchool.run(firstExtra + i, `Sekolah Rendah Tambahan ${i + 1}`, `SRT${i + 1}`, 'primary');

  const schools = (db.prepare(`SELECT id FROM schools ORDER BY id`).all() as { id: number }[]).map((s) => s.id);
  const team = (db.prepare(`SELECT id FROM people WHERE team_role IS NOT NULL ORDER BY id`).all() as { id: number }[]).map((p) => p.id);
  const officers = team.slice(0, Math.max(1, team.length - 1));
  const criteria = (db.prepare(`SELECT id FROM rubric_criteria ORDER BY position`).all() as { id: number }[]).map((c) => c.id);
  const purposes = (db.prepare(`SELECT id FROM visit_purposes ORDER BY position`).all() as { id: number }[]).map((p) => p.id);
  const competencies = (db.prepare(`SELECT id FROM competencies ORDER BY position`).all() as { id: number }[]).map((c) => c.id);
  const initiatives = (db.prepare(`SELECT id FROM initiatives ORDER BY id`).all() as { id: number }[]).map((i) => i.id);

  const years: number[] = [];
  for (let y = TEN_YEARS.from; y <= TEN_YEARS.to; y++) years.push(y);

  // Terms, holidays and exams of every year but the demo's own.
  const period = db.prepare(`INSERT INTO calendar_periods (kind, name, start_date, end_date) VALUES (?, ?, ?, ?)`);
  const exam = db.prepare(`INSERT INTO exams (name, exam_date) VALUES (?, ?)`);
  const hasPeriods = new Set((db.prepare(`SELECT DISTINCT substr(start_date, 1, 4) AS y FROM calendar_periods`).all() as { y: string }[]).map((p) => Number(p.y)));
  for (const y of years) {
    if (hasPeriods.has(y)) continue;
    const terms: [string, string][] = [[`${y}-01-08`, `${y}-03-14`], [`${y}-03-25`, `${y}-05-30`], [`${y}-06-17`, `${y}-09-05`], [`${y}-09-16`, `${y}-11-21`]];
    terms.forEach(([s, e], i) => period.run('term', `Penggal ${i + 1}`, s, e));
    period.run('holiday', 'Cuti Penggal 1', `${y}-03-15`, `${y}-03-24`);
    period.run('holiday', 'Cuti Akhir Tahun', `${y}-11-22`, `${y}-12-31`);
    exam.run(`PSR ${y}`, `${y}-09-22`);
    exam.run(`BC GCE O Level ${y}`, `${y}-10-20`);
  }

  // Events: one-off ones with schools and officers, and weekly series over a term.
  const event = db.prepare(
    `INSERT INTO events (title, start_date, end_date, all_day, start_time, end_time, place, notes, initiative_id, rrule, repeat_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const eventSchool = db.prepare(`INSERT OR IGNORE INTO event_schools (event_id, school_id) VALUES (?, ?)`);
  const eventPerson = db.prepare(`INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)`);
  const perYear = COUNTS.oneOffEvents / years.length;
  for (const y of years) {
    for (let i = 0; i < perYear; i++) {
      const start = schoolDay(y, r);
      const days = r() < 0.85 ? 0 : 1 + Math.floor(r() * 3);
      const allDay = r() < 0.6 ? 1 : 0;
      const hour = 7 + Math.floor(r() * 8);
      const id = Number(
        event.run(`Mesyuarat ${y}-${i + 1}`, start, plusDays(start, days), allDay, allDay ? null : `${pad(hour)}:00`, allDay ? null : `${pad(hour + 1)}:30`, '', prose(1), initiatives.length && r() < 0.4 ? pick(initiatives) : null, null, null).lastInsertRowid,
      );
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) eventSchool.run(id, pick(schools));
      if (r() < 0.5) eventPerson.run(id, pick(officers));
    }
  }
  for (let i = 0; i < COUNTS.series; i++) {
    const y = years[i % years.length] as number;
    const start = schoolDay(y, r);
    const until = plusDays(start, 70);
    const id = Number(event.run(`Sesi mingguan ${i + 1}`, start, start, 1, null, null, '', '', initiatives.length ? pick(initiatives) : null, `FREQ=WEEKLY;BYDAY=${pick(['MO', 'TU', 'WE', 'TH'])}`, until.slice(0, 4) === String(y) ? until : `${y}-12-31`).lastInsertRowid);
    eventSchool.run(id, pick(schools));
  }

  // Visits: officers, two next steps each (closed when older than this year), two observations of seven ratings when done.
  const visit = db.prepare(`INSERT INTO visits (school_id, date, purpose_id, status, people_met, findings, next_visit_date) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const visitOfficer = db.prepare(`INSERT OR IGNORE INTO visit_officers (visit_id, person_id) VALUES (?, ?)`);
  const step = db.prepare(`INSERT INTO next_steps (visit_id, text, owner, due_date, closed_on, closed_note) VALUES (?, ?, ?, ?, ?, ?)`);
  const observation = db.prepare(`INSERT INTO observations (visit_id, teacher, class_name, subject, strengths, improvements) VALUES (?, ?, ?, ?, ?, ?)`);
  const rating = db.prepare(`INSERT INTO observation_ratings (observation_id, criterion_id, rating) VALUES (?, ?, ?)`);
  const notDone = COUNTS.visits - COUNTS.doneVisits;
  for (let i = 0; i < COUNTS.visits; i++) {
    const y = years[i % years.length] as number;
    const date = schoolDay(y, r);
    const done = i >= notDone;
    const status = done ? 'done' : i % 2 === 0 ? 'planned' : 'cancelled';
    const id = Number(
      visit.run(schools[i % schools.length], date, pick(purposes), status, done ? 'Guru Besar, Penolong Guru Besar' : '', done ? prose(2) : '', null).lastInsertRowid,
    );
    visitOfficer.run(id, pick(officers));
    if (r() < 0.5) visitOfficer.run(id, pick(officers));
    for (let k = 0; k < 2; k++) {
      const due = plusDays(date, 30 + Math.floor(r() * 60));
      const closed = y < TEN_YEARS.to && r() < 0.9 ? plusDays(due, -Math.floor(r() * 20)) : null;
      step.run(id, k === 0 ? 'Kongsi amalan baik dalam PLC sekolah' : 'Semak rancangan pelajaran mengikut objektif', 'Guru Besar', due, closed, closed ? 'Selesai' : '');
    }
    if (done) {
      for (let k = 0; k < 2; k++) {
        const o = Number(observation.run(id, `Cikgu ${1 + Math.floor(r() * 400)}`, `Tahun ${1 + Math.floor(r() * 6)}`, pick(['Bahasa Melayu', 'English', 'Mathematics', 'Science']), prose(1), 'Pembezaan tugasan').lastInsertRowid);
        for (const c of criteria) rating.run(o, c, 1 + Math.floor(r() * 4));
      }
    }
  }

  // Mentoring: 50 pairs a year, each a new teacher at a school mentored by a head or an officer, with its sessions.
  const person = db.prepare(`INSERT INTO people (name, title, school_id) VALUES (?, ?, ?)`);
  const pair = db.prepare(`INSERT INTO mentoring_assignments (year, mentor_id, mentee_id, goals, schedule, start_date, end_date, status, appointed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const focus = db.prepare(`INSERT OR IGNORE INTO mentoring_focus (assignment_id, competency_id, baseline_level, target_level) VALUES (?, ?, ?, ?)`);
  const session = db.prepare(`INSERT INTO mentoring_sessions (assignment_id, date, duration_minutes, mode, topics) VALUES (?, ?, ?, ?, ?)`);
  const heads = (db.prepare(`SELECT id FROM people WHERE leader_role = 'head'`).all() as { id: number }[]).map((p) => p.id);
  const mentors = [...officers, ...heads];
  let sessionsLeft: number = COUNTS.sessions;
  for (let i = 0; i < COUNTS.pairs; i++) {
    const y = years[i % years.length] as number;
    const mentee = Number(person.run(`Guru Baharu ${i + 1}`, 'Cikgu', pick(schools)).lastInsertRowid);
    const start = `${y}-02-01`;
    const status = y < TEN_YEARS.to ? 'completed' : 'active';
    const id = Number(pair.run(y, pick(mentors), mentee, 'Pengurusan bilik darjah', 'monthly', start, `${y}-10-31`, status, start).lastInsertRowid);
    if (competencies.length) focus.run(id, pick(competencies), 2, 4);
    const pairsLeft = COUNTS.pairs - i;
    const n = Math.min(sessionsLeft, Math.round(sessionsLeft / pairsLeft));
    for (let k = 0; k < n; k++) session.run(id, plusDays(start, 21 * k), 60, pick(['visit', 'online', 'meeting'] as const), 'Perancangan pelajaran');
    sessionsLeft -= n;
  }

  // The termly narratives of every school and of the cluster.
  const narrative = db.prepare(`INSERT OR IGNORE INTO term_reports (school_id, year, term, narrative, highlights, challenges) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const y of years) {
    for (let t = 1; t <= 4; t++) {
      for (const s of schools) narrative.run(s, y, t, 'Sekolah menunjukkan kemajuan dalam pelaksanaan PLC dan pemantauan pengajaran.', '', '');
      narrative.run(null, y, t, '', 'Semua sekolah dilawati sekurang-kurangnya sekali.', 'Kekangan masa pegawai.');
    }
  }

  // Results and targets of every school in every year (PSR in four subjects for primaries, O or A Level in
  // three for the others), the exams' types, and each sitting school's review at every checkpoint.
  const typeOf = new Map((db.prepare(`SELECT id, code FROM exam_types`).all() as { id: number; code: string }[]).map((t) => [t.code, t.id]));
  const subjectIds = (db.prepare(`SELECT id FROM subjects ORDER BY position`).all() as { id: number }[]).map((x) => x.id);
  const levels = db.prepare(`SELECT id, level FROM schools`).all() as { id: number; level: string }[];
  const codeOf = (level: string) => (level === 'primary' ? 'PSR' : level === 'sixth_form' ? 'A' : 'O');
  const result = db.prepare(`INSERT OR IGNORE INTO results (school_id, year, exam_type_id, subject_id, sat, passed) VALUES (?, ?, ?, ?, ?, ?)`);
  const target = db.prepare(`INSERT OR IGNORE INTO result_targets (school_id, year, exam_type_id, subject_id, target_percent) VALUES (?, ?, ?, ?, ?)`);
  for (const y of years) {
    for (const s of levels) {
      const code = codeOf(s.level);
      const typeId = typeOf.get(code) as number;
      for (const subjectId of subjectIds.slice(0, code === 'PSR' ? 4 : 3)) {
        const sat = 20 + Math.floor(r() * 100);
        const passed = Math.floor(sat * (0.3 + r() * 0.6));
        result.run(s.id, y, typeId, subjectId, sat, passed);
        target.run(s.id, y, typeId, subjectId, Math.min(100, Math.round((passed / sat) * 100) + 5));
      }
    }
  }
  db.prepare(`UPDATE exams SET exam_type_id = ? WHERE exam_type_id IS NULL AND name LIKE 'PSR%'`).run(typeOf.get('PSR'));
  db.prepare(`UPDATE exams SET exam_type_id = ? WHERE exam_type_id IS NULL AND (name LIKE '%O Level%')`).run(typeOf.get('O'));
  const review = db.prepare(`INSERT OR IGNORE INTO checkpoint_reviews (exam_id, days_before, school_id, status, predicted_percent, note) VALUES (?, ?, ?, ?, ?, ?)`);
  const exams = db.prepare(`SELECT x.id, x.checkpoint_days, t.code FROM exams x JOIN exam_types t ON t.id = x.exam_type_id`).all() as { id: number; checkpoint_days: string; code: string }[];
  for (const x of exams) {
    for (const s of levels.filter((l) => codeOf(l.level) === x.code)) {
      for (const d of JSON.parse(x.checkpoint_days) as number[]) review.run(x.id, d, s.id, pick(['on-track', 'at-risk', 'off-track'] as const), Math.round(40 + r() * 50), '');
    }
  }
}
