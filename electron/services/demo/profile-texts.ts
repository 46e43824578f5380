/**
 * Kluster 2's own texts for its profile document, from its 2023 profile (seeds/000): the introduction, the
 * services (one a line, sub-points on "-" lines), the main role, the logo's description, the cross
 * competencies and the descriptions of the 2023 initiatives keyed by initiative code. The Malay is the
 * profile's own; the English is a faithful translation of it.
 */

/** The introduction, one paragraph a line; the team and the schools follow it as tables. */
export const PROFILE_INTRODUCTION_MS = [
  'Kluster 2 adalah pada asalnya Kluster 4 semasa permulaan kluster-kluster ditubuhkan ditahun 2015. Ianya bertukar nama ke Kluster 2 pada tahun 2021 semasa pindaan pertama dibuat ke atas sekolah-sekolah di kluster 1 hingga 5. Sepanjang penubuhan kluster, Kluster 4 telah diketuai oleh tiga orang ketua kluster. Cikgu Hjh Mariam binti Hj Ladi adalah Ketua Kluster yang pertama, diikuti oleh Cikgu Hjh Suriani binti Hj Noor Hashim dan Cikgu Abdullah bin Ismail. Dari November 2018 hingga sekarang, Kluster 2 diterajui oleh Cikgu Hjh Sarifah binti Hj Matsawali.',
  'Peranan utama kluster adalah untuk memantau dan memberi sokongan kepada sekolah-sekolah yang berada di bawahnya menurut empat domain yang telah disenaraikan di dalam buku panduan untuk penilaian keseluruhan sekolah. Terdapat 26 buah sekolah di bawah Kluster 2 yang mana terdiri dari sebuah pusat tingkatan enam, tujuh buah sekolah menengah dan 18 buah sekolah rendah.',
].join('\n');

/** "Senarai Perkhidmatan Kluster 2": each service and what it is, one a line; its sub-points follow on lines starting "-". */
export const PROFILE_SERVICES_MS = [
  'Lawatan Sekolah dan Pemerhatian Pengajaran: Tujuan lawatan sekurang-kurangnya 3 kali seminggu adalah bertujuan untuk menjalinkan hubungan yang erat antara pasukan Kluster 2 dan komuniti sekolah dan memastikan komunikasi yang kukuh dan kerjasama yang baik terjalin di antara kedua pihak. Dengan cara ini, ia dapat mengukuhkan komunikasi dan kolaborasi, serta mempromosikan kesejahteraan dalam komuniti sekolah. Disambil itu juga, fungsi lawatan membolehkan melaksanakan program-program dan inisiatif sekolah dan Kementerian Pendidikan dapat di pantau dengan lebih berkesan.',
  'SIP development and Consultation: SIP atau pelan pembaikan sekolah adalah salah satu tugas utama bagi meningkatkan “internal WSE” sekolah masing-masing. Antara tugas-tugas Pegawai Kluster berkaitan dengan SIP adalah:',
  '- memastikan sekolah menyediakan SIP mereka dan melaksanakannya mengikut jadual yang ditetapkan',
  '- memastikan sekolah mengkaji rancangan SIP dan membuat cadangan penambahbaikan mengikut keperluan',
  '- memberikan maklum balas dan memberikan penilaian kearah kemajuan',
  'Teachers Day Award Class observation: Salah satu tugas ialah menjalankan Pemerhatian Kelas guru-guru yang di calonkan sebagai penerima Anugerah Hari Guru. Hasil pencerapan akan dikumpul dan data-data akan diserahkan kepada pihak-pihak tertentu yang menilai Anugerah Guru Cemerlang dan Anugerah \'Special Mention\'.',
  'WSE Microvalidation: Pihak Kluster bekerjasama dengan Jabatan Kenaziran untuk menjalankan sesi Mikrovalidasi WSE. Perkhidmatan ini melibatkan kerjasama rapat dengan Jabatan Kenaziran semasa proses validasi Penilaian Keseluruhan Sekolah. Melalui kerjasama ini, Pegawai Kluster akan memastikan konsistensi dan pematuhan terhadap standard penilaian WSE.',
  'KPI Review School Leaders: Perkhidmatan Semakan KPI bagi Pemimpin Sekolah adalah bertujuan untuk menyampaikan piawaian prestasi yang dijangka kepada Pemimpin sekolah. Kemajuan sekolah dipantau dan melalui analisis data, Pihak Kluster membantu Pemimpin sekolah menilai keberkesanan mereka dalam membangunkan sekolah masing-masing berdasarkan fakta dan bukti. Perkhidmatan ini mendorong peningkatan berterusan dan menyokong pemimpin sekolah dalam mencapai matlamat mereka.',
  'Contact time with School Leaders: Perkhidmatan ini bertujuan untuk membina hubungan yang erat antara kumpulan kerja dan sekolah-sekolah dalam Kluster 2. Sesi perjumpaan digunakan untuk menyampaikan maklumat-maklumat penting yang dikongsi oleh atasan di MOE/JSS (Kementerian Pendidikan/Jabatan Sekolah-Sekolah). Perjumpaan ini dapat memastikan komunikasi dan kolaborasi yang efektif serta membina suasana sokongan untuk berkongsi perkembangan, maklumat, dan panduan antara kumpulan kerja dan sekolah-sekolah.',
].join('\n');

