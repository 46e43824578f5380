import { describe, expect, it } from 'vitest';
import { layoutMentorAppointmentLetters } from '../../../electron/documents/mentor-appointment-letters';
import { textWidth } from '../../../electron/documents/kit';
import { paragraphsOf } from '../../helpers/docx';
import { lettersModel } from './fixtures-mentor-appointment-letters';
import { LANG } from './expect-official';
import { paragraphXml, readBack, storedField, styleXml, stylesUsed, tableGrids } from './read-back';

/** Paragraph texts with tabs kept as "\t" and no-break spaces folded. */
const texts = (xml: string) => paragraphsOf(xml.replace(/<w:tab\/>/g, '<w:t>\t</w:t>')).map((t) => t.replace(/\u00a0/g, ' '));

/** The body split into its sections: one letter each. */
const letterXml = (xml: string) => xml.split(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/).slice(0, -1);

const WORDS = {
  ms: {
    title: 'Surat Perlantikan Mentor 2024',
    subject: 'PERLANTIKAN SEBAGAI MENTOR PROGRAM MENTORING DAN COACHING KLUSTER 9 TAHUN 2024',
    ref: (n: number) => `Ruj. Kami: KL9/MC/2024/0${n}\t`,
    dates: ['15 Februari 2024', '16 Februari 2024', '1 Mac 2024'],
    period: ['bagi tempoh 1 Mac – 30 September 2024', 'mulai 4 Mac 2024'],
    schedule: ['sebulan sekali', 'dua minggu sekali', 'seminggu sekali'],
    thanks: 'Sekian, terima kasih.',
    faithfully: 'Yang benar,',
    head: 'Ketua Kluster 9',
    onBehalf: 'b.p. Ketua Kluster 9',
    copy: 's.k.',
    focusHeader: ['Kompetensi', 'Tahap asas', 'Tahap sasaran'],
    focusRow: ['SL1  Memimpin hala tuju strategik sekolah', 'Tahap 2', 'Tahap 4'],
    slip: 'AKUAN PENERIMAAN PERLANTIKAN',
    returnTo: 'Sila lengkapkan dan kembalikan slip ini kepada Pejabat Kluster 9.',
    accept: (mentee: string, ref: string) => `Saya menerima perlantikan sebagai Mentor kepada ${mentee} dalam Program Mentoring dan Coaching Kluster 9 Tahun 2024 (Ruj. ${ref}).`,
    fields: (name: string) => [`Nama: ${name}`, 'Tandatangan: \t', 'Tarikh: \t'],
    cut: '\u2702 potong di sini',
    headOf: 'Ketua Sekolah',
    page: 'Halaman',
  },
  en: {
    title: 'Mentor Appointment Letters 2024',
    subject: 'APPOINTMENT AS MENTOR, KLUSTER 9 MENTORING AND COACHING PROGRAMME 2024',
    ref: (n: number) => `Our ref.: KL9/MC/2024/0${n}\t`,
    dates: ['15 February 2024', '16 February 2024', '1 March 2024'],
    period: ['for the period 1 March – 30 September 2024', 'from 4 March 2024'],
    schedule: ['once a month', 'once a fortnight', 'once a week'],
    thanks: 'Thank you.',
    faithfully: 'Yours faithfully,',
    head: 'Head of Kluster 9',
    onBehalf: 'for Head of Kluster 9',
    copy: 'c.c.',
    focusHeader: ['Competency', 'Baseline', 'Target'],
    focusRow: ['SL1  Leading the strategic direction', 'Level 2', 'Level 4'],
    slip: 'ACCEPTANCE OF APPOINTMENT',
    returnTo: 'Please complete this slip and return it to the Kluster 9 office.',
    accept: (mentee: string, ref: string) => `I accept the appointment as Mentor to ${mentee} in the Kluster 9 Mentoring and Coaching Programme 2024 (Ref. ${ref}).`,
    fields: (name: string) => [`Name: ${name}`, 'Signature: \t', 'Date: \t'],
    cut: '\u2702 cut here',
    headOf: 'Head of School',
    page: 'Page',
  },
} as const;

