import { describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE, type DocumentFile, type TeamMember } from '../../shared/domain';
import type { Assignment, AssignmentSummary, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import { failure } from '../helpers/api';
import { docxParts, docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
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
const report = (call: Call, language: Language, year = 2023) => call<DocumentFile>('documents.render', { kind: 'mentoring-report', year, language });

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

interface Row {
  header: boolean;
  cells: { text: string; lines: string[]; colors: string[] }[];
}

/** The table rows of document.xml, each cell's text and the colour of each of its lines. */
function tableRows(xml: string): Row[] {
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => ({
    header: row.includes('<w:tblHeader/>'),
    cells: (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => {
      const paragraphs = tc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
      const lines = paragraphsOf(tc);
      return { text: lines.filter(Boolean).join('\n'), lines, colors: paragraphs.map((p) => /<w:color w:val="([0-9A-Fa-f]{6})"\/>/.exec(p)?.[1]?.toUpperCase() ?? '') };
    }),
  }));
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

describe('the mentoring programme report', () => {
  it('summarises the year and lists every pair, and shows a pair that reached its targets', async () => {
    const { call } = await demoApp();
    const pairs = await boardPairs(call);
    expect(pairs).toHaveLength(16);
    const expected = (list: AssignmentSummary[]) => ({
      held: list.reduce((n, p) => n + p.sessionsHeld, 0),
      planned: list.reduce((n, p) => n + p.sessionsPlanned, 0),
      atTarget: list.filter((p) => p.focus.length > 0 && p.focus.every((f) => f.current >= f.target)).length,
    });
    const before = expected(pairs);
    expect(before.held).toBe(12);
    expect(before.atTarget).toBe(0);

    const file = await report(call, 'en');
    expect(file.fileName).toMatch(/^Mentoring and Coaching Programme Report 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await docxXml(file.data, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const body = paragraphsOf(xml);
    expect(body).toContain('MENTORING AND COACHING PROGRAMME REPORT 2023');
    const summary = body.find((p) => p.startsWith('16 pairs')) ?? '';
    expect(summary).toBe(
      `16 pairs: 16 active. Sessions held: ${before.held} of ${before.planned} planned so far. Pairs at or above target in every focus competency: 0 of 16.`,
    );
    expect(body.join('\n')).toMatch(/Prepared by: .+ \(Clerk\)/);
    // A legend says what each competency code in the table stands for, once, in code order.
    const legendAt = body.indexOf('Competency codes');
    expect(legendAt).toBeGreaterThan(0);
    const used = [...new Map(pairs.flatMap((p) => p.focus).map((f) => [f.code, f.nameEn])).entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
    expect(body.slice(legendAt + 1, legendAt + 1 + used.length)).toEqual(used.map(([code, name]) => `${code}  ${name}`));

    const rows = tableRows(xml);
    const header = rows.filter((r) => r.header);
    expect(header).toHaveLength(1);
    expect(header[0]?.cells.map((c) => c.lines[0])).toEqual(['No.', 'Mentee', 'Mentor', 'Status', 'Focus competencies', 'Sessions', 'Actions']);
    const data = rows.filter((r) => !r.header);
    expect(data).toHaveLength(16);
    const rowOf = (p: AssignmentSummary) => data.find((r) => r.cells[1]?.lines[0] === p.mentee.name);
    for (const p of pairs) {
      const row = rowOf(p);
      expect(row, p.mentee.name).toBeDefined();
      const texts = row?.cells.map((c) => c.text) ?? [];
      expect(texts[1]).toContain(p.mentee.school ?? '');
      expect(texts[2]?.split('\n')[0]).toBe(p.mentor.name);
      expect(texts[3]).toBe('Active');
      expect(texts[4]?.split('\n')).toEqual(p.focus.map((f) => `${f.code}: ${f.baseline} → ${f.current} (target ${f.target})`));
      expect(texts[5]).toBe(`${p.sessionsHeld} / ${p.sessionsPlanned}`);
      // The demo's first six pairs agreed two actions each and have done one.
      expect(texts[6]).toBe(p.sessionsHeld > 0 ? '1 / 1' : '0 / 0');
    }

    // The pair assessed at its targets in both focus competencies counts as at target, its lines in green.
    const pair = pairs.find((p) => p.sessionsHeld === 0) as AssignmentSummary;
    for (const f of pair.focus) await call('assessments.create', { assignmentId: pair.id, competencyId: f.competencyId, date: '2023-05-01', level: f.target });
    const after = expected(await boardPairs(call));
    expect(after.atTarget).toBe(1);

    const changed = await report(call, 'en');
    const changedXml = await docxXml(changed.data, 'word/document.xml');
    expect(paragraphsOf(changedXml)).toContain(
      `16 pairs: 16 active. Sessions held: ${after.held} of ${after.planned} planned so far. Pairs at or above target in every focus competency: 1 of 16.`,
    );
    const changedRows = tableRows(changedXml).filter((r) => !r.header);
    const row = changedRows.find((r) => r.cells[1]?.lines[0] === pair.mentee.name);
    expect(row?.cells[4]?.lines).toEqual(pair.focus.map((f) => `${f.code}: ${f.baseline} → ${f.target} (target ${f.target})`));
    expect(row?.cells[4]?.colors).toEqual(pair.focus.map(() => '1E7B34'));
    const others = changedRows.filter((r) => r !== row);
    expect(others).toHaveLength(15);
    for (const r of others) expect(r.cells[4]?.colors, r.cells[1]?.lines[0]).not.toContain('1E7B34');

    // LibreOffice opens it: every pair on the pages, the header row repeated on each page.
    const pdf = await toPdf(changed.data);
    const pages = await pageTexts(pdf);
    expect(await pdfPages(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.join(' ');
    expect(all).toContain('MENTORING AND COACHING PROGRAMME REPORT 2023');
    expect(all).toContain('Pairs at or above target in every focus competency: 1 of 16.');
    for (const p of pairs) expect(all, p.mentee.name).toContain(p.mentee.name);
    for (const page of pages) expect(page).toContain('Focus competencies');
    const parts = await docxParts(changed.data);
    expect(parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).length).toBeGreaterThan(0);
  });

  it('writes the report in BM, and for a year with no pairs', async () => {
    const { call } = await demoApp();
    const pairs = await boardPairs(call);
    const held = pairs.reduce((n, p) => n + p.sessionsHeld, 0);
    const planned = pairs.reduce((n, p) => n + p.sessionsPlanned, 0);
    const file = await report(call, 'ms');
    expect(file.fileName).toMatch(/^Laporan Program Mentoring dan Coaching 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const body = paragraphsOf(await docxXml(file.data, 'word/document.xml'));
    expect(body).toContain('LAPORAN PROGRAM MENTORING DAN COACHING 2023');
    expect(body).toContain(
      `16 pasangan: 16 aktif. Sesi diadakan: ${held} daripada ${planned} yang dirancang setakat ini. Pasangan yang mencapai sasaran bagi setiap kompetensi fokus: 0 daripada 16.`,
    );
    expect(body).toContain('Aktif');
    expect(body).toContain(`${pairs[0]?.focus[0]?.code ?? ''}: ${pairs[0]?.focus[0]?.baseline ?? ''} → ${pairs[0]?.focus[0]?.current ?? ''} (sasaran 4)`);

    const empty = await report(call, 'en', 2030);
    const emptyBody = paragraphsOf(await docxXml(empty.data, 'word/document.xml'));
    expect(emptyBody).toContain('0 pairs.');
    expect(emptyBody).toContain('No mentoring pairs this year.');
  });
});
