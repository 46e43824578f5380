import { describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE, type DocumentFile, type TeamMember } from '../../shared/domain';
import type { Assignment, AssignmentSummary, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import { failure } from '../helpers/api';
import { docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

type Call = Awaited<ReturnType<typeof openApp>>['call'];
type Language = 'ms' | 'en';

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  return app;
}

/** Every pair of the year as the board shows it: open pairs under their mentors, then ended ones. */
async function boardPairs(call: Call, year = 2023): Promise<AssignmentSummary[]> {
  const board = await call<MentoringBoard>('mentoring.board', { year });
  return [...board.mentors.flatMap((m) => m.assignments), ...board.ended];
}

const letters = (call: Call, language: Language, extra: { year?: number; assignmentIds?: number[] } = {}) =>
  call<DocumentFile>('documents.render', { kind: 'mentor-appointment-letters', year: 2023, language, ...extra });

/** The text of each PDF page (pdftotext ends every page with a form feed). */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const pages = (await pdfText(pdf)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(fold);
}

/**
 * How the letters are kept apart: one section per letter, each after the first starting on a new page. Returns
 * the number of sections and the number of page breaks between them.
 */
function letterBreaks(xml: string): { sections: number; pageBreaks: number } {
  const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
  return {
    sections: sections.length,
    // The break type of a section says how it starts; the first section starts the document.
    pageBreaks: sections.slice(1).filter((s) => s.includes('<w:type w:val="nextPage"/>')).length,
  };
}

describe('the mentor appointment letters', () => {
  it.each(['ms', 'en'] as const)('writes one letter a page for every appointed pair, in %s', async (language) => {
    const { call } = await demoApp();
    const pairs = await boardPairs(call);
    const appointed = pairs.filter((p) => p.status === 'appointed' || p.status === 'active');
    expect(appointed).toHaveLength(16);
    const team = await call<TeamMember[]>('team.list');
    const head = team.find((m) => m.role === 'cluster_head');
    const assistant = team.find((m) => m.role === 'assistant_head');
    expect(head).toBeDefined();
    // The demo makes the cluster head a mentor too.
    expect(appointed.some((p) => p.mentor.id === head?.id)).toBe(true);

    const file = await letters(call, language);
    expect(file.contentType).toBe(DOCX_CONTENT_TYPE);
    expect(file.fileName).toMatch(language === 'ms' ? /^Surat Perlantikan Mentor 2023 \d{4}-\d{2}-\d{2}\.docx$/ : /^Mentor Appointment Letters 2023 \d{4}-\d{2}-\d{2}\.docx$/);

    // One A4 portrait section per letter: a page break before each letter after the first, and no other kind of break.
    const xml = await docxXml(file.data, 'word/document.xml');
    expect(letterBreaks(xml)).toEqual({ sections: 16, pageBreaks: 15 });
    expect(xml).not.toContain('<w:pageBreakBefore');
    expect(xml).not.toMatch(/<w:br w:type="page"\/>/);
    expect(xml.match(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/g)).toHaveLength(16);
    // The letterhead on every letter.
    expect(paragraphsOf(xml).filter((p) => p.startsWith('KLUSTER 2'))).toHaveLength(16);

    const pdf = await toPdf(file.data);
    expect(await pdfPages(pdf)).toBe(16);
    const pages = await pageTexts(pdf);
    expect(pages).toHaveLength(16);

    const subject =
      language === 'ms'
        ? 'PERLANTIKAN SEBAGAI MENTOR PROGRAM MENTORING DAN COACHING KLUSTER 2 TAHUN 2023'
        : 'APPOINTMENT AS MENTOR, KLUSTER 2 MENTORING AND COACHING PROGRAMME 2023';
    const seen = new Set<string>();
    for (const [i, page] of pages.entries()) {
      // Each page is exactly one pair's letter: its reference, its mentor, its mentee, and no other pair's reference.
      const refs = appointed.filter((p) => page.includes(p.referenceNo));
      expect(refs.map((p) => p.referenceNo), `page ${i + 1}`).toHaveLength(1);
      const pair = refs[0] as AssignmentSummary;
      seen.add(pair.referenceNo);
      const label = `page ${i + 1}, ${pair.referenceNo}`;
      expect(page, label).toContain(`${language === 'ms' ? 'Ruj. Kami' : 'Our ref.'}: ${pair.referenceNo}`);
      expect(page, label).toContain(pair.mentor.name);
      expect(page, label).toContain(pair.mentee.name);
      expect(page, label).toContain(subject);
      expect(page, label).toContain(language === 'ms' ? '15 Februari 2023' : '15 February 2023');
      expect(page, label).toContain(language === 'ms' ? '1 Mac – 30 September 2023' : '1 March – 30 September 2023');
      expect(page, label).toContain(language === 'ms' ? (pair.schedule === 'monthly' ? 'sebulan sekali' : 'dua minggu sekali') : pair.schedule === 'monthly' ? 'once a month' : 'once a fortnight');
      for (const f of pair.focus) {
        expect(page, label).toContain(`${f.code} ${language === 'ms' ? f.nameMs : f.nameEn}`);
      }
      // The cluster head signs, except her own appointment: then the assistant head signs on her behalf.
      if (pair.mentor.id === head?.id) {
        expect(page, label).toContain(`(${assistant?.name ?? ''}) ${language === 'ms' ? 'Penolong Ketua Kluster' : 'Assistant Cluster Head'}`);
        expect(page, label).toContain(language === 'ms' ? 'b.p. Ketua Kluster 2' : 'for Head of Kluster 2');
        expect(page, label).not.toContain(`(${head.name})`);
      } else {
        expect(page, label).toContain(`(${head?.name ?? ''}) ${language === 'ms' ? 'Ketua Kluster 2' : 'Head of Kluster 2'}`);
      }
      expect(page, label).toContain(`${language === 'ms' ? 's.k.' : 'c.c.'} ${pair.mentee.name}`);
      expect(page, label).toContain(`${pair.referenceNo} · ${language === 'ms' ? 'Halaman 1' : 'Page 1'}`);
    }
    expect(seen.size).toBe(16);

    // The mentee's school by its full name, in the letter's language around it.
    const first = pages.find((p) => p.includes('KL2/MC/2023/02')) ?? '';
    expect(first).toContain('Sekolah Menengah Pengiran Anak Puteri Hajah Masna');
    expect(first).toContain(language === 'ms' ? 'Tahap 3' : 'Level 3');
  });

  it('writes letters for chosen pairs only, and refuses pairs of another year, unknown pairs and years with none appointed', async () => {
    const { call } = await demoApp();
    const pairs = await boardPairs(call);
    const chosen = [pairs[3], pairs[9]].filter((p): p is AssignmentSummary => p !== undefined);
    expect(chosen).toHaveLength(2);

    const file = await letters(call, 'en', { assignmentIds: chosen.map((p) => p.id) });
    expect(letterBreaks(await docxXml(file.data, 'word/document.xml'))).toEqual({ sections: 2, pageBreaks: 1 });
    const pdf = await toPdf(file.data);
    expect(await pdfPages(pdf)).toBe(2);
    const pages = await pageTexts(pdf);
    expect(pages).toHaveLength(2);
    const refsOn = (page: string) => pairs.filter((p) => page.includes(p.referenceNo)).map((p) => p.referenceNo);
    expect(pages.map(refsOn).sort()).toEqual(chosen.map((p) => [p.referenceNo]).sort());
    for (const p of chosen) expect(pages.find((page) => page.includes(p.referenceNo))).toContain(p.mentor.name);

    // One letter names its mentor in the file name.
    const one = chosen[0] as AssignmentSummary;
    const single = await letters(call, 'ms', { assignmentIds: [one.id] });
    expect(single.fileName.startsWith(`Surat Perlantikan Mentor 2023 – ${one.mentor.name}`)).toBe(true);
    expect(letterBreaks(await docxXml(single.data, 'word/document.xml'))).toEqual({ sections: 1, pageBreaks: 0 });

    // A pair of 2024 (proposed, not yet appointed) and an id that does not exist.
    const people = await call<MentoringPerson[]>('mentoring.people');
    const mentor = people.find((p) => p.teamRole === 'officer');
    const mentee = people.find((p) => p.leaderRole !== null && p.name.endsWith('(demo)'));
    const competencies = await call<{ id: number }[]>('competencies.list', {});
    const later = await call<Assignment>('assignments.create', {
      year: 2024,
      mentorId: mentor?.id,
      menteeId: mentee?.id,
      schedule: 'monthly',
      focus: [{ competencyId: competencies[0]?.id, baseline: 2, target: 3 }],
    });
    expect(later.status).toBe('proposed');

    const otherYear = await failure(letters(call, 'en', { assignmentIds: [one.id, later.id] }));
    expect(otherYear).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds' });
    expect(otherYear.message).toBe(`Pair ${later.id} is not in the 2023 programme.`);
    const unknown = await failure(letters(call, 'en', { assignmentIds: [999_999] }));
    expect(unknown).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds' });
    expect(await failure(letters(call, 'en', { year: 2024, assignmentIds: [later.id] }))).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds' });

    const none = await failure(letters(call, 'en', { year: 2024 }));
    expect(none).toMatchObject({ code: 'VALIDATION', field: 'year', message: 'No appointed pairs in 2024 to write letters for.' });
    expect(await failure(letters(call, 'ms', { year: 2030 }))).toMatchObject({ code: 'VALIDATION', field: 'year' });
    await call('settings.setLanguage', { language: 'ms' });
    expect((await failure(letters(call, 'ms', { year: 2030 }))).message).toBe('Tiada pasangan yang dilantik pada tahun 2030 untuk disediakan surat.');
  });
});
