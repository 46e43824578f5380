/** The termly pack's covering letter written out by hand, for layout tests without a database. */
import type { Language } from '../../../shared/dates';
import type { CoveringLetterModel } from '../../../shared/documents/covering-letter-model';
import { letterhead } from './fixtures';

const SCHOOLS = [
  'Sekolah Menengah Satu',
  'Sekolah Rendah Dua',
  'Sekolah Rendah Tiga',
  'Sekolah Rendah Pengiran Anak Puteri Hajah Rashidah Sa’adatul Bolkiah',
  'Pusat Tingkatan Enam Contoh',
];

/**
 * `count` attachments: a school's term report each (names repeat past five), the cluster's term report
 * last; the third has no reference number yet. The cluster head signs.
 */
export function coveringLetterModel(language: Language, count = 4): CoveringLetterModel {
  const ms = language === 'ms';
  const schools = Array.from({ length: count - 1 }, (_, i) => SCHOOLS[i % SCHOOLS.length] ?? '');
  return {
    letterhead: { ...letterhead(language), reference: 'KL9/SUR/2024/005' },
    year: 2024,
    term: 1,
    date: '2024-03-22',
    recipient: ms
      ? ['Pengarah Sekolah-Sekolah', 'Jabatan Sekolah-Sekolah', 'Kementerian Pendidikan', 'Negara Brunei Darussalam']
      : ['Director of Schools', 'Department of Schools', 'Ministry of Education', 'Brunei Darussalam'],
    subject: ms ? 'LAPORAN PENGGAL 1 TAHUN 2024 – KLUSTER 9' : 'TERM 1 2024 REPORTS – KLUSTER 9',
    attachments: [
      ...schools.map((s, i) => ({
        referenceNo: i === 2 ? null : `KL9/LPS/2024/${String(i + 1).padStart(3, '0')}`,
        title: ms ? `Laporan Penggal 1 2024: ${s}` : `Term 1 2024 Report: ${s}`,
      })),
      { referenceNo: 'KL9/LPK/2024/001', title: ms ? 'Laporan Penggal 1 2024 Kluster 9' : 'Kluster 9 Term 1 2024 Report' },
    ],
    signer: { name: 'Hjh Ketua', post: ms ? 'Ketua Kluster 9' : 'Head of Kluster 9', onBehalf: false },
  };
}
