/** Report models written out by hand, for layout tests without a database. */
import type { Language } from '../../../shared/dates';
import type { LetterheadModel, SchoolRosterModel, VisitReportModel } from '../../../shared/documents/models';

export const letterhead = (language: Language): LetterheadModel => ({
  clusterName: 'Kluster 9',
  ministry: 'Kementerian Pendidikan, Negara Brunei Darussalam',
  department: 'Jabatan Sekolah-Sekolah',
  address: 'Jalan Contoh, Bandar Seri Begawan',
  logo: null,
  preparedBy: { name: 'Siti Kerani', post: language === 'ms' ? 'Kerani' : 'Clerk' },
  date: '2024-03-01',
  language,
});

export const rosterModel = (language: Language): SchoolRosterModel => ({
  letterhead: letterhead(language),
  counts: { sixth_form: 0, secondary: 1, primary: 2, other: 0 },
  groups: [
    { level: 'secondary', schools: [{ number: 1, name: 'Sekolah Menengah Satu', abbreviation: 'SM SATU', headName: 'Hj Ali', phone: '2345678', wseBand: 2 }] },
    {
      level: 'primary',
      schools: [
        { number: 2, name: 'Sekolah Rendah Dua', abbreviation: 'SR DUA', headName: null, phone: '', wseBand: null },
        { number: 3, name: 'Sekolah Rendah Tiga', abbreviation: 'SR TIGA', headName: 'Dyg Aminah', phone: '2223334', wseBand: 3 },
      ],
    },
  ],
  signOff: [
    { role: 'prepared', name: 'Siti Kerani', post: [language === 'ms' ? 'Kerani' : 'Clerk'], date: '2024-03-01' },
    { role: 'approved', name: 'Hjh Ketua', post: [language === 'ms' ? 'Ketua Kluster' : 'Cluster Head', 'Kluster 9'], date: null },
  ],
});

export const visitModel = (language: Language, status: VisitReportModel['visit']['status'] = 'done'): VisitReportModel => ({
  letterhead: letterhead(language),
  today: '2024-03-01',
  visit: {
    id: 7,
    date: '2024-01-17',
    status,
    purpose: language === 'ms' ? 'Pencerapan pengajaran' : 'Lesson observation',
    peopleMet: 'Guru Besar',
    findings: status === 'planned' ? '' : 'Sudut bacaan diwujudkan.\n- Rancangan belum dibezakan.',
    nextVisitDate: '2024-02-21',
  },
  school: { name: 'Sekolah Rendah Dua', abbreviation: 'SR DUA', level: 'primary' },
  officers: [
    { name: 'Pegawai Satu', post: language === 'ms' ? 'Kumpulan Kerja' : 'Working Group Officer' },
    { name: 'Pegawai Dua', post: language === 'ms' ? 'Ketua Kluster' : 'Cluster Head' },
  ],
  observations:
    status === 'planned'
      ? []
      : [
          {
            teacher: 'Cikgu Noraini',
            className: '6 Cempaka',
            subject: 'Matematik',
            strengths: 'Objektif jelas.',
            improvements: '',
            ratings: [
              { criterion: 'Perancangan', rating: 4 },
              { criterion: 'Strategi', rating: 1 },
            ],
          },
        ],
  nextSteps: [
    { text: 'Kongsi pelan bacaan', owner: 'Guru Besar', dueDate: '2024-01-31', closedOn: '2024-01-29', closedNote: 'Dikongsi.' },
    { text: 'Analisis data', owner: 'PGB', dueDate: '2024-02-14', closedOn: null, closedNote: '' },
  ],
  signOff: [
    { role: 'prepared', name: 'Pegawai Satu', post: ['Kumpulan Kerja', 'Kluster 9'], date: null },
    { role: 'prepared', name: 'Pegawai Dua', post: ['Ketua Kluster', 'Kluster 9'], date: null },
    { role: 'acknowledged', name: 'Hj Guru Besar', post: ['Guru Besar', 'Sekolah Rendah Dua'], date: null },
  ],
});
