/**
 * The cluster profile's WSE tables: for each of its 13 aspects the terms of reference, scope of work and
 * monitoring mechanism, in BM as the profile writes them (its HTML taken off, one item a line) and in English.
 * An empty text continues the one above it, as the profile's merged cells do. Also a few schools' band
 * history (validated in 2021, internal in 2023), which sets their roster band.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { syncRosterBand } from '../wse/bands';

interface Terms {
  termsMs: string;
  termsEn: string;
  scopeMs: string;
  scopeEn: string;
  monitoringMs: string;
  monitoringEn: string;
}
const blank: Terms = { termsMs: '', termsEn: '', scopeMs: '', scopeEn: '', monitoringMs: '', monitoringEn: '' };

export const WSE_DEMO_TERMS: Record<string, Terms> = {
  '1.1.2': {
    termsMs: [
      'Membimbing dan memastikan Pemimpin Sekolah melaksanakan perkara-perkara berikut:',
      '1. Menyediakan dan mengimplementasikan Pelan Strategik Sekolah sejajar dengan Pelan Strategik Kementerian Pendidikan.',
      '2. Mengurus perjalanan harian sekolah, hal-ehwal pentadbiran, sistem komunikasi, penggunaan ICT, bilik darjah, perpustakaan sekolah dan pengurusan data yang efektif.',
      '3. Mewujudkan pengurusan dan pembangunan sumber tenaga manusia bagi meningkatkan dan mempelbagaikan tahap profesionalisme staf dan kemajuan sekolah.',
      '4. Mengendali urusan kewangan sekolah dengan sistematik mengikut peraturan kewangan yang ditetapkan bagi membolehkan pelajar menikmati pendidikan yang bermakna.',
      '5. Mengurus bangunan, logistik dan persekitaran sekolah bagi mewujudkan keadaan yang aman, selamat dan kondusif untuk proses pembelajaran dan pengajaran berjalan dengan lancar.',
      '6. Merancang, melaksana, memantau, menilai dan mengkaji semula secara konsisten program-program pembangunan dan program perkembangan professional untuk memajukan dan meningkatkan prestasi sekolah.',
      '7. Mengurus dan mengendali sekolah mengikut dan mencapai piawaian yang ditetapkan.',
      '8. Memupuk kemahiran kepimpinan bagi bakal-bakal pemimpin sekolah',
    ].join('\n'),
    termsEn: [
      'Guide school leaders and make sure they do the following:',
      "1. Prepare and carry out the School Strategic Plan in line with the Ministry of Education's Strategic Plan.",
      '2. Manage the daily running of the school, administration, communication, the use of ICT, classrooms, the school library and data effectively.',
      "3. Manage and develop the school's people so as to raise and broaden the staff's professionalism and the school's progress.",
      "4. Handle the school's finances systematically under the financial regulations in force, so that students enjoy a meaningful education.",
      '5. Manage the buildings, logistics and grounds of the school so that they are peaceful, safe and conducive to learning and teaching.',
      "6. Plan, carry out, monitor, evaluate and review consistently the development and professional development programmes that advance the school's performance.",
      '7. Manage and run the school to meet the standards set.',
      '8. Develop the leadership skills of future school leaders',
    ].join('\n'),
    scopeMs: 'School Improvement Plan (SIP)',
    scopeEn: 'School Improvement Plan (SIP)',
    monitoringMs: 'PDCA proforma',
    monitoringEn: 'PDCA proforma',
  },
  '1.2.4': { ...blank, scopeMs: 'Monitoring tool: WSP', scopeEn: 'Monitoring tool: WSP' },
  '1.3.1': {
    ...blank,
    scopeMs: 'Key Performance Indicators (KPI)',
    scopeEn: 'Key Performance Indicators (KPI)',
    monitoringMs: 'Maklum balas kata & lisan, sesi dialog, rebiu kerja, rebiu rakan sebaya',
    monitoringEn: 'Written and oral feedback, dialogue sessions, work reviews, peer reviews',
  },
  '1.4.2': {
    ...blank,
    scopeMs: 'Program pembangunan Profesional berasaskan sekolah dan kluster',
    scopeEn: 'School-based and cluster-based professional development programmes',
    monitoringMs: 'templat standard dari TSUT/BDTA',
    monitoringEn: 'Standard templates from TSUT/BDTA',
  },
  '2.1.3': {
    termsMs: [
      'Membimbing, membantu dan memantau Pemimpin Sekolah dalam pelaksanaan perkara-perkara berikut semasa lawatan sekolah:',
      '1. Mengurus kurikulum untuk menyokong pelaksanaan pembelajaran dan pengajaran di dalam kelas.',
      '2. Mengurus, memantau, menyelia, menilai dan memberi maklum balas mengenai pembelajaran (hasil kualiti tugas pelajar) dan pengajaran (mengikut piawaian BTS) di Sekolah.',
      '3. Menyediakan suasana dan peluang pembelajaran yang mencabar intelek pelajar yang dapat menaikkan motivasi dan minat pelajar.',
    ].join('\n'),
    termsEn: [
      'Guide, help and monitor school leaders, during school visits, in carrying out the following:',
      '1. Manage the curriculum to support learning and teaching in the classroom.',
      "2. Manage, monitor, supervise, evaluate and give feedback on learning (the quality of students' work) and teaching (to the BTS standards) in the school.",
      "3. Provide a setting and learning opportunities that challenge students' intellect and raise their motivation and interest.",
    ].join('\n'),
    scopeMs: 'Memastikan SL menunjukkan kepimpinan instruksional (fokus kepada guru & pelajar)',
    scopeEn: 'Make sure school leaders show instructional leadership (a focus on teachers and students)',
    monitoringMs: 'Alat pemantauan Kluster: (LW & LO logs, timetables, TPA2.0 data, TPA+ data) Pemeriksaan tertumpu/sebarangan polisi LO, work scrutiny, TRF)',
    monitoringEn: "The cluster's monitoring tools: (LW & LO logs, timetables, TPA2.0 data, TPA+ data) Focused/random checks of the LO policy, work scrutiny, TRF)",
  },
  '2.1.6': {
    termsMs: '4. Memastikan penggunaan ICT (Pedagogi) di dalam pembelajaran dan pengajaran diperkukuhkan serta dimaksimakan dengan menerapkan kemahiran abad ke 21.',
    termsEn: '4. Make sure the use of ICT (pedagogy) in learning and teaching is strengthened and made the most of by building 21st-century skills.',
    scopeMs: "Penggunaan bahasa yang jelas dan tepat oleh pelajar\nStudents' use of clear and accurate language",
    scopeEn: "Students' use of clear and accurate language",
    monitoringMs: 'Lexile Score data',
    monitoringEn: 'Lexile Score data',
  },
  '2.1.8': {
    termsMs: [
      "5. Memastikan rangka 'Teaching for Mastery in English Language and Mathematics' diterapkan dalam pengajaran dan pembelajaran.",
      '6. Mengurus dan memodifikasi kurikulum mengikut kesesuaian dan keperluan pelajar.',
    ].join('\n'),
    termsEn: [
      "5. Make sure the 'Teaching for Mastery in English Language and Mathematics' framework is applied in teaching and learning.",
      "6. Manage and adapt the curriculum to the students' suitability and needs.",
    ].join('\n'),
    scopeMs: "Students' work meets learning objectives\nHasil kerja pelajar menepati objektif pembelajaran",
    scopeEn: "Students' work meets learning objectives",
    monitoringMs: 'TPA SBA folder Work Scrutiny logbook',
    monitoringEn: 'TPA SBA folder Work Scrutiny logbook',
  },
  '2.2.1': {
    termsMs: [
      '7. Pemimpin Sekolah melaksanakan pencerapan penuh sekurang-kurang 2 kali seminggu',
      '8. Memberi pandangan dan maklumbalas kepada pihak sekolah untuk meningkatkan kualiti pengajaran dan pembelajaran.',
    ].join('\n'),
    termsEn: [
      '7. School leaders carry out full lesson observations at least twice a week',
      '8. Give the school views and feedback to raise the quality of teaching and learning.',
    ].join('\n'),
    scopeMs: 'Lesson plans are well prepared\nRancangan pengajaran disediakan dengan baik',
    scopeEn: 'Lesson plans are well prepared',
    monitoringMs: 'TPA LP logbook',
    monitoringEn: 'TPA LP logbook',
  },
  '2.2.4': {
    termsMs: '9. Memberi cadangan dan saranan kepada pihak sekolah untuk meningkatkan kualiti pengajaran dan pembelajaran seperti bengkel, program mentor, program bimbingan (coaching) dan lain-lain lagi.',
    termsEn: '9. Give the school suggestions and recommendations to raise the quality of teaching and learning, such as workshops, mentoring programmes, coaching programmes and others.',
    scopeMs: "A variety of assessment for learning strategies are used to meet students' individual abilities\nPelbagai penilaian untuk strategi pembelajaran digunakan untuk memenuhi kebolehan individu pelajar",
    scopeEn: "A variety of assessment for learning strategies are used to meet students' individual abilities",
    monitoringMs: 'TPA SBA folder Work Scrutiny logbook LW & LO logbook',
    monitoringEn: 'TPA SBA folder Work Scrutiny logbook LW & LO logbook',
  },
  '2.2.5': {
    ...blank,
    scopeMs: 'Ensure SLs check lesson evaluation of teachers\nMemastikan SL menyemak penilaian pengajaran guru',
    scopeEn: "Ensure school leaders check teachers' lesson evaluations",
    monitoringMs: 'TPA LP logbook (LP rubrics) SBA folder',
    monitoringEn: 'TPA LP logbook (LP rubrics) SBA folder',
  },
  '2.3.3': {
    ...blank,
    scopeMs: 'The use of dialogic teaching as in Tfm\nPenggunaan pengajaran dialogik seperti dalam Tfm',
    scopeEn: 'The use of dialogic teaching as in TfM',
    monitoringMs: 'TPA 1.3 a,b,c,d LP logbook (LP rubrics) LW & LO logbook',
    monitoringEn: 'TPA 1.3 a,b,c,d LP logbook (LP rubrics) LW & LO logbook',
  },
  '3.2.1': {
    termsMs: [
      'Pihak kluster hendaklah memastikan pihak sekolah melaksanakan perkara-perkara berikut melalui program-program sekolah yang dirancang.',
      '1. Membangun budaya sekolah yang positif seperti menerapkan nilai-nilai murni berdasarkan konsep Melayu Islam Beraja',
      '2. Pengurusan persekitaran sekolah yang kondusif seperti keceriaan, kebersihan dan keselesaan',
      '3. Mewujudkan perhubungan yang baik dan tulus sesama warga sekolah dengan ibubapa/ penjaga dan masyarakat luar (stakeholder ie. Ketua Kampong, JAPEM, MOH)',
      '4. Memantau pengurusan perkhidmatan kebajikan, keselamatan, kesihatan dan kesejahteraan pelajar dan staf',
      '5. Memantau pengurusan perkhidmatan kaunseling, bimbingan dan kerjaya.',
      '6. Membantu pihak sekolah dalam menangani masalah-masalah yang berbangkit seperti masalah disiplin, keselamatan sekolah dan sebagainya.',
      '7. Memberi saranan dan cadangan dalam meningkatkan kolaborasi antara pihak sekolah dengan organisasi lain',
    ].join('\n'),
    termsEn: [
      'The cluster makes sure the school carries out the following through its planned programmes.',
      '1. Build a positive school culture, such as instilling good values based on the Malay Islamic Monarchy concept',
      '2. Manage a conducive school setting: cheerful, clean and comfortable',
      '3. Build good and sincere relations among the school community, with parents/guardians and the wider community (stakeholders, i.e. village heads, JAPEM, MOH)',
      "4. Monitor the management of students' and staff's welfare, safety, health and well-being services",
      '5. Monitor the management of counselling, guidance and careers services.',
      '6. Help the school deal with problems as they arise, such as discipline, school safety and the like.',
      '7. Recommend and suggest ways to increase collaboration between the school and other organisations',
    ].join('\n'),
    scopeMs: '',
    scopeEn: '',
    monitoringMs: 'Home link Kedatangan penuntut-penuntut Log book Aktiviti PIBG Laporan Gambar-gambar/video PTM',
    monitoringEn: "Home link, students' attendance, log book, PTA (PIBG) activities, reports, photos/videos, PTM",
  },
  '4.1.1': {
    termsMs: [
      'Membimbing dan memastikan pihak sekolah melaksanakan perkara-perkara seperti berikut:',
      '1. Merancang, melaksanakan, memantau dan menilai pencapaian sekolah dalam:',
      '▪ Peperiksaan dalaman dan awam',
      '▪ Program program akademik bagi semua peringkat pelajar termasuk pelajar berkeperluan khas, BTEC & Pra Sekolah.',
      '▪ Program – Program Ko-Kurikulum yang menjurus kepada pembentukan secara holistik termasuk akhlak, sikap positif dan nilai-nilai murni pelajar',
      '2. Membantu dengan memberi pandangan dan idea untuk meningkatkan kualiti hasil pembelajaran pelajar',
      '3. Membantu dan memberi saranan pihak sekolah dalam program-program untuk meningkatkan pencapaian dalam Peperiksaan awam',
      '4. Strategi intervensi jangka pendek, sederhana dan Panjang',
      '5. Mengumpul dan menghadapkan data strategi intervensi 100 hari, 50 hari dan 20 hari sebelum peperiksaan peringkat O dan PSR',
    ].join('\n'),
    termsEn: [
      'Guide the school and make sure it does the following:',
      "1. Plan, carry out, monitor and evaluate the school's achievement in:",
      '▪ Internal and public examinations',
      '▪ Academic programmes for students at every level, including students with special needs, BTEC and pre-school.',
      "▪ Co-curricular programmes aimed at students' holistic development, including character, positive attitudes and good values",
      "2. Help by giving views and ideas to raise the quality of students' learning outcomes",
      '3. Help and advise the school on programmes to raise achievement in public examinations',
      '4. Short-, medium- and long-term intervention strategies',
      '5. Collect and submit the intervention strategy data 100, 50 and 20 days before the O Level and PSR examinations',
    ].join('\n'),
    scopeMs: [
      'SBA dari Tahun 1 9',
      'Penilaian Dalaman bagi Tahun 10, 11 dan tingkatan enam.',
      '(Pastikan pemimpin-pemimpin sekolah menggunakan data untuk menyusun strategi selanjutnya)',
    ].join('\n'),
    scopeEn: ['SBA from Year 1 to 9', 'Internal assessment for Years 10, 11 and sixth form.', '(Make sure school leaders use the data to plan their next strategies)'].join('\n'),
    monitoringMs: 'Keputusan Terma SBA / Rebiu Kemajuan',
    monitoringEn: 'Termly SBA results / Progress review',
  },
};

/** Band history of some demo schools: [abbreviation, validated 2021, internal 2023]. */
const DEMO_BANDS: [string, number, number][] = [
  ['SM PAPHM', 3, 2],
  ['SM SSA', 2, 2],
  ['SR HMS', 3, 3],
  ['SR TJ', 4, 3],
  ['SR MEN', 2, 2],
  ['SR S', 3, 4],
];

export async function loadDemoWse(trx: Kysely<DB>): Promise<void> {
  for (const [code, t] of Object.entries(WSE_DEMO_TERMS)) {
    await trx
      .updateTable('wse_aspects')
      .set({ terms_ms: t.termsMs, terms_en: t.termsEn, scope_ms: t.scopeMs, scope_en: t.scopeEn, monitoring_ms: t.monitoringMs, monitoring_en: t.monitoringEn })
      .where('code', '=', code)
      .execute();
  }
  const schools = await trx.selectFrom('schools').select(['id', 'abbreviation']).execute();
  for (const [abbreviation, validated, internal] of DEMO_BANDS) {
    const school = schools.find((s) => s.abbreviation === abbreviation);
    if (!school) continue;
    await trx
      .insertInto('wse_bands')
      .values([
        { school_id: school.id, year: 2021, band: validated, kind: 'validated', date: '2021-09-15', note: 'Penilaian WSE oleh Jabatan Nazir Sekolah · WSE validated by the school inspectorate' },
        { school_id: school.id, year: 2023, band: internal, kind: 'internal', date: '2023-03-20', note: 'Penilaian kendiri sekolah · School self-evaluation' },
      ])
      .execute();
    await syncRosterBand(trx, school.id);
  }
}
