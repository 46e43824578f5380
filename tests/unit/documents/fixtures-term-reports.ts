/** Term report and mentoring report models written out by hand, for layout tests without a database. */
import type { Language } from '../../../shared/dates';
import type { ClusterTermReportModel } from '../../../shared/documents/cluster-term-report-model';
import type { MentoringReportModel } from '../../../shared/documents/mentoring-report-model';
import type { Signer } from '../../../shared/documents/models';
import type { SchoolTermReportModel } from '../../../shared/documents/school-term-report-model';
import { letterhead } from './fixtures';

const signOff = (language: Language): Signer[] => [
  { role: 'prepared', name: 'Siti Kerani', post: [language === 'ms' ? 'Kerani' : 'Clerk'], date: '2024-03-01' },
  { role: 'checked', name: 'Pegawai Satu', post: [language === 'ms' ? 'Kumpulan Kerja' : 'Working Group Officer'], date: null },
  { role: 'approved', name: 'Hjh Ketua', post: [language === 'ms' ? 'Ketua Kluster' : 'Cluster Head', 'Kluster 9'], date: null },
];

const TERM = { year: 2024, number: 1, start: '2024-01-11', end: '2024-03-15' };

/** SR DUA's term: one visit done (one observation), one cancelled; a step overdue, one open, one closed. */
export const schoolTermModel = (language: Language): SchoolTermReportModel => ({
  letterhead: letterhead(language),
  today: '2024-03-01',
  term: TERM,
  school: {
    name: 'Sekolah Rendah Dua',
    abbreviation: 'SR DUA',
    level: 'primary',
    wseBand: 3,
    head: { name: 'Hj Guru Besar', title: 'Guru Besar' },
    deputies: [{ name: 'Dyg Penolong', title: 'Penolong Guru Besar' }],
  },
  visits: [
    { date: '2024-01-17', status: 'done', purpose: language === 'ms' ? 'Pencerapan pengajaran' : 'Lesson observation', officers: ['Pegawai Satu', 'Hjh Ketua'], observations: 1, findings: 'Sudut bacaan diwujudkan.\n- Rancangan belum dibezakan.' },
    { date: '2024-02-07', status: 'cancelled', purpose: language === 'ms' ? 'Lawatan sekolah' : 'School visit', officers: ['Pegawai Satu'], observations: 0, findings: 'Tidak dijalankan' },
  ],
  nextSteps: [
    { text: 'Analisis data TPA', owner: 'PGB', visitDate: '2024-01-17', dueDate: '2024-02-14', closedOn: null, closedNote: '' },
    { text: 'Adakan bengkel pembezaan', owner: 'Ketua Bidang', visitDate: '2024-01-17', dueDate: '2024-04-30', closedOn: null, closedNote: '' },
    { text: 'Kongsi pelan bacaan', owner: 'Guru Besar', visitDate: '2024-01-17', dueDate: '2024-01-31', closedOn: '2024-01-29', closedNote: 'Dikongsi.' },
  ],
  narrative: 'Sekolah menunjukkan kemajuan.\nProgram bacaan diteruskan.',
  improvement: null,
  signOff: signOff(language),
});

/**
 * Three schools over a term of five weeks, a target of 2: week 1 (4 days) met, week 2 below, week 3 below its
 * target of 1 (a holiday from 22 to 25 January leaves 3 term days), week 4 wholly on holiday, week 5 not yet over.
 */
export const clusterTermModel = (language: Language): ClusterTermReportModel => ({
  letterhead: letterhead(language),
  today: '2024-02-08',
  term: { year: 2024, number: 1, start: '2024-01-11', end: '2024-02-11' },
  weeklyTarget: 2,
  weeks: [
    { number: 1, start: '2024-01-11', end: '2024-01-14', days: 4, visits: 2, target: 2, status: 'met' },
    { number: 2, start: '2024-01-15', end: '2024-01-21', days: 7, visits: 1, target: 2, status: 'below' },
    { number: 3, start: '2024-01-22', end: '2024-01-28', days: 3, visits: 0, target: 1, status: 'below' },
    { number: 4, start: '2024-01-29', end: '2024-02-04', days: 0, visits: 0, target: 0, status: 'holiday' },
    { number: 5, start: '2024-02-05', end: '2024-02-11', days: 7, visits: 1, target: 2, status: 'open' },
  ],
  schools: [
    { number: 1, name: 'Sekolah Menengah Satu', abbreviation: 'SM SATU', level: 'secondary', visits: 2, observations: 3, stepsOpen: 2, stepsOverdue: 1, stepsClosed: 1, narrativeWritten: true },
    { number: 2, name: 'Sekolah Rendah Dua', abbreviation: 'SR DUA', level: 'primary', visits: 1, observations: 0, stepsOpen: 0, stepsOverdue: 0, stepsClosed: 0, narrativeWritten: false },
    { number: 3, name: 'Sekolah Rendah Tiga', abbreviation: 'SR TIGA', level: 'primary', visits: 1, observations: 1, stepsOpen: 1, stepsOverdue: 1, stepsClosed: 0, narrativeWritten: false },
  ],
  officers: [
    { name: 'Hjh Ketua', visits: 1 },
    { name: 'Pegawai Satu', visits: 3 },
  ],
  overview: 'Penggal pertama memberi tumpuan kepada bacaan.',
  highlights: 'Semua sekolah rendah mewujudkan sudut bacaan.',
  challenges: '',
  improvement: null,
  signOff: signOff(language),
});

/** Two pairs: one at its targets, one on its way; three competency codes. */
export const mentoringModel = (language: Language): MentoringReportModel => ({
  letterhead: letterhead(language),
  year: 2023,
  pairs: [
    {
      mentee: { name: 'Dyg Penolong', post: language === 'ms' ? 'Penolong Guru Besar, SR DUA' : 'Penolong Guru Besar, SR DUA' },
      mentor: { name: 'Hjh Ketua', post: language === 'ms' ? 'Ketua Kluster' : 'Cluster Head' },
      status: 'active',
      focus: [
        { code: 'SL1', baseline: 2, current: 4, target: 4 },
        { code: 'SL3', baseline: 3, current: 4, target: 4 },
      ],
      sessionsHeld: 4,
      sessionsPlanned: 5,
      actionsOpen: 1,
      actionsDone: 2,
    },
    {
      mentee: { name: 'Hj Guru Baru', post: 'Guru Besar, SR TIGA' },
      mentor: { name: 'Pegawai Satu', post: language === 'ms' ? 'Kumpulan Kerja' : 'Working Group Officer' },
      status: 'completed',
      focus: [{ code: 'SL10', baseline: 2, current: 3, target: 4 }],
      sessionsHeld: 1,
      sessionsPlanned: 3,
      actionsOpen: 0,
      actionsDone: 0,
    },
  ],
  legend: [
    { code: 'SL1', name: language === 'ms' ? 'Memimpin hala tuju strategik sekolah' : 'Leading the strategic direction of the school' },
    { code: 'SL3', name: language === 'ms' ? 'Membangunkan diri dan orang lain' : 'Developing self and others' },
    { code: 'SL10', name: language === 'ms' ? 'Kompetensi sepuluh' : 'Competency ten' },
  ],
  signOff: signOff(language),
});
