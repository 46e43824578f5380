/**
 * A file the clerk chose, as grids of cells: each visible sheet of a .xlsx (formulas by their last result,
 * a merged block read as its top-left value down the block and empty across it), or the one table of a
 * .csv or of a block pasted from Excel. Anything else is refused with one message and nothing read.
 */
import ExcelJS from 'exceljs';
import { bi, validationError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../shared/imports/api';

export type Cell = string | number | Date | null;
/** One line of a sheet: its number in the file (as Excel or an editor shows it) and its cells from column A. */
export interface Line {
  row: number;
  cells: Cell[];
}
export interface Grid {
  name: string;
  lines: Line[];
}

export const fileError = (en: string, ms: string) => validationError('file', bi(en, ms));
const notSpreadsheet = () => fileError('This file is not a spreadsheet: choose an Excel file (.xlsx) or a CSV file.', 'Fail ini bukan hamparan: pilih fail Excel (.xlsx) atau fail CSV.');
export const tooManyRows = () => fileError(`The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows: split it into smaller files.`, `Fail ini mempunyai lebih daripada ${IMPORT_MAX_ROWS} baris: pecahkan kepada fail yang lebih kecil.`);

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an Excel 97-2003 workbook, or an .xlsx saved with a password (Excel encrypts it into one). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  if (bytes.length > IMPORT_MAX_BYTES) throw fileError('The file is larger than 10 MB.', 'Fail ini melebihi 10 MB.');
  if (bytes.length === 0) throw fileError('The file is empty.', 'Fail ini kosong.');
  if (startsWith(bytes, OLE)) {
    throw fileError(
      'This workbook is protected with a password or saved in the old Excel 97-2003 format: open it in Excel, remove the password and save it as .xlsx.',
      'Buku kerja ini dilindungi kata laluan atau disimpan dalam format lama Excel 97-2003: buka dalam Excel, buang kata laluan dan simpan sebagai .xlsx.',
    );
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (ext === 'xlsx' || ext === 'xlsm') throw damaged();
  if (!['csv', 'tsv', 'txt', ''].includes(ext)) throw notSpreadsheet();
  return [readText(bytes, ext)];
}

const damaged = () => fileError('This Excel file is damaged and cannot be read: save it again from Excel and try once more.', 'Fail Excel ini rosak dan tidak dapat dibaca: simpan semula dari Excel dan cuba lagi.');

function plain(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('hyperlink' in v) return plain(v.text);
    if ('error' in v) return null;
  }
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw damaged();
  }
  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const lines: Line[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        // A block merged across columns holds its value once; merged down rows, every row shares it.
        cells.push(master === cell ? plain(cell.value) : master.row === cell.row ? null : plain(master.value));
      }
      if (cells.some((x) => x !== null && !(typeof x === 'string' && x.trim() === ''))) lines.push({ row: r, cells });
    });
    if (lines.length > IMPORT_MAX_ROWS + 10) throw tooManyRows();
    grids.push({ name: ws.name, lines });
  }
  if (grids.length === 0) throw fileError('This workbook has no visible sheet.', 'Buku kerja ini tiada helaian yang kelihatan.');
  return grids;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on Windows saves "CSV" in the PC's code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readText(bytes: Uint8Array, ext: string): Grid {
  if (bytes.includes(0)) throw notSpreadsheet();
  const text = decode(bytes).replace(/^\uFEFF/, '');
  // The delimiter is the one the first lines use most (a title line above the header may have none).
  const head = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 10).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  const delimiter = ext === 'tsv' || count('\t') > 0 ? '\t' : count(';') > count(',') ? ';' : ',';
  const lines: Line[] = [];
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endLine = () => {
    endField();
    if (cells.some((c) => typeof c === 'string' && c.trim() !== '')) lines.push({ row: start, cells });
    if (lines.length > IMPORT_MAX_ROWS + 10) throw tooManyRows();
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endLine();
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endLine();
  return { name: '', lines };
}
