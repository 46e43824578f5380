/**
 * The demo cluster with term 1 of 2024 (Thursday 11 January to Friday 15 March) in the calendar, a weekly
 * target of 2 visits and a few visits, for the term reports:
 * - SR HMS: an observation visit on 17 Jan (two observations; three next steps: one closed in the term, one
 *   overdue, one due later), a SIP visit on 21 Feb, and a visit of November 2023 whose open step carries into
 *   the term while its other step was closed before the term began; its narrative is written;
 * - SM SSA: a cancelled visit on 7 Feb, and a done one on 14 Feb with one observation and an overdue step;
 * - PTM: visits on 12 Jan and 6 Mar, no next steps;
 * - SR TJ: visits on 15 and 18 Jan; a planned visit on 13 Mar.
 * Done visits by week: week 1 (11–14 Jan) 1, week 2 (15–21 Jan) 3, week 6 (12–18 Feb) 1, week 7 (19–25 Feb) 1,
 * week 9 (4–10 Mar) 1; every other week none.
 */
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { FollowUp, FollowUpItem, ListEntry, Visit } from '../../shared/visits/types';
import { openApp } from './tmp';

export const TERM = { start: '2024-01-11', end: '2024-03-15' } as const;

export async function termScenario() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  await call('demo.load');
  await call('periods.create', { kind: 'term', name: 'Penggal 1', start: TERM.start, end: TERM.end });
  await call('visits.setWeeklyTarget', { target: 2 });
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const team = await call<TeamMember[]>('team.list');
  const purposes = await call<ListEntry[]>('visits.purposes');
  const criteria = await call<ListEntry[]>('rubric.list');
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr) as SchoolSummary;
  const purpose = (code: string) => purposes.find((p) => p.code === code)?.id;
  const officer = team.find((m) => m.role === 'officer') as TeamMember;
  const head = team.find((m) => m.role === 'cluster_head') as TeamMember;
  const visit = (abbr: string, date: string, extra: object = {}) =>
    call<Visit>('visits.create', { schoolId: school(abbr).id, date, purposeId: purpose('visit'), status: 'done', officerIds: [officer.id], ...extra });

  await visit('SR HMS', '2023-11-15', {
    findings: 'Pelan tindakan STEPS dibincangkan.',
    nextSteps: [{ text: 'Langkah dibawa dari tahun lalu', owner: 'Guru Besar' }, { text: 'Langkah ditutup sebelum penggal', owner: 'Guru Besar', dueDate: '2023-11-30' }],
  });
  await visit('PTM', '2024-01-12', { findings: 'Perbincangan KPI.' });
  await visit('SR TJ', '2024-01-15');
  const main = await visit('SR HMS', '2024-01-17', {
    purposeId: purpose('observation'),
    officerIds: [officer.id, head.id],
    findings: 'Sudut bacaan telah diwujudkan di semua kelas Tahun 1 hingga 3.\nRancangan pengajaran Matematik Tahun 6 belum menunjukkan pembezaan.',
    nextVisitDate: '2024-02-21',
    nextSteps: [
      { text: 'Kongsi pelan bacaan dengan semua guru', owner: 'Guru Besar', dueDate: '2024-01-31' },
      { text: 'Analisis data TPA dan bentangkan kepada guru', owner: 'PGB Kurikulum', dueDate: '2024-02-14' },
      { text: 'Adakan bengkel pembezaan Matematik', owner: 'Ketua Bidang', dueDate: '2024-04-30' },
    ],
  });
  await visit('SR TJ', '2024-01-18');
  await call('observations.save', { visitId: main.id, teacher: 'Cikgu Noraini', className: '6 Cempaka', subject: 'Matematik', ratings: [{ criterionId: criteria[0]?.id, rating: 3 }] });
  await call('observations.save', { visitId: main.id, teacher: 'Cikgu Hafiz', className: '3 Melati', subject: 'English', ratings: [] });
  await visit('SM SSA', '2024-02-07', { status: 'cancelled', findings: 'Tidak dijalankan' });
  const ssa = await visit('SM SSA', '2024-02-14', { findings: 'Sasaran WSE dibincangkan dengan Pengetua.', nextSteps: [{ text: 'Sediakan bukti domain 2', owner: 'TP Akademik', dueDate: '2024-03-01' }] });
  await call('observations.save', { visitId: ssa.id, teacher: 'Cikgu Rahim', className: '9A', subject: 'Science', ratings: [] });
  await visit('SR HMS', '2024-02-21', { purposeId: purpose('sip'), findings: 'SIP 2024 dikemas kini mengikut maklum balas.' });
  await visit('PTM', '2024-03-06', { purposeId: purpose('kpi'), findings: 'Semakan KPI pemimpin sekolah.' });
  await visit('SR TJ', '2024-03-13', { status: 'planned', officerIds: [] });

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
    narrative: 'Penggal pertama memberi tumpuan kepada bacaan.',
    highlights: 'Semua sekolah rendah mewujudkan sudut bacaan.',
    challenges: 'Kekurangan guru Matematik di sekolah menengah.',
  });
  return { ...app, schools, school, team, officer, head, main };
}
