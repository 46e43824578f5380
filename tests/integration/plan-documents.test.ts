import { describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../shared/domain';
import { columnOf, monthSpan } from '../../shared/plan/months';
import type { Plan, PlanChange } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { docxParts, docxText, docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
/** A4 landscape width between the 2 cm margins, in twentieths of a point. */
const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

type Call = Awaited<ReturnType<typeof openApp>>['call'];

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const plan = await app.call<Plan>('plan.get', { year: 2023 });
  return { ...app, plan };
}

const calendar = (call: Call, language: 'ms' | 'en', year = 2023) => call<DocumentFile>('documents.render', { kind: 'initiative-calendar', year, language });

interface Cell {
  text: string;
  span: number;
  /** Grid columns before this cell in its row. */
  column: number;
  fill: string | null;
  color: string | null;
  merge: 'restart' | 'continue' | null;
}

/** The tables of document.xml as rows of cells, with each cell's grid position, span, fill and merge. */
function tableRows(xml: string): { header: boolean; cells: Cell[] }[] {
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => {
    let column = 0;
    const cells = (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1);
      const cell: Cell = {
        text: paragraphsOf(tc).filter(Boolean).join('\n'),
        span,
        column,
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(tc)?.[1]?.toUpperCase() ?? null,
        color: /<w:color w:val="([0-9A-Fa-f]{6})"\/>/.exec(tc)?.[1]?.toUpperCase() ?? null,
        merge: (/<w:vMerge w:val="(restart|continue)"\/>/.exec(tc)?.[1] as Cell['merge'] | undefined) ?? null,
      };
      column += span;
      return cell;
    });
    return { header: row.includes('<w:tblHeader/>'), cells };
  });
}

/** Every text of the package a reader sees: the body, running headers and footers. */
async function allText(bytes: Uint8Array): Promise<string> {
  const parts = (await docxParts(bytes)).filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  const texts = await Promise.all(parts.map(async (p) => paragraphsOf(await docxXml(bytes, p)).join('\n')));
  return texts.join('\n');
}

