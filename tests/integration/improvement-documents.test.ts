/**
 * The school improvement documents on real SQLite: the SIP review and the KPI review built from rows written
 * straight into the tables, their models checked field by field against figures worked out by hand, their
 * layouts read back from the .docx in BM and EN, one LibreOffice smoke per kind; and the term reports'
 * improvement section, present when a plan or results exist and absent otherwise.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema';
import { loadKpiReviewModel } from '../../electron/services/results/kpi-review-model';
import { loadSipReviewModel } from '../../electron/services/sip/sip-review-model';
import { loadClusterTermReportModel } from '../../electron/services/visits/cluster-term-report-model';
import { loadSchoolTermReportModel } from '../../electron/services/visits/school-term-report-model';
import type { Register } from '../../shared/documents/register';
import type { DocumentFile } from '../../shared/domain';
import { docxText, docxXml } from '../helpers/docx';
import { toPdfText } from '../helpers/office';
import { termScenario } from '../helpers/term-scenario';
import { improvementFixture, YEAR } from '../helpers/improvement-fixture';
import { openApp } from '../helpers/tmp';

/** LibreOffice's first start on a busy machine takes a while. */
const OFFICE_TIMEOUT = 180_000;
const TODAY = '2025-10-01';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

type Db = Kysely<DB>;

async function scenario() {
  const app = await openApp(undefined, { language: 'en' });
  const ids = await improvementFixture(app.ctx.db());
  const render = (req: object) => app.call<DocumentFile>('documents.render', req);
  return { ...app, ...ids, render };
}

