/** A cluster profile model written out by hand, in either language, with or without WSE terms of reference. */
import type { ClusterProfileModel, WseTermsDomain } from '../../../shared/documents/cluster-profile-model';
import type { Language } from '../../../shared/dates';
import { letterhead } from './fixtures';

const both = (language: Language, ms: string, en: string) => (language === 'ms' ? ms : en);

/** Two domains of terms of reference, as the cluster's own profile sets them out. */
export const wseTerms = (language: Language): WseTermsDomain[] => [
  {
    title: both(language, 'DOMAIN 1: KEPIMPINAN DAN PENGURUSAN', 'DOMAIN 1: LEADERSHIP AND MANAGEMENT'),
    rows: [
      {
        number: '1',
        aspect: both(language, '1.1.2 Pelan Tindakan dan Pelaksanaan', '1.1.2 Action Plan and Implementation'),
        terms: both(language, '1. Menyediakan Pelan Strategik Sekolah.\n2. Mengurus perjalanan harian sekolah.', '1. Prepare the School Strategic Plan.\n2. Manage the daily running of the school.'),
        scope: 'School Improvement Plan (SIP)',
        monitoring: 'PDCA proforma',
      },
      { number: '2', aspect: both(language, '1.2.4 Pengurusan Data', '1.2.4 Data Management'), terms: '', scope: 'Monitoring tool: WSP', monitoring: '' },
    ],
  },
  {
    title: both(language, 'DOMAIN 4: PENCAPAIAN PELAJAR', 'DOMAIN 4: STUDENT ACHIEVEMENT'),
    rows: [{ number: '1', aspect: both(language, '4.1.1 Penilaian Berasaskan Sekolah', '4.1.1 School-Based Assessment'), terms: '- SBA', scope: 'SBA', monitoring: both(language, 'Keputusan Terma SBA', 'SBA Term Results') }],
  },
];

export const profileModel = (language: Language, opts: { wse?: boolean; plan?: boolean } = {}): ClusterProfileModel => ({
  letterhead: letterhead(language),
  year: 2023,
  formerName: 'Kluster 4',
  teamAsOf: '2023-06',
  introduction: both(language, 'Kluster 9 ditubuhkan pada tahun 2015.\nIa menyokong tiga buah sekolah.', 'Kluster 9 was set up in 2015.\nIt supports three schools.'),
  team: [
    { post: both(language, 'Ketua Kluster', 'Cluster Head'), names: ['Hjh Ketua'] },
    { post: both(language, 'Kumpulan Kerja', 'Working Group Officer'), names: ['Pegawai Satu', 'Pegawai Dua'] },
  ],
  counts: { sixth_form: 0, secondary: 1, primary: 2, other: 0 },
  schoolGroups: [
    { level: 'secondary', schools: [{ number: 1, name: 'Sekolah Menengah Satu', abbreviation: 'SM SATU' }] },
    {
      level: 'primary',
      schools: [
        { number: 2, name: 'Sekolah Rendah Dua', abbreviation: 'SR DUA' },
        { number: 3, name: 'Sekolah Rendah Tiga', abbreviation: 'SR TIGA' },
      ],
    },
  ],
  mission: both(language, 'Melibatkan semua.', 'To engage everyone.'),
  vision: both(language, 'Pendidikan berkualiti.', 'Quality education.'),
  logo: { paragraphs: [both(language, 'Logo dicipta oleh Cikgu Reka.', 'The logo was made by Cikgu Reka.')], parts: [both(language, 'Nombor 9 Romawi', 'The Roman numeral 9')] },
  mainRole: both(language, 'Untuk menyokong sekolah.', 'To support schools.'),
  wseTerms: opts.wse ? wseTerms(language) : [],
  crossCompetencies: both(language, 'Komunikasi|Literasi Digital', 'Communication|Digital literacy').split('|'),
  hasPlan: opts.plan !== false,
  initiatives:
    opts.plan === false
      ? []
      : [
          { code: 'EPIC', heading: 'Executive Professional Intellectual Collaboration (EPIC)', paragraphs: [both(language, 'Inisiatif EPIC.', 'The EPIC initiative.')] },
          { code: 'STEPS', heading: 'Progress Review (STEPS)', paragraphs: [both(language, 'Program STEPS.', 'The STEPS programme.'), both(language, 'Pusingan kedua.', 'The second round.')] },
          { code: 'MENTORING & COACHING', heading: 'Mentoring and Coaching (Selected School Leaders)', paragraphs: [] },
        ],
  services: [
    { name: both(language, 'Lawatan Sekolah', 'School Visits'), paragraphs: [both(language, 'Tiga kali seminggu.', 'Three times a week.')], points: [] },
    {
      name: 'SIP Development',
      paragraphs: [both(language, 'Tugas pegawai:', "The officers' tasks:")],
      points: [both(language, 'memastikan SIP disediakan', 'ensuring the SIP is prepared'), both(language, 'memberi maklum balas', 'giving feedback')],
    },
  ],
  calendar: null,
});
