/**
 * Results and targets on a real SQLite file: the grid's save and read back with the A–C % computed, its rules
 * at the field, last year's change and the cluster totals computed by hand, a school's series, the checkpoint
 * reviews before a dated exam, which schools sit which exam, and the Excel import with one bad line.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CodedEntry, SchoolSummary } from '../../shared/domain';
import type { ImportPreview } from '../../shared/imports/api';
import type { Exam } from '../../shared/plan/types';
import { levelsSitting, sitsExam } from '../../shared/results/sitting';
import type { CheckpointReviews, ClusterResults, ResultsList, SchoolResults } from '../../shared/results/types';
import { failure } from '../helpers/api';
import { capturing, scansOf } from '../helpers/query-plans';
import { openApp } from '../helpers/tmp';
import { listResults } from '../../electron/services/results/results';
import { schoolResults } from '../../electron/services/results/series';

async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  const levels = { 'SR A': 'primary', 'SR B': 'primary', 'SM C': 'secondary', 'MD E': 'sixth_form' } as const;
  for (const [i, [abbreviation, level]] of Object.entries(levels).entries()) {
    await call('schools.create', { name: `School ${abbreviation}`, abbreviation, level, number: i + 1 });
  }
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const types = await call<CodedEntry[]>('results.examTypes');
  const subjects = await call<CodedEntry[]>('results.subjects');
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id as number;
  const type = (code: string) => types.find((t) => t.code === code)?.id as number;
  const subject = (code: string) => subjects.find((s) => s.code === code)?.id as number;
  return { ...app, school, type, subject };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const row = (list: ResultsList, schoolId: number, subjectId: number) => list.rows.find((r) => r.schoolId === schoolId && r.subjectId === subjectId);
const total = (list: ResultsList, subjectId: number) => list.totals.find((t) => t.subjectId === subjectId);

async function enterPsr({ call, school, type, subject }: Setup) {
  // 2023: SR A English 40 sat, 20 A–C; SR B English 30 sat, 12 A–C.  2024: SR A 50/30 target 65, SR B 20/15.
  await call('results.save', { year: 2023, examTypeId: type('PSR'), rows: [{ schoolId: school('SR A'), subjectId: subject('ENG'), sat: 40, passed: 20 }, { schoolId: school('SR B'), subjectId: subject('ENG'), sat: 30, passed: 12 }] });
  return call<ResultsList>('results.save', {
    year: 2024,
    examTypeId: type('PSR'),
    rows: [
      { schoolId: school('SR A'), subjectId: subject('ENG'), sat: 50, passed: 30, targetPercent: 65 },
      { schoolId: school('SR B'), subjectId: subject('ENG'), sat: 20, passed: 15 },
      { schoolId: school('SR A'), subjectId: subject('MATH'), sat: 50, passed: 21, targetPercent: 50 },
    ],
  });
}

describe('results', () => {
  it('saves the grid and reads it back with the A–C %, the target, last year and the change', async () => {
    const s = await setup();
    const list = await enterPsr(s);
    expect(row(list, s.school('SR A'), s.subject('ENG'))).toMatchObject({ sat: 50, passed: 30, acPercent: 60, target: 65, lastYearPercent: 50, change: 10, version: 1 });
    // SR B: 15/20 = 75 % against 12/30 = 40 % last year: 35 points up.
    expect(row(list, s.school('SR B'), s.subject('ENG'))).toMatchObject({ acPercent: 75, target: null, lastYearPercent: 40, change: 35 });
    // 21/50 = 42 %, no result last year: no change.
    expect(row(list, s.school('SR A'), s.subject('MATH'))).toMatchObject({ acPercent: 42, target: 50, lastYearPercent: null, change: null });
    // The same through results.list with no exam type chosen.
    const again = await s.call<ResultsList>('results.list', { year: 2024 });
    expect(again.rows).toEqual(list.rows);
  });

  it('computes the cluster totals as all A–C over all who sat, against last year', async () => {
    const s = await setup();
    const list = await enterPsr(s);
    // English 2024: (30 + 15) / (50 + 20) = 45 / 70 = 64.3 %; 2023: (20 + 12) / (40 + 30) = 32 / 70 = 45.7 %.
    expect(total(list, s.subject('ENG'))).toEqual({ examTypeId: s.type('PSR'), subjectId: s.subject('ENG'), sat: 70, passed: 45, acPercent: 64.3, lastYearPercent: 45.7, change: 18.6, schools: 2 });
    expect(total(list, s.subject('MATH'))).toMatchObject({ sat: 50, passed: 21, acPercent: 42, lastYearPercent: null, schools: 1 });
  });

  it('refuses A–C above those who sat at its field and writes nothing of the grid', async () => {
    const s = await setup();
    const err = await failure(
      s.call('results.save', {
        year: 2024,
        examTypeId: s.type('PSR'),
        rows: [
          { schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 50, passed: 30 },
          { schoolId: s.school('SR B'), subjectId: s.subject('ENG'), sat: 20, passed: 21 },
          { schoolId: s.school('SR B'), subjectId: s.subject('SCI'), sat: 20.5, passed: 3 },
          { schoolId: s.school('SR B'), subjectId: s.subject('MATH'), sat: 20, passed: null },
        ],
      }),
    );
    expect(err.code).toBe('VALIDATION');
    const fields = Object.fromEntries((err.errors ?? []).map((e) => [e.field, e.message]));
    expect(fields['rows.1.passed']).toBe('A–C (21) cannot be more than those who sat (20)');
    expect(fields['rows.2.sat']).toBe('Enter a whole number');
    expect(fields['rows.3.passed']).toBe('Enter how many reached A–C');
    expect(Object.keys(fields)).not.toContain('rows.0.passed');
    expect((await s.call<ResultsList>('results.list', { year: 2024 })).rows).toEqual([]);
  });

  it('keeps one row per school, exam, subject and year: a second save changes it, a row twice in a grid is refused', async () => {
    const s = await setup();
    const at = { year: 2024, examTypeId: s.type('PSR') };
    const first = await s.call<ResultsList>('results.save', { ...at, rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 10, passed: 5 }] });
    const second = await s.call<ResultsList>('results.save', { ...at, rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 10, passed: 7, version: 1 }] });
    expect(first.rows).toHaveLength(1);
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0]).toMatchObject({ sat: 10, passed: 7, acPercent: 70, version: 2 });
    const twice = await failure(s.call('results.save', { ...at, rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 1, passed: 1 }, { schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 2, passed: 1 }] }));
    expect(twice.errors).toEqual([{ field: 'rows.1.subjectId', message: 'This school and subject are entered twice' }]);
    // A grid read before the second save is out of date: CONFLICT, nothing written.
    const stale = await failure(s.call('results.save', { ...at, rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 10, passed: 1, version: 1 }] }));
    expect(stale.code).toBe('CONFLICT');
    const rows = await s.ctx.db().selectFrom('results').selectAll().execute();
    expect(rows.map((r) => [r.sat, r.passed])).toEqual([[10, 7]]);
    // The table itself refuses a second row.
    await expect(s.ctx.db().insertInto('results').values({ school_id: s.school('SR A'), year: 2024, exam_type_id: s.type('PSR'), subject_id: s.subject('ENG'), sat: 3, passed: 1 }).execute()).rejects.toThrow(/UNIQUE/);
  });

  it('removes a result when sat and A–C are emptied, and sets or clears a target on its own', async () => {
    const s = await setup();
    await enterPsr(s);
    const at = { year: 2024, examTypeId: s.type('PSR') };
    const removed = await s.call<ResultsList>('results.save', { ...at, rows: [{ schoolId: s.school('SR B'), subjectId: s.subject('ENG'), sat: null, passed: null }] });
    expect(row(removed, s.school('SR B'), s.subject('ENG'))).toBeUndefined();
    expect(total(removed, s.subject('ENG'))).toMatchObject({ sat: 50, passed: 30, acPercent: 60, schools: 1 });
    // A target alone (no result yet), and a target cleared; a row without targetPercent leaves the target.
    const targets = await s.call<ResultsList>('results.save', {
      ...at,
      rows: [
        { schoolId: s.school('SR B'), subjectId: s.subject('SCI'), sat: null, passed: null, targetPercent: 55.5 },
        { schoolId: s.school('SR A'), subjectId: s.subject('MATH'), sat: 50, passed: 21, targetPercent: null },
        { schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 50, passed: 31 },
      ],
    });
    expect(row(targets, s.school('SR B'), s.subject('SCI'))).toMatchObject({ sat: null, acPercent: null, target: 55.5, version: 0 });
    expect(row(targets, s.school('SR A'), s.subject('MATH'))?.target).toBeNull();
    expect(row(targets, s.school('SR A'), s.subject('ENG'))).toMatchObject({ acPercent: 62, target: 65 });
    const bad = await failure(s.call('results.save', { ...at, rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 5, passed: 1, targetPercent: 120 }] }));
    expect(bad.errors).toEqual([{ field: 'rows.0.targetPercent', message: 'A percentage is 0 to 100' }]);
  });

  it("answers a school's series over the years and the cluster's", async () => {
    const s = await setup();
    await enterPsr(s);
    await s.call('results.save', { year: 2022, examTypeId: s.type('PSR'), rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 40, passed: 10, targetPercent: 30 }] });
    const page = await s.call<SchoolResults>('results.school', { schoolId: s.school('SR A') });
    expect(page.school.abbreviation).toBe('SR A');
    const eng = page.series.find((x) => x.subjectId === s.subject('ENG'));
    expect(eng?.points.map((p) => [p.year, p.acPercent, p.target])).toEqual([
      [2022, 25, 30],
      [2023, 50, null],
      [2024, 60, 65],
    ]);
    expect(page.series.map((x) => x.subjectId)).toEqual([s.subject('ENG'), s.subject('MATH')]);
    const cluster = await s.call<ClusterResults>('results.cluster', { examTypeId: s.type('PSR') });
    const ce = cluster.series.find((x) => x.subjectId === s.subject('ENG'));
    // 2022: 10/40; 2023: 32/70; 2024: 45/70; the target is the mean of the schools' targets.
    expect(ce?.points.map((p) => [p.year, p.acPercent, p.target])).toEqual([
      [2022, 25, 30],
      [2023, 45.7, null],
      [2024, 64.3, 65],
    ]);
    expect((await failure(s.call('results.school', { schoolId: 999 }))).code).toBe('NOT_FOUND');
  });

  it('lets the office add exam types and subjects, and archive them', async () => {
    const s = await setup();
    const t = await s.call<CodedEntry>('results.saveExamType', { code: 'SPN21', nameMs: 'Ujian SPN21', nameEn: 'SPN21 test' });
    expect((await s.call<CodedEntry[]>('results.examTypes')).map((x) => x.code)).toEqual(['PSR', 'O', 'IGCSE', 'A', 'SPN21']);
    const clash = await failure(s.call('results.saveSubject', { code: 'eng', nameMs: 'Lain', nameEn: 'Other' }));
    expect(clash.errors).toEqual([{ field: 'code', message: 'The code eng is already used.' }]);
    await s.call('results.setExamTypeArchived', { id: t.id, archived: true });
    expect((await s.call<CodedEntry[]>('results.examTypes')).map((x) => x.code)).not.toContain('SPN21');
    expect((await s.call<CodedEntry[]>('results.examTypes', { includeArchived: true })).find((x) => x.code === 'SPN21')?.archived).toBe(true);
  });
});

describe('which schools sit which exam', () => {
  it('maps PSR to primaries, O Level and IGCSE to secondaries, A Level to the sixth form, and anything else to all', () => {
    expect(levelsSitting('PSR')).toEqual(['primary']);
    expect(levelsSitting('O')).toEqual(['secondary']);
    expect(levelsSitting('igcse')).toEqual(['secondary']);
    expect(levelsSitting('A')).toEqual(['sixth_form']);
    expect(levelsSitting('SPN21')).toBeNull();
    expect(levelsSitting(null)).toBeNull();
    expect(sitsExam('primary', 'O')).toBe(false);
    expect(sitsExam('other', 'SPN21')).toBe(true);
    expect(sitsExam('sixth_form', null)).toBe(true);
  });
});

describe('checkpoint reviews', () => {
  it("saves a checkpoint's rows at once and reads them back with the sitting schools and the actual result", async () => {
    const s = await setup();
    const psr = await s.call<Exam>('exams.create', { name: 'PSR', date: '2024-09-25', examTypeId: s.type('PSR') });
    const open = await s.call<Exam>('exams.create', { name: 'Cluster test', date: '2024-06-10', checkpointDays: [30] });
    expect(psr.examTypeId).toBe(s.type('PSR'));
    await enterPsr(s);
    const saved = await s.call<CheckpointReviews>('checkpoints.save', {
      examId: psr.id,
      daysBefore: 100,
      rows: [
        { schoolId: s.school('SR A'), status: 'on-track', predictedPercent: 58, note: 'Mocks done' },
        { schoolId: s.school('SR B'), status: 'at-risk', note: '' },
      ],
    });
    const exam = saved.exams.find((x) => x.id === psr.id);
    expect(exam?.checkpoints).toEqual([
      { daysBefore: 150, date: '2024-04-28' },
      { daysBefore: 100, date: '2024-06-17' },
      { daysBefore: 50, date: '2024-08-06' },
      { daysBefore: 20, date: '2024-09-05' },
    ]);
    expect(exam?.schools.map((x) => x.abbreviation)).toEqual(['SR A', 'SR B']);
    expect(exam?.reviews.map((r) => [r.schoolId, r.daysBefore, r.status, r.predictedPercent, r.note])).toEqual([
      [s.school('SR A'), 100, 'on-track', 58, 'Mocks done'],
      [s.school('SR B'), 100, 'at-risk', null, ''],
    ]);
    // Actual: SR A (30 + 21) / (50 + 50) = 51 %, SR B 15/20 = 75 %; the cluster 66/120 = 55 %.
    expect(exam?.actual).toEqual([
      { schoolId: s.school('SR A'), acPercent: 51 },
      { schoolId: s.school('SR B'), acPercent: 75 },
    ]);
    expect(exam?.clusterActual).toBe(55);
    // An exam with no type takes in every school.
    expect(saved.exams.find((x) => x.id === open.id)?.schools.map((x) => x.abbreviation)).toEqual(['SR A', 'SR B', 'SM C', 'MD E']);

    // A change needs the version read; a stale one is refused and nothing of the save is kept.
    const changed = await s.call<CheckpointReviews>('checkpoints.save', { examId: psr.id, daysBefore: 100, rows: [{ schoolId: s.school('SR B'), status: 'off-track', predictedPercent: 30, note: 'Staff away', version: 1 }] });
    expect(changed.exams.find((x) => x.id === psr.id)?.reviews.find((r) => r.schoolId === s.school('SR B'))).toMatchObject({ status: 'off-track', version: 2 });
    const stale = await failure(s.call('checkpoints.save', { examId: psr.id, daysBefore: 100, rows: [{ schoolId: s.school('SR A'), status: 'off-track', note: '' }, { schoolId: s.school('SR B'), status: 'on-track', note: '', version: 1 }] }));
    expect(stale.code).toBe('CONFLICT');
    expect((await s.call<CheckpointReviews>('checkpoints.reviews', { year: 2024 })).exams[1]?.reviews.find((r) => r.schoolId === s.school('SR A'))?.status).toBe('on-track');
  });

  it('refuses a checkpoint the exam does not have and a school that does not sit it', async () => {
    const s = await setup();
    const psr = await s.call<Exam>('exams.create', { name: 'PSR', date: '2024-09-25', examTypeId: s.type('PSR') });
    const err = await failure(s.call('checkpoints.save', { examId: psr.id, daysBefore: 70, rows: [{ schoolId: s.school('SM C'), status: 'on-track', note: '' }] }));
    expect(err.errors).toEqual([
      { field: 'daysBefore', message: 'This exam has no checkpoint 70 days before it (it has 150, 100, 50, 20).' },
      { field: 'rows.0.schoolId', message: 'This school does not sit this exam' },
    ]);
    const pct = await failure(s.call('checkpoints.save', { examId: psr.id, daysBefore: 50, rows: [{ schoolId: s.school('SR A'), status: 'late', predictedPercent: 101, note: '' }] }));
    expect(pct.errors?.map((e) => e.field)).toEqual(['rows.0.status', 'rows.0.predictedPercent']);
    expect(await s.ctx.db().selectFrom('checkpoint_reviews').selectAll().execute()).toEqual([]);
  });
});

async function workbook(lines: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PSR 2024');
  ws.addRow(['PSR results 2024 (demo)']);
  for (const l of lines) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('results import', () => {
  it('previews every line with its outcome, shows the bad ones by line number, and commits the good ones at once', async () => {
    const s = await setup();
    await s.call('results.save', { year: 2024, examTypeId: s.type('PSR'), rows: [{ schoolId: s.school('SR A'), subjectId: s.subject('ENG'), sat: 50, passed: 30, targetPercent: 65 }, { schoolId: s.school('SR A'), subjectId: s.subject('SCI'), sat: 50, passed: 40 }] });
    const file = await workbook([
      ['School', 'Subject', 'Sat', 'A–C', 'Target %'],
      ['SR A', 'English', 50, 33, 65], // line 3: changed A–C
      ['School SR B', 'MATH', 20, 9, 50], // line 4: new, by the school's full name
      ['SR B', 'Sains', 20, 25, null], // line 5: A–C above sat
      ['SR Z', 'ENG', 10, 5, null], // line 6: unknown school
      ['SR B', 'Art', 10, 5, null], // line 7: unknown subject
      ['SR B', 'Mathematics', 20, 9, null], // line 8: the same school and subject again
      ['SR A', 'SCI', 50, 40, null], // line 9: unchanged
    ]);
    const preview = await s.call<ImportPreview>('imports.preview', { kind: 'results', year: 2024, examTypeId: s.type('PSR'), file, fileName: 'psr.xlsx' });
    expect(preview.rows.map((r) => [r.row, r.outcome])).toEqual([
      [3, 'update'],
      [4, 'new'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
      [9, 'unchanged'],
    ]);
    expect(preview.rows[0]?.changes).toEqual([{ field: 'passed', old: '30', new: '33' }]);
    expect(preview.rows.filter((r) => r.outcome === 'error').map((r) => r.errors)).toEqual([
      [{ column: 'A–C', message: 'A–C (25) cannot be more than those who sat (20)' }],
      [{ column: 'School', message: 'No school is named or abbreviated "SR Z".' }],
      [{ column: 'Subject', message: 'No subject has the code or name "Art".' }],
      [{ column: 'Subject', message: 'SR B Mathematics is already on line 4.' }],
    ]);
    expect(preview.counts).toEqual({ new: 1, update: 1, unchanged: 1, error: 4 });
    expect(preview.canCommit).toBe(true);
    // Nothing is written by the preview.
    expect((await s.call<ResultsList>('results.list', { year: 2024 })).rows).toHaveLength(2);

    expect(await s.call('imports.commit', { previewId: preview.previewId })).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const list = await s.call<ResultsList>('results.list', { year: 2024, examTypeId: s.type('PSR') });
    expect(list.rows.map((r) => [r.schoolId, r.subjectId, r.sat, r.passed, r.acPercent, r.target])).toEqual([
      [s.school('SR A'), s.subject('ENG'), 50, 33, 66, 65],
      [s.school('SR A'), s.subject('SCI'), 50, 40, 80, null],
      [s.school('SR B'), s.subject('MATH'), 20, 9, 45, 50],
    ]);
    // A preview is committed once.
    await expect(s.call('imports.commit', { previewId: preview.previewId })).rejects.toThrow();
  });

  it('refuses a file with no School and Subject header', async () => {
    const s = await setup();
    const file = await workbook([['Name', 'Count'], ['SR A', 3]]);
    const err = await failure(s.call('imports.preview', { kind: 'results', year: 2024, examTypeId: s.type('PSR'), file, fileName: 'x.xlsx' }));
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'file', message: 'No sheet has a header line with School and Subject columns.' });
  });
});

describe('query plans of the results reads', () => {
  it('reads no whole table of results, targets or reviews for a year or a school', async () => {
    const s = await setup();
    await enterPsr(s);
    const big = ['results', 'result_targets', 'checkpoint_reviews'];
    // The check can fail: a read by a column with no index is a full scan.
    const probe = capturing(s.ctx.db());
    await probe.db.selectFrom('results').select('id').where('passed', '=', 3).execute();
    expect(await scansOf(s.ctx.db(), probe.statements, big)).toHaveLength(1);
    for (const [name, read] of [
      ['results.list', (db: typeof probe.db) => listResults(db, 2024, s.type('PSR'))],
      ['results.list, every exam', (db: typeof probe.db) => listResults(db, 2024, null)],
      ['results.school', (db: typeof probe.db) => schoolResults(db, s.school('SR A'))],
    ] as const) {
      const { db, statements } = capturing(s.ctx.db());
      await read(db);
      expect(statements.length, name).toBeGreaterThan(0);
      expect(await scansOf(s.ctx.db(), statements, big), name).toEqual([]);
    }
  });
});

describe('the demo', () => {
  it('has three years of PSR and O Level results with targets in English, Mathematics and Science, and the demo year reviewed at every checkpoint', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    expect(await call<number[]>('results.years')).toEqual([2023, 2022, 2021]);
    const list = await call<ResultsList>('results.list', { year: 2023 });
    const code = (id: number, entries: CodedEntry[]) => entries.find((e) => e.id === id)?.code;
    const count = (exam: string) => list.rows.filter((r) => code(r.examTypeId, list.examTypes) === exam).length;
    // 18 primary schools sit PSR and 7 secondary schools O Level, in three subjects each.
    expect(count('PSR')).toBe(18 * 3);
    expect(count('O')).toBe(7 * 3);
    expect(new Set(list.rows.map((r) => code(r.subjectId, list.subjects)))).toEqual(new Set(['ENG', 'MATH', 'SCI']));
    expect(list.rows.every((r) => r.acPercent !== null && r.target !== null && r.lastYearPercent !== null)).toBe(true);
    const reviews = await call<CheckpointReviews>('checkpoints.reviews', { year: 2023 });
    expect(reviews.exams.map((x) => [x.name, x.examTypeCode, x.schools.length, x.reviews.length])).toEqual([
      ['PSR (demo)', 'PSR', 18, 18 * 4],
      ['O Level (demo)', 'O', 7, 7 * 4],
    ]);
    expect(reviews.exams.every((x) => x.clusterActual !== null && x.actual.length === x.schools.length)).toBe(true);
  });
});