describe('the SIP review', () => {
  it('reads a school plan with its priorities, targets by review, actions, reviewers and linked next steps', async () => {
    const { ctx, alfa } = await scenario();
    const m = await loadSipReviewModel(ctx.db(), alfa, YEAR, 'en', TODAY);
    expect(m.school).toEqual({ name: 'Sekolah Rendah Alfa', abbreviation: 'SR ALFA', level: 'primary', head: { name: 'Hj Alfa', title: 'Guru Besar' } });
    expect(m.notes).toBe('Pelan dipersetujui oleh PIBG.');
    expect(m.reviews).toEqual([
      { number: 1, date: '2025-05-20', reviewer: { name: 'Awang Pegawai', post: 'Working Group Officer' }, peer: { name: 'Hjh Rakan', post: 'Guru Besar', school: 'SR BETA' }, findings: 'Pelan dilaksanakan mengikut jadual.' },
      { number: 2, date: '2025-09-10', reviewer: { name: 'Awang Pegawai', post: 'Working Group Officer' }, peer: null, findings: '' },
    ]);
    expect(m.priorities.map((p) => [p.number, p.title, p.aspects.map((a) => `${a.code} ${a.name}`)])).toEqual([
      [1, 'Meningkatkan pencapaian Matematik', ['2.2.4 Assessment for Learning', '4.1.1 School-Based Assessment']],
      [2, 'Budaya membaca', ["2.1.6 Students' Language Proficiency"]],
    ]);
    const [p1, p2] = m.priorities;
    expect(p1?.targets.map((t) => [t.ref, t.baseline, t.target, t.unit, t.dueDate, t.status, t.progress])).toEqual([
      ['1.1', 48, 60, '%', '2025-10-31', 'open', [{ progress: 'on-track', evidence: 'Ujian bulanan: 55%' }, { progress: 'achieved', evidence: 'Ujian percubaan: 62%' }]],
      ['1.2', null, 80, '%', '2025-09-30', 'open', [{ progress: 'behind', evidence: 'Hanya 40% guru' }, null]],
    ]);
    expect(p2?.targets.map((t) => [t.ref, t.status, t.progress])).toEqual([['2.1', 'met', [null, { progress: 'achieved', evidence: '' }]]]);
    expect(p1?.actions).toEqual([{ ref: '1.1', what: 'Kelas tambahan Matematik', owner: 'Ketua Bidang Matematik', start: '2025-02-01', end: '2025-09-30', status: 'in-progress' }]);
    expect(p2?.actions.map((a) => [a.ref, a.status, a.end])).toEqual([['2.1', 'done', null]]);
    // The year's steps that serve the plan; neither the unlinked one nor last year's.
    expect(m.nextSteps.map((s) => [s.text, s.serves, s.visitDate, s.closedOn])).toEqual([
      ['Analisis item ujian Matematik', { kind: 'target', ref: '1.1' }, '2025-03-05', '2025-04-20'],
      ['Pantau kelas tambahan', { kind: 'action', ref: '1.1' }, '2025-03-05', null],
    ]);
    expect(m.signOff.map((s) => s.role)).toEqual(['prepared', 'approved']);
  });

  it('refuses a school with no plan for the year, saying so at the school', async () => {
    const { call, beta } = await scenario();
    const err = await call('documents.render', { kind: 'sip-review', schoolId: beta, year: YEAR, language: 'en' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'schoolId', message: 'SR BETA has no school improvement plan for 2025: enter the plan first, then print its review.' });
    await call('settings.setLanguage', { language: 'ms' });
    const ms = await call('documents.render', { kind: 'sip-review', schoolId: beta, year: YEAR, language: 'ms' }).catch((e: unknown) => e);
    expect(ms).toMatchObject({ field: 'schoolId', message: 'SR BETA tiada Pelan Peningkatan Sekolah bagi tahun 2025: masukkan pelan itu dahulu, kemudian cetak semakannya.' });
  });

  it.each([
    ['ms', ['SEMAKAN PELAN PENINGKATAN SEKOLAH 2025: SR ALFA', 'Semakan PPS', 'Keutamaan 1: Meningkatkan pencapaian Matematik', 'Aspek WSE: 2.2.4 Penilaian untuk Pembelajaran; 4.1.1 Penilaian Berasaskan Sekolah', 'Di landasan', 'Tercapai', 'Ketinggalan', 'Belum disemak', 'Sedang dilaksanakan', 'Sasaran 1.1', 'Tindakan 1.1', 'Penyemak rakan sebaya', 'Semakan 1 — 20 Mei 2025: Dapatan keseluruhan', 'Tiada dapatan ditulis.', 'Disediakan oleh:']],
    ['en', ['SCHOOL IMPROVEMENT PLAN REVIEW 2025: SR ALFA', 'SIP Reviews', 'Priority 1: Meningkatkan pencapaian Matematik', 'WSE aspects: 2.2.4 Assessment for Learning; 4.1.1 School-Based Assessment', 'On track', 'Achieved', 'Behind', 'Not reviewed yet', 'In progress', 'Target 1.1', 'Action 1.1', 'Peer reviewer', 'Review 1 — 20 May 2025: Overall findings', 'No findings written.', 'Prepared by:']],
  ] as const)('lays out the review in %s', async (language, words) => {
    const { render, alfa } = await scenario();
    const file = await render({ kind: 'sip-review', schoolId: alfa, year: YEAR, language });
    expect(file.fileName).toMatch(language === 'ms' ? /^Semakan Pelan Peningkatan Sekolah 2025 - SR ALFA/ : /^School Improvement Plan Review 2025 - SR ALFA/);
    const text = await docxText(file.data);
    for (const w of [...words, '48% → 60%', '— → 80%', 'Ujian bulanan: 55%', 'Hanya 40% guru', 'Awang Pegawai', 'Hjh Rakan', 'SR BETA', 'Analisis item ujian Matematik', 'Pelan dipersetujui oleh PIBG.']) expect(text, w).toContain(w);
    expect(text).not.toContain('Kemas kini papan kenyataan');
    expect(text).not.toContain('Langkah tahun lalu');
  });

  it('is issued under its own code, to the school', async () => {
    const { call, alfa } = await scenario();
    const file = await call<DocumentFile>('documents.issue', { request: { kind: 'sip-review', schoolId: alfa, year: YEAR, language: 'en' } });
    expect(file.fileName).toMatch(/KL-PPS-\d{4}-001/);
    const kpi = await call<DocumentFile>('documents.issue', { request: { kind: 'kpi-review', year: YEAR, language: 'en' } });
    expect(kpi.fileName).toMatch(/KL-KPI-\d{4}-002/);
    const { items } = await call<Register>('documents.register', {});
    expect(items.map((e) => e.kind)).toEqual(['kpi-review', 'sip-review']);
    expect(items[1]).toMatchObject({ title: 'School Improvement Plan Review 2025: SR ALFA', recipient: 'Sekolah Rendah Alfa' });
  });

  it('opens in LibreOffice', async () => {
    const { render, alfa } = await scenario();
    const text = fold(await toPdfText((await render({ kind: 'sip-review', schoolId: alfa, year: YEAR, language: 'ms' })).data));
    for (const w of ['SEMAKAN PELAN PENINGKATAN SEKOLAH 2025: SR ALFA', 'Keutamaan 2: Budaya membaca', '48% → 60%', 'Ujian percubaan: 62%', 'Disahkan oleh:']) expect(text, w).toContain(w);
  }, OFFICE_TIMEOUT);
});