describe('the initiative calendar document', () => {
  it('puts each phase in one cell over its months, in its initiative colour, with the initiative merged over its lanes', async () => {
    const { call, plan } = await demoApp();
    expect(plan.initiatives.map((i) => i.code)).toEqual(['EPIC', 'MENTORING & COACHING', 'SIP PEER REVIEW', 'WILL', 'PD CYCLE', 'PACTS', 'STEPS', 'PSBC']);
    const file = await calendar(call, 'ms');
    expect(file.contentType).toBe(DOCX_CONTENT_TYPE);
    expect(file.fileName).toMatch(/^Kalendar Inisiatif Kluster 2 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await docxXml(file.data, 'word/document.xml');

    // A4 landscape, and a grid of 1 + 13 columns with explicit widths that fill the text width exactly.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const grid = [...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(14);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    expect(new Set(grid.slice(1)).size).toBe(1);
    expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);

    const rows = tableRows(xml);
    const header = rows.filter((r) => r.header);
    const body = rows.filter((r) => !r.header);
    // Two repeating header rows: the years over their months (the next year's January set apart), then the months.
    expect(header).toHaveLength(2);
    expect(header[0]?.cells.map((c) => [c.text, c.span])).toEqual([
      ['Inisiatif', 1],
      ['2023', 12],
      ['2024', 1],
    ]);
    const months = header[1]?.cells.slice(1) ?? [];
    expect(months.map((c) => c.text)).toEqual(['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogos', 'Sep', 'Okt', 'Nov', 'Dis', 'Jan']);
    expect(months[12]?.fill).not.toBe(months[11]?.fill);

    // One row per lane; every row covers the whole grid.
    expect(body).toHaveLength(14);
    for (const r of body) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(14);

    // Each phase: one cell, spanning its months, starting at its month's column, filled with the initiative colour.
    let row = 0;
    for (const initiative of plan.initiatives) {
      const fill = initiative.colour.slice(1).toUpperCase();
      for (const lane of initiative.lanes) {
        const cells = body[row]?.cells ?? [];
        for (const phase of lane.phases) {
          const matching = cells.filter((c) => c.text === phase.name);
          expect(matching, phase.name).toHaveLength(1);
          const cell = matching[0];
          expect(cell?.span, phase.name).toBe(monthSpan(phase.start, phase.end));
          expect(cell?.column, phase.name).toBe(1 + columnOf(plan.window, phase.start));
          expect(cell?.fill, phase.name).toBe(fill);
        }
        const phaseMonths = lane.phases.reduce((n, p) => n + monthSpan(p.start, p.end), 0);
        // The months without a phase are plain single cells.
        expect(cells.filter((c) => c.fill === null && c.span === 1)).toHaveLength(13 - phaseMonths);
        row++;
      }
    }

    // The phases the infographic shows, spelled out.
    const epic = plan.initiatives[0];
    const cellOf = (name: string) => body.flatMap((r) => r.cells).find((c) => c.text === name);
    expect(cellOf('Reading and Research')).toMatchObject({ span: 2, column: 1 + 2, fill: epic?.colour.slice(1).toUpperCase() });
    expect(cellOf('Classroom Collaboration')).toMatchObject({ span: 9, column: 1 });
    expect(cellOf('SIP Review 2')).toMatchObject({ span: 3, column: 1 + 6 });
    expect(cellOf('PSBC Implementation')).toMatchObject({ span: 5, column: 1 + 4 });

    // Text is black or white, whichever reads on the fill: white on EPIC blue, black on PD CYCLE orange.
    expect(cellOf('Reading and Research')?.color).toBe('FFFFFF');
    expect(plan.initiatives.find((i) => i.code === 'PD CYCLE')?.colour).toBe('#d68910');
    expect(cellOf('PD Cycle 2')?.color).toBe('000000');

    // The initiative's name cell runs down over its lanes: one restart and a continue for each further lane.
    row = 0;
    for (const initiative of plan.initiatives) {
      const labels = body.slice(row, row + initiative.lanes.length).map((r) => r.cells[0]);
      expect(labels[0]?.text.split('\n')[0], initiative.code).toBe(initiative.code);
      if (initiative.lanes.length > 1) {
        expect(labels.map((c) => c?.merge), initiative.code).toEqual(['restart', ...initiative.lanes.slice(1).map(() => 'continue')]);
      } else {
        expect(labels[0]?.merge, initiative.code).toBeNull();
      }
      expect(body[row + initiative.lanes.length]?.cells[0]?.merge ?? null, initiative.code).not.toBe('continue');
      row += initiative.lanes.length;
    }
    const merges = body.map((r) => r.cells[0]?.merge);
    expect(merges.filter((m) => m === 'restart').length + merges.filter((m) => m === 'continue').length).toBe(
      plan.initiatives.filter((i) => i.lanes.length > 1).reduce((n, i) => n + i.lanes.length, 0),
    );
    // Full names under the codes, where they say more than the code.
    expect(body[0]?.cells[0]?.text).toBe('EPIC\nExecutive Professional Intellectual Collaboration');

    const text = await docxText(file.data);
    expect(text).toContain('KALENDAR INISIATIF KLUSTER 2 2023');
    expect(text).toContain('KEMENTERIAN PENDIDIKAN, NEGARA BRUNEI DARUSSALAM');
    expect(text).toContain('Disediakan oleh: Rosnani binti Zalani (Kerani)');
    expect(await allText(file.data)).toContain('Kluster 2 — Kalendar Inisiatif Kluster 2 2023');
  });

  it('speaks English when asked', async () => {
    const { call } = await demoApp();
    const file = await calendar(call, 'en');
    expect(file.fileName).toMatch(/^Kluster 2 Initiatives 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await docxXml(file.data, 'word/document.xml');
    expect(xml).toContain('w:orient="landscape"');
    const [years, months] = tableRows(xml);
    expect(years?.cells[0]?.text).toBe('Initiative');
    expect(months?.cells.slice(1).map((c) => c.text)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan']);
    const text = await docxText(file.data);
    expect(text).toContain('KLUSTER 2 INITIATIVES 2023');
    expect(text).toContain('Prepared by: Rosnani binti Zalani (Clerk)');
    expect(text).not.toMatch(/Kalendar|Disediakan/);
    expect(await allText(file.data)).toContain('Kluster 2 — Kluster 2 Initiatives 2023');
  });

  it('lists the terms and holidays under the table', async () => {
    const { call } = await demoApp();
    await call('periods.create', { kind: 'term', name: 'Penggal 1', start: '2023-01-02', end: '2023-03-10' });
    await call('periods.create', { kind: 'holiday', name: 'Hari Kebangsaan', start: '2023-02-23', end: '2023-02-23' });
    await call('periods.create', { kind: 'holiday', name: 'Hari Raya Aidilfitri', start: '2023-04-22', end: '2023-04-25' });
    const ms = await docxText((await calendar(call, 'ms')).data);
    expect(ms).toContain('Penggal persekolahan: Penggal 1 (2 Januari – 10 Mac 2023)');
    expect(ms).toContain('Cuti: Hari Kebangsaan (23 Februari 2023); Hari Raya Aidilfitri (22–25 April 2023)');
    const en = await docxText((await calendar(call, 'en')).data);
    expect(en).toContain('School terms: Penggal 1 (2 January – 10 March 2023)');
    expect(en).toContain('Holidays: Hari Kebangsaan (23 February 2023); Hari Raya Aidilfitri (22–25 April 2023)');
  });

  it('fits one A4 landscape page in LibreOffice, terms and holidays included', async () => {
    const { call } = await demoApp();
    await call('periods.create', { kind: 'term', name: 'Penggal 1', start: '2023-01-02', end: '2023-03-10' });
    await call('periods.create', { kind: 'holiday', name: 'Hari Raya Aidilfitri', start: '2023-04-22', end: '2023-04-25' });
    for (const [language, title, prepared] of [
      ['ms', 'KALENDAR INISIATIF KLUSTER 2 2023', 'Disediakan oleh'],
      ['en', 'KLUSTER 2 INITIATIVES 2023', 'Prepared by'],
    ] as const) {
      const pdf = await toPdf((await calendar(call, language)).data);
      expect(await pdfPages(pdf), language).toBe(1);
      const text = fold(await pdfText(pdf));
      expect(text, language).toContain(title);
      for (const phase of ['Reading and Research', 'Classroom Collaboration', 'Evidence Collection and Monitoring', 'PSBC Implementation', 'PD Cycle 2']) {
        expect(text, `${language}: ${phase}`).toContain(phase);
      }
      for (const code of ['EPIC', 'MENTORING & COACHING', 'SIP PEER REVIEW', 'PSBC']) expect(text, `${language}: ${code}`).toContain(code);
      expect(text, language).toContain('Hari Raya Aidilfitri');
      expect(text, language).toContain(`${prepared}: Rosnani binti Zalani`);
      expect(text, language).toMatch(language === 'ms' ? /Halaman 1 daripada 1/ : /Page 1 of 1/);
    }
  });

  it('answers NOT_FOUND for a year without a plan', async () => {
    const { call } = await demoApp();
    expect(await failure(calendar(call, 'ms', 2031))).toMatchObject({ code: 'NOT_FOUND', field: 'year', message: 'There is no plan for 2031 yet.' });
    expect(await failure(call('documents.render', { kind: 'initiative-calendar', year: 1999, language: 'ms' }))).toMatchObject({ code: 'VALIDATION', field: 'year' });
  });

  it('shows the plan as it is after a change made through the API', async () => {
    const { call, plan } = await demoApp();
    const phases = plan.initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases));
    const review = phases.find((p) => p.name === 'SIP Review 2');
    const socialization = phases.find((p) => p.name === 'EPIC Socialization');
    const moved = await call<PlanChange>('phases.update', { id: review?.id, version: review?.version, name: 'SIP Review 2 and Report', start: '2023-08', end: '2024-01' });
    expect(moved.id).toBe(review?.id);
    await call('phases.delete', { id: socialization?.id });

    const body = tableRows(await docxXml((await calendar(call, 'en')).data, 'word/document.xml')).filter((r) => !r.header);
    const cells = body.flatMap((r) => r.cells);
    expect(cells.map((c) => c.text)).not.toContain('SIP Review 2');
    expect(cells.map((c) => c.text)).not.toContain('EPIC Socialization');
    expect(cells.find((c) => c.text === 'SIP Review 2 and Report')).toMatchObject({ span: 6, column: 1 + 7 });
    // EPIC's first lane now starts with two empty months, and every row still covers the grid.
    expect(body[0]?.cells.slice(1, 4).map((c) => [c.text, c.span, c.fill])).toEqual([
      ['', 1, null],
      ['', 1, null],
      ['Reading and Research', 2, '2F6FB3'],
    ]);
    for (const r of body) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(14);
  });
});