/** "Inisiatif – Inisiatif Kluster 2 2023": each initiative's description, paragraphs one a line. */
export const INITIATIVE_DESCRIPTIONS_MS: Record<string, string> = {
  EPIC: [
    'Inisiatif EPIC menggalakkan kolaborasi dinamik di kalangan Pemimpin Sekolah, mendorong budaya pertumbuhan intelektual dan pembangunan profesional. Melalui inisiatif ini, 100% Pemimpin Sekolah secara aktif berkongsi pandangan dan penemuan mereka dari bacaan literatur, pembentangan undangan, dan lawatan yang berkaitan dengan bidang minat mereka. Pengalaman yang dikongsi ini berkait rapat dengan kompetensi kepemimpinan tertentu, membolehkan pemimpin meningkatkan pertumbuhan mereka dalam bidang tersebut. Pemimpin mencatat pembelajaran mereka melalui jurnal reflektif, log pembelajaran, dan abstrak pembentangan, yang diharapkan dapat menyumbang kepada perjalanan pembangunan profesional yang komprehensif. Semua pemimpin membuat pembentangan, dengan sekurang-kurangnya dua lawatan dan keterlibatan daripada empat jemputan rakan kongsi. Inisiatif EPIC berjalan secara berkala setiap hari Rabu, dari Februari hingga September.',
  ].join('\n'),
  STEPS: [
    'Program STEPS memberi tumpuan kepada peningkatan prestasi akademik sekolah terutamanya dalam subjek Matematik di sekolah-sekolah rendah dan subjek Bahasa Inggeris, Matematik dan Sains (Combined Science) di sekolah – sekolah menengah Kluster 2. Inisiatif ini bertujuan untuk menangani cabaran keputusan A-C yang tidak memuaskan dalam subjek tersebut, yang memberi impak kepada pencapaian keseluruhan. Dalam pusingan pertama STEPS, setiap sekolah berkongsi amalan terbaik dalam pengajaran, diikuti dengan strategi yang diadopsi dan disesuaikan oleh setiap sekolah.',
    'Setiap sekolah membuat pelan tindakan untuk meningkatkan peratusan pelajar yang mencapai A-C dalam Bahasa inggeris, Matematik dan Sains, berdasarkan strategi yang dikongsi semasa sesi perkongsian STEPS. Lawatan ke sekolah-sekolah yang berkaitan dijalankan untuk meninjau dan belajar dari kaedah yang dikongsi. Pemantauan dilakukan pada masa tertentu (150 hari, 100 hari, 50 hari, dan 20 hari), dan kemajuan dikaji semula mengikut penggal sekolah.',
    'Pusingan kedua STEPS memberi tumpuan kepada perkongsian status pencapaian matematik Tahun 6 dan pelaksanaan strategi 20 hari sebelum PSR (Penilaian Sekolah Rendah). Di peringkat menengah, tumpuan diberikan khusus bagi Bahasa Inggeris, Matematik dan Combined science.',
    'Kejayaan inisiatif ini diukur melalui peningkatan peratusan A-C dalam Matematik di sekolah rendah dan peningkatan pencapaian A-C dalam, Bahasa Inggeris, Matematik, dan Combined science di peringkat menengah. Inisiatif ini berlangsung dari Februari hingga September.',
  ].join('\n'),
  'MENTORING & COACHING': [
    'Inisiatif ini bertujuan untuk meningkatkan kemahiran pemimpin sekolah terpilih yang telah mengenal pasti bidang-bidang yang perlu diperbaiki dalam kompetensi kepemimpinan mereka atau bidang fokus melalui penilaian BDSLC (Kompetensi Kepemimpinan Sekolah Brunei Darussalam). Objektifnya adalah untuk meningkatkan kemahiran mereka dan memberi impak positif kepada Rancangan Peningkatan Sekolah (SIP), Penilaian Keseluruhan Sekolah (WSE), dan pencapaian akademik sekolah. Pembimbing dipilih berdasarkan kepakaran mereka dengan matlamat meningkatkan mereka ke Tahap 4 atau 5. Projek ini memerlukan perbincangan antara pembimbing dan yang dibimbing untuk menetapkan sasaran. Sesi pembimbingan dijalankan mengikut jadual yang dipersetujui bersama. Ketua Kumpulan dan pegawai yang mempunyai pengalaman program pembimbing sebelum ini berkhidmat sebagai pembimbing, manakala 16 orang yang dibimbing adalah pemimpin yang baru dilantik atau mereka yang belum mempunyai pembimbing. Pelantikan mentor secara formal dijalankan untuk mengukuhkan komitmen.',
  ].join('\n'),
  'SIP PEER REVIEW': [
    'Program SIP Peer Review membolehkan pemimpin sekolah belajar dari rakan sebaya mereka melalui proses semakan berstruktur. Setiap pemimpin sekolah menerima maklum balas dan sokongan dari pemimpin rakan terpilih semasa lawatan \'WSE Microvalidation\' (Penilaian Keseluruhan Sekolah) dan semakan SIP (Rancangan Peningkatan Sekolah). Program ini bertujuan untuk membantu sekolah dan pemimpin mengenal pasti kekuatan dan kelemahan dalam pelaksanaan SIP mereka, dan dengan itu meningkatkan kemajuan keseluruhan sekolah dan pencapaian pelajar. Program ini juga mendorong penggunaan berkesan kaedah putaran PDCA (Plan-Do-Check-Act) untuk peningkatan berterusan. Inisiatif ini menggalakkan kolaborasi dan perkongsian pengetahuan di kalangan pemimpin sekolah, dengan akhirnya memberi manfaat kepada guru dan pelajar.',
  ].join('\n'),
  'PD CYCLE': [
    'Program \'PD Cycle\' diwujudkan selaras dengan visi untuk menghasilkan seorang pembimbing literasi dan seorang pembimbing numerasi di setiap sekolah untuk Program LNCP. Inisiatif ini bertujuan untuk Mengukuhkan penggunaan "TfM" dalam pengajaran Literasi dan Numerasi di sekolah-sekolah yang terpilih terutamanya menggunakan kaedah "Differentiation". Selain itu, inisiatif ini bertujuan untuk meningkatkan pencapaian Matematik pelajar dalam peperiksaan dalaman dan awam. Selain dari itu, \'PD Cycle\' juga diperkenalkan bertujuan untuk meningkatkan amalan pengajaran dan pencapaian pelajar dengan menggunakan pendekatan sistematik dan menekankan pembangunan profesional.',
  ].join('\n'),
  WILL: [
    'Inisiatif WILL berfokus pada meningkatkan pencapaian band Penilaian Keseluruhan Sekolah (WSE) di sekolah-sekolah menengah Kluster 2. Program ini bertujuan untuk meningkatkan pemahaman dan kompetensi semua Penolong guru besar dan Timbalan Pengetua (Pentadbiran) yang terlibat dalam menetapkan band WSE sekolah masing-masing. Dengan inisiatif ini, diharapkan ia akan dapat memberi pendedahan kepada pemimpin sekolah cara-cara menilai dan meningkatkan prestasi keseluruhan sekolah mereka dengan memberikan sokongan dan sumber rujukan yang bersesuaian.',
  ].join('\n'),
  PACTS: [
    'Tujuan program PACTS diadakan adalah untuk meningkatkan pencapaian pelajar dalam subjek Chemistry sambil memperkukuh pemahaman guru terhadap pendekatan pembelajaran berdasarkan masalah. Inisiatif ini menitikberatkan penggunaan metodologi pengajaran yang aktif dan menarik sebagai satu usaha untuk meningkatkan pemahaman dan pencapaian pelajar. Dengan menerapkan pendekatan pembelajaran berdasarkan masalah, guru didorong untuk meningkatkan tahap pemikiran kritis dan kemahiran analisis di kalangan pelajar, yang akan berdampak positif terhadap hasil pembelajaran.',
  ].join('\n'),
  PSBC: [
    'Inisiatif PSBC mendorong budaya perkongsian amalan terbaik di kalangan guru, terutamanya dalam bidang EMS (English, Mathematics, Science). Dengan menjalin hubungan rapat antara pemimpin sekolah dan mempromosikan kerja berkumpulan, inisiatif ini memudahkan pertukaran pengetahuan dan peningkatan kapasiti. PSBC menyediakan sumber yang berguna untuk menyokong guru-guru dalam meningkatkan kualiti pengajaran dan penilaian mereka, yang pada akhirnya memberi manfaat kepada pengalaman pembelajaran pelajar.',
  ].join('\n'),
};