describe('the KPI review', () => {
  it('reads the cluster: schools × subjects last year, this year, target, change and met, and the checkpoints', async () => {
    const { ctx } = await scenario();
    const m = await loadKpiReviewModel(ctx.db(), YEAR, null, 'en', TODAY);
    expect(m.school).toBeNull();
    expect(m.groups.map((g) => [g.exam.code, g.subjects.map((s) => s.code), g.schools.map((s) => s.abbreviation)])).toEqual([
      ['PSR', ['ENG', 'MATH'], ['SR ALFA', 'SR BETA']],
      ['O', ['SCI'], ['SM GAMA']],
    ]);
    const [psr, o] = m.groups;
    // ENG then MATH. ALFA: ENG 60 → 29/52 = 55.8 against 65; MATH 48 → 33/52 = 63.5 against 60.
    expect(psr?.schools[0]?.cells).toEqual([
      { lastYear: 60, thisYear: 55.8, target: 65, change: -4.2, met: false },
      { lastYear: 48, thisYear: 63.5, target: 60, change: 15.5, met: true },
    ]);
    // BETA: no English at all; MATH 75 → 67.5 against 70.
    expect(psr?.schools[1]?.cells).toEqual([null, { lastYear: 75, thisYear: 67.5, target: 70, change: -7.5, met: false }]);
    // The cluster: ENG 30/50 = 60 → 29/52 = 55.8; MATH 54/90 = 60 → 60/92 = 65.2.
    expect(psr?.cluster).toEqual([
      { lastYear: 60, thisYear: 55.8, target: null, change: -4.2, met: null },
      { lastYear: 60, thisYear: 65.2, target: null, change: 5.2, met: null },
    ]);
    // Nobody sat in 2025: no percentage, so no change and no verdict.
    expect(o?.schools[0]?.cells).toEqual([{ lastYear: 45, thisYear: null, target: 50, change: null, met: null }]);
    expect(psr?.checkpoints).toEqual([
      {
        name: 'PSR 2025',
        date: '2025-10-06',
        days: [150, 100, 50, 20],
        rows: [
          { school: 'SR ALFA', statuses: [{ status: 'on-track', predicted: 58, note: '' }, { status: 'at-risk', predicted: 52, note: 'Kehadiran menurun' }, null, null] },
          { school: 'SR BETA', statuses: [{ status: 'off-track', predicted: 45, note: '' }, null, null, null] },
        ],
      },
    ]);
    expect(o?.checkpoints).toEqual([{ name: 'O Level 2025', date: '2025-10-20', days: [150, 100, 50, 20], rows: [] }]);
  });

  it('reads one school: its subjects over the years against target, and its own checkpoints', async () => {
    const { ctx, alfa } = await scenario();
    const m = await loadKpiReviewModel(ctx.db(), YEAR, alfa, 'ms', TODAY);
    expect(m.school).toEqual({ name: 'Sekolah Rendah Alfa', abbreviation: 'SR ALFA', level: 'primary' });
    expect(m.groups.map((g) => g.exam.code)).toEqual(['PSR']);
    const g = m.groups[0];
    // 2021 and 2023 hold nothing and are left out; the report's year is always shown.
    expect(g?.years).toEqual([2022, 2024, 2025]);
    expect(g?.history).toEqual([
      { subject: 'Bahasa Inggeris', figures: [{ percent: null, target: null }, { percent: 60, target: null }, { percent: 55.8, target: 65 }], now: { lastYear: 60, thisYear: 55.8, target: 65, change: -4.2, met: false } },
      { subject: 'Matematik', figures: [{ percent: 40, target: 45 }, { percent: 48, target: null }, { percent: 63.5, target: 60 }], now: { lastYear: 48, thisYear: 63.5, target: 60, change: 15.5, met: true } },
    ]);
    expect(g?.checkpoints.map((x) => [x.name, x.rows.map((r) => r.school), x.rows[0]?.statuses.map((s) => s?.predicted ?? null)])).toEqual([['PSR 2025', ['SR ALFA'], [58, 52, null, null]]]);
  });

  it.each([
    ['ms', ['SEMAKAN KPI KEPUTUSAN 2025', 'Keputusan Penilaian Sekolah Rendah (PSR)', "Keputusan Peperiksaan Peringkat 'O'", 'Titik Semak STEPS: PSR 2025, 6 Oktober 2025', 'Di landasan', 'Berisiko', 'Tersasar', 'ramalan 58%', 'Kluster', 'Tiada semakan titik semak direkodkan bagi peperiksaan ini.']],
    ['en', ['KPI RESULTS REVIEW 2025', 'Primary School Assessment (PSR) Results', 'O Level Results', 'STEPS Checkpoints: PSR 2025, 6 October 2025', 'On track', 'At risk', 'Off track', 'predicted 58%', 'Cluster', 'No checkpoint review recorded for this exam.']],
  ] as const)('lays out the cluster review in %s, this year coloured against the target', async (language, words) => {
    const { render } = await scenario();
    const file = await render({ kind: 'kpi-review', year: YEAR, language });
    // Abbreviations are held on one line by no-break spaces.
    const text = (await docxText(file.data)).replace(/\u00a0/g, ' ');
    for (const w of [...words, 'SR ALFA', 'SR BETA', 'SM GAMA', '63.5%', '55.8%', '65.2%', '+15.5', '\u22124.2', '\u22127.5', '+5.2']) expect(text, w).toContain(w);
    const xml = await docxXml(file.data, 'word/document.xml');
    // Met in green, not met in red.
    expect(xml).toMatch(/<w:color w:val="1E7B34"\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>63\.5%<\/w:t>/);
    expect(xml).toMatch(/<w:color w:val="C00000"\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>67\.5%<\/w:t>/);
    // Landscape pages for the matrix.
    expect(xml).toContain('w:orient="landscape"');
  });

  it.each([
    ['ms', ['SEMAKAN KPI KEPUTUSAN 2025: SR ALFA', 'Matematik', 'sasaran 60%', 'Capai sasaran', 'Tidak capai', 'Kehadiran menurun', '100 hari']],
    ['en', ['KPI RESULTS REVIEW 2025: SR ALFA', 'Mathematics', 'target 60%', 'Met', 'Not met', 'Kehadiran menurun', '100 days']],
  ] as const)('lays out a school review in %s', async (language, words) => {
    const { render, alfa } = await scenario();
    const text = await docxText((await render({ kind: 'kpi-review', year: YEAR, schoolId: alfa, language })).data);
    for (const w of [...words, '2022', '40%', '63.5%', '+15.5']) expect(text, w).toContain(w);
    expect(text).not.toContain('SR BETA');
  });

  it('says so when a year has no results', async () => {
    const { render } = await scenario();
    const text = await docxText((await render({ kind: 'kpi-review', year: 2030, language: 'en' })).data);
    expect(text).toContain('No results or targets recorded for 2030.');
  });

  it('opens in LibreOffice', async () => {
    const { render } = await scenario();
    const text = fold(await toPdfText((await render({ kind: 'kpi-review', year: YEAR, language: 'en' })).data));
    for (const w of ['KPI RESULTS REVIEW 2025', 'Primary School Assessment (PSR) Results', '63.5%', '+15.5', 'SM GAMA', 'Approved by:']) expect(text, w).toContain(w);
  }, OFFICE_TIMEOUT);
});

