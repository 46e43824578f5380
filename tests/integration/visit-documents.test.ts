import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/dates';
import { DOCX_CONTENT_TYPE, type DocumentFile, type SchoolSummary, type TeamMember } from '../../shared/domain';
import { addDays } from '../../shared/plan/calendar-dates';
import type { FollowUp, FollowUpItem, ListEntry, Visit } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { docxText, docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

type Call = Awaited<ReturnType<typeof openApp>>['call'];

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

const render = (call: Call, req: object) => call<DocumentFile>('documents.render', req);

/** The document's body text from the .docx, and the text LibreOffice's PDF of it shows (whole and by page), folded. */
async function readBack(file: DocumentFile): Promise<{ docx: string; pdf: string; pages: number; pageTexts: string[] }> {
  expect(file.contentType).toBe(DOCX_CONTENT_TYPE);
  const pdf = await toPdf(file.data);
  const raw = await pdfText(pdf);
  return { docx: fold(await docxText(file.data)), pdf: fold(raw), pages: await pdfPages(pdf), pageTexts: raw.split('\f').map(fold) };
}

/** Each text appears in the .docx and in the PDF. */
function expectBoth(text: { docx: string; pdf: string }, wanted: string[]) {
  for (const w of wanted) {
    expect(text.docx, `docx: ${w}`).toContain(fold(w));
    expect(text.pdf, `pdf: ${w}`).toContain(fold(w));
  }
}

/** The table rows of document.xml as lists of cell texts (a cell's lines joined by "\n", spaces folded). */
async function tableRows(file: DocumentFile): Promise<string[][]> {
  const xml = await docxXml(file.data, 'word/document.xml');
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
      paragraphsOf(tc)
        .map((l) => l.replace(/\u00a0/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    ),
  );
}

const DUE_LATER = addDays(todayLocal(), 60);
/** The rating the scenario gives the i-th criterion: very good, needs improvement, satisfactory, then good. */
const ratingOf = (i: number) => [4, 1, 2][i] ?? 3;

/**
 * The demo cluster with term 1 of 2024 in the calendar and a few visits:
 * - SR HMS: a lesson observation visit (two observations; three next steps: one closed in the term, one overdue,
 *   one due later), a SIP visit, and a visit of November 2023 whose open step carries into the term while its
 *   other step was closed before the term began;
 * - SM SSA: a cancelled visit, and a done one with one observation and an overdue step;
 * - PTM: one visit without next steps.
 */
async function scenario() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  await call('demo.load');
  await call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-08', end: '2024-03-15' });
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const team = await call<TeamMember[]>('team.list');
  const purposes = await call<ListEntry[]>('visits.purposes');
  const criteria = await call<ListEntry[]>('rubric.list');
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr) as SchoolSummary;
  const purpose = (code: string) => purposes.find((p) => p.code === code)?.id;
  const officer = team.find((m) => m.role === 'officer') as TeamMember;
  const head = team.find((m) => m.role === 'cluster_head') as TeamMember;
  const visit = (abbr: string, date: string, extra: object) =>
    call<Visit>('visits.create', { schoolId: school(abbr).id, date, purposeId: purpose('visit'), status: 'done', officerIds: [officer.id], ...extra });

  const earlier = await visit('SR HMS', '2023-11-15', {
    findings: 'Pelan tindakan STEPS dibincangkan.',
    nextSteps: [{ text: 'Langkah dibawa dari tahun lalu', owner: 'Guru Besar' }, { text: 'Langkah ditutup sebelum penggal', owner: 'Guru Besar', dueDate: '2023-11-30' }],
  });
  const main = await visit('SR HMS', '2024-01-17', {
    purposeId: purpose('observation'),
    officerIds: [officer.id, head.id],
    peopleMet: 'Guru Besar dan Penolong Guru Besar Kurikulum',
    findings: 'Sudut bacaan telah diwujudkan di semua kelas Tahun 1 hingga 3.\nRancangan pengajaran Matematik Tahun 6 belum menunjukkan pembezaan.',
    nextVisitDate: '2024-02-21',
    nextSteps: [
      { text: 'Kongsi pelan bacaan dengan semua guru', owner: 'Guru Besar', dueDate: '2024-01-31' },
      { text: 'Analisis data TPA dan bentangkan kepada guru', owner: 'PGB Kurikulum', dueDate: '2024-02-14' },
      { text: 'Adakan bengkel pembezaan Matematik', owner: 'Ketua Bidang', dueDate: DUE_LATER },
    ],
  });
  await call('observations.save', {
    visitId: main.id,
    teacher: 'Cikgu Noraini binti Hj Ahmad',
    className: '6 Cempaka',
    subject: 'Matematik',
    strengths: 'Objektif pelajaran jelas dan dikongsi.',
    improvements: 'Aktiviti pembezaan untuk murid lemah.',
    ratings: criteria.map((c, i) => ({ criterionId: c.id, rating: ratingOf(i) })),
  });
  await call('observations.save', { visitId: main.id, teacher: 'Cikgu Md Hafiz bin Othman', className: '3 Melati', subject: 'English', strengths: 'Good phonics work.', ratings: [] });
  await visit('SR HMS', '2024-02-21', { purposeId: purpose('sip'), findings: 'SIP 2024 dikemas kini mengikut maklum balas.' });
  const cancelled = await visit('SM SSA', '2024-02-07', { status: 'cancelled', findings: 'Tidak dijalankan' });
  const ssa = await visit('SM SSA', '2024-02-14', { findings: 'Sasaran WSE dibincangkan dengan Pengetua.', nextSteps: [{ text: 'Sediakan bukti domain 2', owner: 'TP Akademik', dueDate: '2024-03-01' }] });
  await call('observations.save', { visitId: ssa.id, teacher: 'Cikgu Rahim', className: '9A', subject: 'Science', ratings: [{ criterionId: criteria[0]?.id, rating: 3 }] });
  await visit('PTM', '2024-03-06', { purposeId: purpose('kpi'), findings: 'Semakan KPI pemimpin sekolah.' });

  const steps = (await call<FollowUp>('nextSteps.followUp', { schoolId: null, includeClosed: false })).open;
  const step = (text: string) => steps.find((s) => s.text === text) as FollowUpItem;
  await call('nextSteps.close', { id: step('Kongsi pelan bacaan dengan semua guru').id, closedOn: '2024-01-29', note: 'Dikongsi dalam mesyuarat guru.' });
  await call('nextSteps.close', { id: step('Langkah ditutup sebelum penggal').id, closedOn: '2023-12-01', note: 'Selesai.' });

  await call('termReports.save', { schoolId: school('SR HMS').id, year: 2024, term: 1, version: 0, narrative: 'Sekolah menunjukkan kemajuan yang baik dalam program bacaan.' });
  await call('termReports.save', {
    schoolId: null,
    year: 2024,
    term: 1,
    version: 0,
    highlights: 'Semua sekolah rendah mewujudkan sudut bacaan.',
    challenges: 'Kekurangan guru Matematik di sekolah menengah.',
  });
  return { ...app, schools, school, team, officer, head, criteria, main, earlier, cancelled };
}