export const PROFILE_MAIN_ROLE_MS = 'Untuk menyokong dan membangunkan sekolah-sekolah dan pemimpin-pemimpin sekolah.';

/** "Logo Kluster 2 dan huraiannya": who made it, then what each part stands for. */
export const PROFILE_LOGO_MS = [
  'Logo asal dicipta oleh Cikgu Harrisman Ashady bin Hj Ali, mantan kumpulan kerja semasa kluster ini masih dikenali sebagai Kluster 4, dan diubahsuai oleh beliau sendiri setelah nama kluster berubah ke nama sekarang.',
  '- Kluster',
  '- Nombor 2 Romawi',
  '- Memperkasakan Semua Ke Arah Pendidikan yang Berkualiti',
  '- Melibatkan semua pemimpin sekolah, guru-guru dan pihak-pihak berkepentingan melalui kolaborasi dan sokongan.',
].join('\n');

export const PROFILE_CROSS_COMPETENCIES_MS = ['Komunikasi', 'Membuat keputusan', 'Literasi Digital'].join('\n');

/** The English of the profile: letterhead lines, name, mission and vision, and the texts above. */
export const PROFILE_EN = {
  ministry: 'Ministry of Education, Brunei Darussalam',
  department: 'Department of Schools',
  mission: 'To engage all school leaders, teachers and stakeholders through collaboration and support.',
  vision: 'Empowering All Towards Quality Education',
  introduction: [
    'Kluster 2 was originally Kluster 4 when the clusters were first set up in 2015. It was renamed Kluster 2 in 2021, when the first revision was made to the schools of clusters 1 to 5. Since the clusters were set up, Kluster 4 was led by three cluster heads. Cikgu Hjh Mariam binti Hj Ladi was the first Cluster Head, followed by Cikgu Hjh Suriani binti Hj Noor Hashim and Cikgu Abdullah bin Ismail. From November 2018 to the present, Kluster 2 has been led by Cikgu Hjh Sarifah binti Hj Matsawali.',
    'The main role of the cluster is to monitor and support the schools under it according to the four domains listed in the handbook for whole school evaluation. There are 26 schools under Kluster 2: one sixth form centre, seven secondary schools and 18 primary schools.',
  ].join('\n'),
  services: [
    'School Visit and Lesson Observation: Visits at least 3 times a week aim to build close ties between the Kluster 2 team and the school community and to ensure strong communication and good cooperation between the two. In this way they strengthen communication and collaboration and promote well-being in the school community. The visits also allow the programmes and initiatives of the schools and of the Ministry of Education to be monitored more effectively.',
    "SIP Development and Consultation: The SIP, or school improvement plan, is one of the main tasks in raising each school's internal WSE. The Cluster Officers' tasks for the SIP include:",
    '- ensuring that schools prepare their SIP and carry it out on the set schedule',
    '- ensuring that schools review their SIP and propose improvements as needed',
    '- giving feedback and assessment towards progress',
    "Teachers' Day Award Class Observation: One of the tasks is to observe the classes of teachers nominated for the Teachers' Day Award. The results of the observations are collected and the data handed to those who assess the Excellent Teacher Award and the 'Special Mention' Award.",
    'WSE Microvalidation: The Cluster works with the Inspectorate Department (Jabatan Kenaziran) to run WSE Microvalidation sessions. This service involves close cooperation with the Inspectorate during the validation of the Whole School Evaluation. Through this cooperation, the Cluster Officers ensure consistency and compliance with the WSE evaluation standards.',
    'KPI Review of School Leaders: The KPI Review for School Leaders sets out the expected standards of performance for school leaders. School progress is monitored and, through data analysis, the Cluster helps school leaders assess how effectively they are developing their schools, on the basis of facts and evidence. This service drives continuous improvement and supports school leaders in reaching their goals.',
    'Contact Time with School Leaders: This service aims to build close ties between the working team and the schools of Kluster 2. The meetings are used to pass on important information shared by superiors at the MOE/JSS (Ministry of Education/Department of Schools). These meetings ensure effective communication and collaboration and build a supportive setting for sharing developments, information and guidance between the working team and the schools.',
  ].join('\n'),
  mainRole: 'To support and develop schools and school leaders.',
  logoDescription: [
    'The original logo was created by Cikgu Harrisman Ashady bin Hj Ali, a former member of the working team when the cluster was still known as Kluster 4, and he himself adapted it after the cluster took its present name.',
    '- The word “Kluster” (cluster)',
    '- The Roman numeral 2',
    '- Empowering All Towards Quality Education',
    '- Engaging all school leaders, teachers and stakeholders through collaboration and support.',
  ].join('\n'),
  crossCompetencies: ['Communication', 'Decision making', 'Digital literacy'].join('\n'),
};