describe('the term reports with school improvement', () => {
  /** SR HMS in 2024: a plan with one target rated on track at review 1, and PSR Mathematics 48% → 63.5% against 60. */
  async function withImprovement(db: Db, school: number) {
    const sip = (await db.insertInto('sips').values({ school_id: school, year: 2024, notes: '', copied_from_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    const p = (await db.insertInto('sip_priorities').values({ sip_id: sip, position: 0, title: 'Matematik', description: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const t = (await db.insertInto('sip_targets').values({ priority_id: p, position: 0, measure: 'A–C % Matematik Tahun 6', baseline: 48, target: 60, unit: '%', due_date: '2024-10-31', exam_type_id: null, subject_id: null, carried_from_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    const r = (await db.insertInto('sip_reviews').values({ sip_id: sip, number: 1, date: '2024-03-01', reviewer_id: null, peer_reviewer_id: null }).returning('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('sip_review_targets').values({ review_id: r, target_id: t, progress: 'on-track', evidence: '' }).execute();
    const psr = (await db.selectFrom('exam_types').select('id').where('code', '=', 'PSR').executeTakeFirstOrThrow()).id;
    const math = (await db.selectFrom('subjects').select('id').where('code', '=', 'MATH').executeTakeFirstOrThrow()).id;
    await db
      .insertInto('results')
      .values([
        { school_id: school, exam_type_id: psr, subject_id: math, year: 2023, sat: 50, passed: 24, grade_counts: null },
        { school_id: school, exam_type_id: psr, subject_id: math, year: 2024, sat: 52, passed: 33, grade_counts: null },
      ])
      .execute();
    await db.insertInto('result_targets').values({ school_id: school, exam_type_id: psr, subject_id: math, year: 2024, target_percent: 60 }).execute();
  }

  it('leave the section out without a plan or results, and show it when they exist', async () => {
    const { ctx, render, school } = await (async () => {
      const s = await termScenario();
      return { ...s, render: (req: object) => s.call<DocumentFile>('documents.render', req) };
    })();
    const hms = school('SR HMS').id;
    // The demo's results are set aside: the section comes and goes with this test's own.
    await ctx.db().deleteFrom('result_targets').execute();
    await ctx.db().deleteFrom('results').execute();
    const before = await loadSchoolTermReportModel(ctx.db(), hms, 2024, 1, 'en', '2024-03-20');
    expect(before.improvement).toBeNull();
    expect((await loadClusterTermReportModel(ctx.db(), 2024, 1, 'en', '2024-03-20')).improvement).toBeNull();
    for (const language of ['ms', 'en'] as const) {
      const heading = language === 'ms' ? 'Peningkatan Sekolah dan Keputusan' : 'School Improvement and Results';
      expect(await docxText((await render({ kind: 'school-term-report', schoolId: hms, year: 2024, term: 1, language })).data)).not.toContain(heading);
      expect(await docxText((await render({ kind: 'cluster-term-report', year: 2024, term: 1, language })).data)).not.toContain(heading);
    }

    await withImprovement(ctx.db(), hms);
    const one = await loadSchoolTermReportModel(ctx.db(), hms, 2024, 1, 'en', '2024-03-20');
    expect(one.improvement).toEqual({
      sip: { targets: [{ ref: '1.1', measure: 'A–C % Matematik Tahun 6', baseline: 48, target: 60, unit: '%', dueDate: '2024-10-31', status: 'open', latest: { review: 1, progress: 'on-track' } }] },
      results: [{ exam: 'Primary School Assessment', subject: 'Mathematics', cell: { lastYear: 48, thisYear: 63.5, target: 60, change: 15.5, met: true } }],
    });
    const all = await loadClusterTermReportModel(ctx.db(), 2024, 1, 'en', '2024-03-20');
    expect(all.improvement).toEqual({
      plans: [{ abbreviation: 'SR HMS', targets: 1, achieved: 0, onTrack: 1, behind: 0, notStarted: 0, none: 0 }],
      results: [{ exam: 'Primary School Assessment', subject: 'Mathematics', cell: { lastYear: 48, thisYear: 63.5, target: null, change: 15.5, met: null }, schoolsMet: 1, schoolsWithTarget: 1 }],
    });

    const words = {
      ms: { school: ['Peningkatan Sekolah dan Keputusan', 'Kemajuan Pelan Peningkatan Sekolah 2024', 'Di landasan', 'Semakan 1', '48% → 60%', '63.5%', '+15.5'], cluster: ['Peningkatan Sekolah dan Keputusan', 'SR HMS', 'Matematik', '1 daripada 1', '63.5%'] },
      en: { school: ['School Improvement and Results', 'School Improvement Plan Progress 2024', 'On track', 'Review 1', '48% → 60%', '63.5%', '+15.5'], cluster: ['School Improvement and Results', 'SR HMS', 'Mathematics', '1 of 1', '63.5%'] },
    };
    for (const language of ['ms', 'en'] as const) {
      const s = await docxText((await render({ kind: 'school-term-report', schoolId: hms, year: 2024, term: 1, language })).data);
      for (const w of words[language].school) expect(s, w).toContain(w);
      // Before the officer's narrative, which still closes the report.
      expect(s.indexOf(language === 'ms' ? 'Peningkatan Sekolah dan Keputusan' : 'School Improvement and Results')).toBeLessThan(s.indexOf(language === 'ms' ? 'Ulasan Pegawai' : "Officer's Narrative"));
      const c = await docxText((await render({ kind: 'cluster-term-report', year: 2024, term: 1, language })).data);
      for (const w of words[language].cluster) expect(c, w).toContain(w);
    }
    // Another school of the cluster still has no section of its own.
    expect((await loadSchoolTermReportModel(ctx.db(), school('SM SSA').id, 2024, 1, 'en', '2024-03-20')).improvement).toBeNull();
  });
});
