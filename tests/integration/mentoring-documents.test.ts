import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../../shared/domain';
import type { AssignmentSummary, MentoringBoard } from '../../shared/mentoring/types';
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

const report = (call: Call, language: Language, year = 2023) => call<DocumentFile>('documents.render', { kind: 'mentoring-report', year, language });

/** The text of each PDF page (pdftotext ends every page with a form feed). */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const pages = (await pdfText(pdf)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(fold);
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