/** The English of each initiative's description, paragraphs one a line. */
export const INITIATIVE_DESCRIPTIONS_EN: Record<string, string> = {
  EPIC: 'The EPIC initiative encourages dynamic collaboration among School Leaders, fostering a culture of intellectual growth and professional development. Through this initiative, 100% of School Leaders actively share their insights and findings from their reading of the literature, invited presentations and visits related to their areas of interest. These shared experiences are closely tied to particular leadership competencies, allowing leaders to grow in those areas. Leaders record their learning in reflective journals, learning logs and presentation abstracts, which are expected to contribute to a comprehensive journey of professional development. Every leader gives a presentation, with at least two visits and the involvement of four invited partners. The EPIC initiative runs regularly every Wednesday, from February to September.',
  STEPS: [
    'The STEPS programme focuses on raising the academic performance of schools, especially in Mathematics in the primary schools and in English Language, Mathematics and Science (Combined Science) in the secondary schools of Kluster 2. The initiative aims to tackle the challenge of unsatisfactory A–C results in these subjects, which affect overall achievement. In the first round of STEPS, each school shared its best teaching practice, followed by strategies adopted and adapted by each school.',
    'Each school draws up an action plan to raise the percentage of students achieving A–C in English Language, Mathematics and Science, based on the strategies shared in the STEPS sharing sessions. Visits to the schools concerned are made to observe and learn from the methods shared. Monitoring takes place at set times (150 days, 100 days, 50 days and 20 days), and progress is reviewed term by term.',
    'The second round of STEPS focuses on sharing the state of Year 6 Mathematics achievement and carrying out the 20-day strategy before the PSR (Primary School Assessment). At secondary level, the focus is on English Language, Mathematics and Combined Science.',
    'The success of the initiative is measured by a rise in the A–C percentage in Mathematics in the primary schools and a rise in A–C achievement in English Language, Mathematics and Combined Science at secondary level. The initiative runs from February to September.',
  ].join('\n'),
  'MENTORING & COACHING': 'This initiative aims to raise the skills of selected school leaders who have identified areas to improve in their leadership competencies, or focus areas, through the BDSLC (Brunei Darussalam School Leadership Competencies) assessment. The objective is to raise their skills and to have a positive impact on the School Improvement Plan (SIP), the Whole School Evaluation (WSE) and the academic achievement of the school. Mentors are chosen for their expertise, with the aim of raising their mentees to Level 4 or 5. The project calls for discussion between mentor and mentee to set targets. Mentoring sessions are held on a mutually agreed schedule. The Group Head and officers with earlier experience of mentoring programmes serve as mentors, while the 16 mentees are newly appointed leaders or leaders who do not yet have a mentor. Mentors are formally appointed to strengthen commitment.',
  'SIP PEER REVIEW': "The SIP Peer Review programme lets school leaders learn from their peers through a structured review process. Each school leader receives feedback and support from selected peer leaders during 'WSE Microvalidation' (Whole School Evaluation) visits and SIP (School Improvement Plan) reviews. The programme aims to help schools and leaders identify the strengths and weaknesses in carrying out their SIP, and so to improve the overall progress of the school and the achievement of its students. The programme also promotes effective use of the PDCA (Plan-Do-Check-Act) cycle for continuous improvement. The initiative encourages collaboration and the sharing of knowledge among school leaders, ultimately benefiting teachers and students.",
  'PD CYCLE': "The 'PD Cycle' programme was set up in line with the vision of producing one literacy coach and one numeracy coach in every school for the LNCP Programme. The initiative aims to strengthen the use of \"TfM\" in the teaching of Literacy and Numeracy in selected schools, mainly through \"Differentiation\". It also aims to raise students' achievement in Mathematics in internal and public examinations. Beyond that, the 'PD Cycle' was introduced to improve teaching practice and student achievement through a systematic approach with an emphasis on professional development.",
  WILL: 'The WILL initiative focuses on raising the Whole School Evaluation (WSE) band of the secondary schools of Kluster 2. The programme aims to deepen the understanding and competence of all Assistant Head Teachers and Deputy Principals (Administration) involved in setting the WSE band of their schools. Through this initiative, school leaders are expected to learn how to assess and improve the overall performance of their schools, with suitable support and reference resources.',
  PACTS: "The PACTS programme is held to raise students' achievement in Chemistry while strengthening teachers' understanding of problem-based learning. The initiative stresses the use of active and engaging teaching methods as a way to improve students' understanding and achievement. By applying problem-based learning, teachers are encouraged to raise the level of critical thinking and analytical skills among students, which will have a positive effect on learning outcomes.",
  PSBC: "The PSBC initiative fosters a culture of sharing best practice among teachers, especially in EMS (English, Mathematics, Science). By building close ties between school leaders and promoting teamwork, the initiative eases the exchange of knowledge and the building of capacity. PSBC provides useful resources to support teachers in improving the quality of their teaching and assessment, ultimately benefiting the learning experience of students.",
};
