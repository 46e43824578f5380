/** Mentor appointment letters written out by hand, for layout tests without a database. */
import type { Language } from '../../../shared/dates';
import type { MentorLetter, MentorLettersModel } from '../../../shared/documents/mentor-letters-model';
import { letterhead } from './fixtures';

const posts = {
  ms: { head: 'Ketua Kluster 9', assistant: 'Penolong Ketua Kluster', officer: 'Kumpulan Kerja', headOf: 'Ketua Sekolah', deputy: 'Timbalan Pengetua' },
  en: { head: 'Head of Kluster 9', assistant: 'Assistant Cluster Head', officer: 'Working Group Officer', headOf: 'Head of School', deputy: 'Timbalan Pengetua' },
} as const;

/**
 * Three letters: the cluster head's own appointment (the assistant signs on her behalf, a deputy mentee and
 * the school's head both copied), an officer mentoring a head (the head copied once, no focus, no goals),
 * and a letter with nobody to sign and a school with no head on record (dotted lines).
 */
export function lettersModel(language: Language): MentorLettersModel {
  const p = posts[language];
  const letters: MentorLetter[] = [
    {
      referenceNo: 'KL9/MC/2024/01',
      date: '2024-02-15',
      year: 2024,
      mentor: { name: 'Hjh Ketua', post: language === 'ms' ? 'Ketua Kluster' : 'Cluster Head', place: 'Kluster 9' },
      mentee: { name: 'Awang Timbalan', post: p.deputy, place: 'Sekolah Menengah Satu' },
      schedule: 'monthly',
      startDate: '2024-03-01',
      endDate: '2024-09-30',
      focus: [
        { code: 'SL1', name: language === 'ms' ? 'Memimpin hala tuju strategik sekolah' : 'Leading the strategic direction', baseline: 2, target: 4 },
        { code: 'SL3', name: language === 'ms' ? 'Membangunkan diri dan orang lain' : 'Developing self and others', baseline: 3, target: 4 },
      ],
      goals: language === 'ms' ? 'Meningkatkan kompetensi fokus ke Tahap 4.' : 'Raise the focus competencies to Level 4.',
      signer: { name: 'Dyg Penolong', post: p.assistant, onBehalf: true },
      copies: [
        { name: 'Hj Ali', post: 'Pengetua', place: 'Sekolah Menengah Satu' },
        { name: 'Awang Timbalan', post: p.deputy, place: 'Sekolah Menengah Satu' },
      ],
    },
    {
      referenceNo: 'KL9/MC/2024/02',
      date: '2024-02-16',
      year: 2024,
      mentor: { name: 'Pegawai Satu', post: p.officer, place: 'Kluster 9' },
      mentee: { name: 'Dyg Aminah', post: 'Guru Besar', place: 'Sekolah Rendah Tiga' },
      schedule: 'fortnightly',
      startDate: '2024-03-04',
      endDate: null,
      focus: [],
      goals: '',
      signer: { name: 'Hjh Ketua', post: p.head, onBehalf: false },
      copies: [{ name: 'Dyg Aminah', post: 'Guru Besar', place: 'Sekolah Rendah Tiga' }],
    },
    {
      referenceNo: 'KL9/MC/2024/03',
      date: '2024-03-01',
      year: 2024,
      mentor: { name: 'Pegawai Dua', post: p.officer, place: 'Kluster 9' },
      mentee: { name: 'Cikgu Baharu', post: 'Penolong Guru Besar', place: 'Sekolah Rendah Dua' },
      schedule: 'weekly',
      startDate: null,
      endDate: null,
      focus: [{ code: 'SL4', name: language === 'ms' ? 'Memimpin perubahan' : 'Leading change', baseline: 1, target: 3 }],
      goals: '',
      signer: { name: null, post: p.head, onBehalf: false },
      copies: [
        { name: null, post: p.headOf, place: 'Sekolah Rendah Dua' },
        { name: 'Cikgu Baharu', post: 'Penolong Guru Besar', place: 'Sekolah Rendah Dua' },
      ],
    },
  ];
  return { letterhead: letterhead(language), year: 2024, letters };
}