describe.each(['ms', 'en'] as const)('mentor appointment letters laid out in %s, from a fixture model', (language) => {
  const w = WORDS[language];

  it('puts each letter in its own A4 section under the letterhead, in the document language, footed by its reference', async () => {
    const m = lettersModel(language);
    const { doc, title } = layoutMentorAppointmentLetters(m);
    expect(title).toBe(w.title);
    const x = await readBack(doc);
    const sections = x.document.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections.slice(1).every((s) => s.includes('<w:type w:val="nextPage"/>'))).toBe(true);
    expect(x.document.match(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/g)).toHaveLength(3);
    expect(x.document).not.toMatch(/<w:br w:type="page"\/>/);
    const letters = letterXml(x.document);
    expect(letters).toHaveLength(3);
    for (const l of letters) expect(texts(l).filter((t) => t.startsWith('KLUSTER 9'))).toHaveLength(1);

    // Word-native: styles in the document's language, and every table's grid filling the text width.
    expect(x.styles).toMatch(new RegExp(`<w:docDefaults>[\\s\\S]*<w:lang w:val="${LANG[language]}"/>[\\s\\S]*</w:docDefaults>`));
    for (const s of ['Normal', 'Title', 'Subtitle', 'BodyText', 'TableText', 'Caption']) expect(styleXml(x.styles, s), s).toContain(`<w:lang w:val="${LANG[language]}"/>`);
    expect(x.styles).not.toContain(`w:val="${LANG[language === 'ms' ? 'en' : 'ms']}"`);
    for (const s of ['BodyText', 'Title', 'Subtitle', 'TableText', 'Caption']) expect(stylesUsed(x.document), s).toContain(s);
    const grids = tableGrids(x.document);
    // Letter 1 and 3 have a focus table; every letter has its slip's table.
    expect(grids).toHaveLength(5);
    for (const g of grids) expect(g.reduce((a, b) => a + b, 0)).toBe(textWidth());
    expect(x.document).not.toMatch(/w:type="pct"/);

    // Each letter's footer: its reference number and a live page number counted from its first page.
    const footers = x.footers.map((f) => paragraphsOf(f).join(' '));
    for (const ref of m.letters.map((l) => l.referenceNo)) expect(footers.some((f) => f.startsWith(`${ref} · ${w.page}`)), ref).toBe(true);
    for (const f of x.footers) expect(f).toMatch(storedField('PAGE'));
    expect(x.document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    expect(x.core).toContain('<dc:creator>Kluster 9</dc:creator>');
    expect(x.core).toContain(`<dc:title>${w.title}</dc:title>`);

    // Each letter is its own: its reference, date, mentor, subject, period and schedule.
    letters.forEach((l, i) => {
      const t = texts(l);
      const letter = m.letters[i]!;
      expect(t.some((p) => p === `${w.ref(i + 1)}${w.dates[i]}`), letter.referenceNo).toBe(true);
      expect(t).toContain(letter.mentor.name);
      expect(t).toContain(w.subject);
      expect(t.join('\n')).toContain(w.schedule[i]);
      for (const other of m.letters.filter((o) => o !== letter)) expect(t.join('\n')).not.toContain(other.referenceNo);
    });
  });

  it('numbers its paragraphs, shows the focus levels and the agreed period, and leaves out what a pair does not have', async () => {
    const m = lettersModel(language);
    const [first = '', second = '', third = ''] = letterXml((await readBack(layoutMentorAppointmentLetters(m).doc)).document);
    const numbers = (xml: string) => texts(xml).map((t) => /^(\d)\.\t/.exec(t)?.[1]).filter(Boolean);
    expect(numbers(first)).toEqual(['2', '3', '4', '5']);
    expect(numbers(second)).toEqual(['2', '3', '4']);
    expect(numbers(third)).toEqual(['2', '3', '4']);
    const body = (xml: string) => texts(xml).join('\n');
    expect(body(first)).toContain(w.period[0]);
    expect(body(first)).toContain(m.letters[0]!.goals);
    expect(body(second)).toContain(w.period[1]);
    expect(body(third)).not.toContain(w.period[1]);
    // The focus table: a header row, then a competency a row with its baseline and target levels.
    const rows = (/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(first)?.[0].match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) => (r.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((c) => texts(c).join(' ')));
    expect(rows[0]).toEqual(w.focusHeader);
    expect(rows[1]).toEqual(w.focusRow);
    expect(rows).toHaveLength(3);
    expect(second.match(/<w:tbl>/g)).toHaveLength(1);
  });

  it('is signed on the cluster head’s behalf when she is the mentor, and copies the head of the mentee’s school', async () => {
    const m = lettersModel(language);
    const [first = '', second = '', third = ''] = letterXml((await readBack(layoutMentorAppointmentLetters(m).doc)).document);
    const t1 = texts(first);
    const t2 = texts(second);
    const t3 = texts(third);
    expect(t1).toContain('(Dyg Penolong)');
    expect(t1).toContain(language === 'ms' ? 'Penolong Ketua Kluster' : 'Assistant Cluster Head');
    expect(t1).toContain(w.onBehalf);
    expect(t1).not.toContain('(Hjh Ketua)');
    expect(t2).toContain('(Hjh Ketua)');
    expect(t2).toContain(w.head);
    expect(t2).not.toContain(w.onBehalf);
    // Nobody to sign: a dotted line for the name, the post under it.
    expect(t3.some((t) => /^\(…+\)$/.test(t))).toBe(true);

    // s.k.: the school's head first, then the mentee; a mentee who is the head is copied once; an unknown head is a post and dots.
    expect(t1).toContain(`${w.copy}\t1.\tHj Ali, Pengetua, Sekolah Menengah Satu`);
    expect(t1).toContain(`\t2.\tAwang Timbalan, Timbalan Pengetua, Sekolah Menengah Satu`);
    expect(t2).toContain(`${w.copy}\tDyg Aminah, Guru Besar, Sekolah Rendah Tiga`);
    expect(t2.filter((t) => t.startsWith(w.copy) || /^\t\d\.\t/.test(t))).toHaveLength(1);
    expect(t3.some((t) => new RegExp(`^${w.copy.replace(/\./g, '\\.')}\\t1\\.\\t…+, ${w.headOf}, Sekolah Rendah Dua$`).test(t))).toBe(true);

    // The signature is kept with the copies, so a name never stands apart from its signature; the slip is
    // kept whole; between the two the page may break.
    const paras = paragraphXml(first.slice(0, first.lastIndexOf('<w:tbl>')));
    const thanksAt = paras.findIndex((p) => texts(p)[0] === w.thanks);
    const cutAt = paras.findIndex((p) => texts(p)[0] === w.cut);
    const signed = paras.slice(thanksAt, cutAt);
    expect(signed.map((p) => texts(p)[0]?.split('\t')[0])).toEqual([w.thanks, w.faithfully, '(Dyg Penolong)', t1[t1.indexOf('(Dyg Penolong)') + 1], w.onBehalf, w.copy, '']);
    for (const p of signed.slice(0, -1)) expect(p, texts(p)[0]).toContain('<w:keepNext/>');
    expect(signed.at(-1)).not.toContain('<w:keepNext/>');
    for (const p of paras.slice(cutAt)) expect(p, texts(p)[0]).toContain('<w:keepNext/>');
  });

  it('ends each letter with a cut-off acceptance slip: the mentor accepts, names, signs and dates', async () => {
    const m = lettersModel(language);
    const letters = letterXml((await readBack(layoutMentorAppointmentLetters(m).doc)).document);
    letters.forEach((l, i) => {
      const letter = m.letters[i]!;
      const t = texts(l);
      const cutAt = t.indexOf(w.cut);
      expect(cutAt, letter.referenceNo).toBeGreaterThan(0);
      expect(t.slice(cutAt + 1, cutAt + 4)).toEqual([w.slip, w.returnTo, w.accept(letter.mentee.name ?? '', letter.referenceNo)]);
      const slip = l.slice(l.lastIndexOf('<w:tbl>'));
      expect(texts(slip).filter(Boolean)).toEqual(w.fields(letter.mentor.name ?? ''));
      expect(slip).toContain('<w:cantSplit/>');
      // The cut line is a dashed rule in the Caption style.
      const cut = paragraphXml(l).find((p) => texts(p)[0] === w.cut) ?? '';
      expect(cut).toContain('<w:pStyle w:val="Caption"/>');
      expect(cut).toMatch(/<w:bottom w:val="dashed"/);
      expect(paragraphXml(l).find((p) => texts(p)[0] === w.slip)).toContain('<w:pStyle w:val="Title"/>');
    });
  });

  it('names a single letter’s mentor in its title', () => {
    const m = lettersModel(language);
    const one = { ...m, letters: [m.letters[1]!] };
    expect(layoutMentorAppointmentLetters(one).title).toBe(`${w.title} – Pegawai Satu`);
  });
});
