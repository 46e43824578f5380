/**
 * The shape every exported workbook shares: a title row (the cluster, what the sheet is, the day it was
 * made), a header row frozen above the data with a filter on it, columns wide enough to read, dates as
 * real dates shown DD/MM/YYYY and numbers as numbers. Text is always written as text: a school name or a
 * finding that starts with "=", "+", "-" or "@" stays words in Excel, never a formula.
 *
 * Written as a stream, row by row, with strings inline and light compression: ten years of visits and their
 * observations (60,000 rows) are packed without holding every cell of the workbook at once.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDate } from '../../../shared/dates';

export type ColumnType = 'text' | 'date' | 'number';

export interface Column {
  header: string;
  /** Characters. */
  width: number;
  type?: ColumnType;
  /** The values a cell may take, offered as a drop-down list in Excel. */
  choices?: string[];
}

export type CellValue = string | number | null;

/** Where the header row sits: under the title and a blank line. */
export const HEADER_ROW = 3;
const DATE_FORMAT = 'dd/mm/yyyy';
const TITLE_FONT = { bold: true, size: 13 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const HEADER_FONT = { bold: true, color: { argb: 'FFFFFFFF' } };

/** A calendar date (YYYY-MM-DD) as the date Excel shows for it, whatever the PC's time zone. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function offerChoices(row: ExcelJS.Row, columns: Column[]): void {
  columns.forEach((c, i) => {
    if (!c.choices) return;
    // A list in the rule itself (at most 255 characters): no helper sheet to keep in step.
    row.getCell(i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.choices.join(',')}"`], showErrorMessage: true };
  });
}

export class Workbook {
  private readonly chunks: Buffer[] = [];
  private readonly stream = new PassThrough();
  private readonly ended: Promise<void>;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor() {
    this.stream.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.stream.on('end', resolve);
      this.stream.on('error', reject);
    });
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
    this.wb.creator = 'Cluster Office';
    this.wb.created = new Date();
  }

  /**
   * A sheet with its title row and header row; `rows` are written under the header, each value in its
   * column's type (a date column takes YYYY-MM-DD text, a number column numbers). `styleRow` dresses a data
   * row (its index among `rows`) before it is written.
   */
  addSheet(
    name: string,
    title: { cluster: string; what: string; date: string },
    columns: Column[],
    rows: CellValue[][],
    opts: { styleRow?: (row: ExcelJS.Row, index: number) => void; blankRows?: number } = {},
  ): void {
    // Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
    const ws = this.wb.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
    ws.columns = columns.map((c) => ({ width: c.width }));
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: Math.max(1, columns.length) } };

    const heading = ws.getRow(1);
    heading.getCell(1).value = [title.cluster, title.what, formatDate(title.date)].filter(Boolean).join(' · ');
    heading.getCell(1).font = TITLE_FONT;
    heading.commit();
    ws.getRow(2).commit();

    const header = ws.getRow(HEADER_ROW);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();

    rows.forEach((values, r) => {
      const row = ws.getRow(HEADER_ROW + 1 + r);
      columns.forEach((c, i) => {
        const value = values[i] ?? null;
        if (value === null || value === '') return;
        const cell = row.getCell(i + 1);
        if (c.type === 'date' && typeof value === 'string') {
          cell.value = excelDate(value);
          cell.numFmt = DATE_FORMAT;
        } else if (c.type === 'number' && typeof value === 'number') {
          cell.value = value;
        } else {
          // Always a text cell: exceljs writes a string as text, never as a formula, whatever it starts with.
          cell.value = String(value);
          if (String(value).includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
        }
      });
      offerChoices(row, columns);
      opts.styleRow?.(row, r);
      row.commit();
    });
    // Empty rows to fill in (a template), with the same drop-down lists.
    for (let r = 0; r < (opts.blankRows ?? 0); r++) {
      const row = ws.getRow(HEADER_ROW + 1 + rows.length + r);
      offerChoices(row, columns);
      row.commit();
    }
    ws.commit();
  }

  async bytes(): Promise<Uint8Array> {
    await this.wb.commit();
    await this.ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}