describe('the school visit report', () => {
  const words = {
    ms: {
      file: /^Laporan Lawatan Sekolah – SR HMS, 17 Januari 2024 \d{4}-\d{2}-\d{2}\.docx$/,
      texts: ['LAPORAN LAWATAN SEKOLAH', 'Maklumat Lawatan', '17 Januari 2024', 'Pencerapan pengajaran', 'Selesai', '21 Februari 2024', 'Dapatan', 'Pencerapan 1', 'Pencerapan 2'],
      ratings: ['4 – Sangat baik', '1 – Perlu penambahbaikan', '2 – Memuaskan', '3 – Baik'],
      steps: { closed: 'Selesai 29 Jan 2024', open: 'Belum selesai', overdue: 'LEWAT' },
      sign: ['Disediakan oleh:', 'Diakui oleh:'],
      criterion: (c: ListEntry) => c.nameMs,
    },
    en: {
      file: /^School Visit Report – SR HMS, 17 January 2024 \d{4}-\d{2}-\d{2}\.docx$/,
      texts: ['SCHOOL VISIT REPORT', 'Visit Details', '17 January 2024', 'Lesson observation', 'Done', '21 February 2024', 'Findings', 'Observation 1', 'Observation 2'],
      ratings: ['4 – Very good', '1 – Needs improvement', '2 – Satisfactory', '3 – Good'],
      steps: { closed: 'Closed 29 Jan 2024', open: 'Open', overdue: 'OVERDUE' },
      sign: ['Prepared by:', 'Acknowledged by:'],
      criterion: (c: ListEntry) => c.nameEn,
    },
  } as const;

  it.each(['ms', 'en'] as const)('prints the visit, its observations with rating words and its next steps, in %s', async (language) => {
    const { call, main, officer, head, criteria, school } = await scenario();
    const w = words[language];
    const file = await render(call, { kind: 'visit-report', visitId: main.id, language });
    expect(file.fileName).toMatch(w.file);
    const text = await readBack(file);
    const leaders = await call<{ leaders: { role: string; name: string }[] }>('schools.get', { id: school('SR HMS').id });
    const schoolHead = leaders.leaders.find((l) => l.role === 'head')?.name as string;
    expectBoth(text, [
      ...w.texts,
      'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching',
      officer.name,
      head.name,
      'Guru Besar dan Penolong Guru Besar Kurikulum',
      'Sudut bacaan telah diwujudkan di semua kelas Tahun 1 hingga 3.',
      'Rancangan pengajaran Matematik Tahun 6 belum menunjukkan pembezaan.',
      'Cikgu Noraini binti Hj Ahmad',
      '6 Cempaka',
      'Objektif pelajaran jelas dan dikongsi.',
      'Aktiviti pembezaan untuk murid lemah.',
      'Cikgu Md Hafiz bin Othman',
      ...w.ratings,
      'Kongsi pelan bacaan dengan semua guru',
      'Dikongsi dalam mesyuarat guru.',
      w.steps.closed,
      w.steps.overdue,
      ...w.sign,
      `(${schoolHead})`,
      `(${officer.name})`,
    ]);
    // The sign-off is never alone on its page: the last next step is printed beside it.
    const signPage = text.pageTexts.find((p) => p.includes(w.sign[0])) ?? '';
    expect(signPage).toContain('Adakan bengkel pembezaan Matematik');
    // Every criterion is named with its rating word beside it.
    const rows = await tableRows(file);
    criteria.forEach((c, i) => {
      expect(rows, w.criterion(c)).toContainEqual([w.criterion(c), w.ratings[[4, 1, 2, 3].indexOf(ratingOf(i))]]);
    });
    // Next steps: number, step, owner, due, status (closed with its note, overdue flagged, open).
    const stepRows = rows.filter((r) => r.length === 5 && /^[123]$/.test(r[0] ?? ''));
    expect(stepRows.map((r) => [r[1], r[4]])).toEqual([
      ['Kongsi pelan bacaan dengan semua guru', `${w.steps.closed}\nDikongsi dalam mesyuarat guru.`],
      ['Analisis data TPA dan bentangkan kepada guru', `${w.steps.open}\n${w.steps.overdue}`],
      ['Adakan bengkel pembezaan Matematik', w.steps.open],
    ]);
  });

  it('still prints a cancelled visit, marked as cancelled', async () => {
    const { call, cancelled } = await scenario();
    const text = await readBack(await render(call, { kind: 'visit-report', visitId: cancelled.id, language: 'ms' }));
    expectBoth(text, ['LAWATAN INI TELAH DIBATALKAN', 'Dibatalkan', 'Sekolah Menengah Sultan Sharif Ali, Salambigar', '7 Februari 2024', 'Tiada pencerapan pengajaran direkodkan.']);
    expect(text.pages).toBe(1);
  });

  it('refuses a visit that does not exist', async () => {
    const { call } = await scenario();
    expect(await failure(render(call, { kind: 'visit-report', visitId: 9999, language: 'ms' }))).toMatchObject({ code: 'NOT_FOUND', message: 'Visit 9999 does not exist.' });
  });
});
