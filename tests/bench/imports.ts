/**
 * The roster read in from Excel on the ten-year data (its own copy, since the commit adds schools): a
 * 1,000-row workbook — the 26 schools as exported, one of them changed, and 974 new ones — previewed
 * (`imports.preview`, target at most 1 s) and committed (`imports.commit`, at most 1 s).
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { DocumentFile } from '../../shared/domain';
import type { ImportPreview } from '../../shared/imports/api';
import { median, report, type Figure } from './measure';
import { buildTenYearData } from './ten-year-data';

const ROWS = 1000;
const PREVIEWS = 3;

export async function measureImports(): Promise<boolean> {
  const data = await buildTenYearData();
  try {
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await data.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    const exported = await call<DocumentFile>('exports.render', { kind: 'roster', language: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.data) as never);
    const schools = book.getWorksheet('Schools');
    if (!schools) throw new Error('The roster has no Schools sheet');
    const existing = schools.rowCount - 3;
    schools.getRow(4).getCell(6).value = '+673 000 0000';
    for (let i = 1; i <= ROWS - existing; i++) schools.addRow([1000 + i, `Sekolah Rendah Import ${i}`, `SRI${i}`, 'Primary School', (i % 5) + 1, '', '', `Kampong Import ${i}`, '']);
    const file = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const input = { kind: 'schools', file, fileName: 'roster-1000.xlsx' };

    let preview: ImportPreview | null = null;
    const runs: number[] = [];
    for (let i = 0; i < PREVIEWS; i++) {
      const t = performance.now();
      preview = await call<ImportPreview>('imports.preview', input);
      runs.push(performance.now() - t);
    }
    if (!preview) throw new Error('No preview');
    const { counts } = preview;
    if (counts.new !== ROWS - existing || counts.update !== 1 || counts.error !== 0) throw new Error(`Unexpected preview: ${JSON.stringify(counts)}`);
    const t = performance.now();
    const done = await call<{ created: number; updated: number }>('imports.commit', { previewId: preview.previewId });
    const commit = performance.now() - t;
    if (done.created !== ROWS - existing || done.updated !== 1) throw new Error(`Unexpected commit: ${JSON.stringify(done)}`);
    const figures: Figure[] = [
      { name: `imports.preview of a ${ROWS}-row workbook (${counts.new} new, ${counts.update} update, ${counts.unchanged} unchanged; median of ${PREVIEWS})`, value: median(runs), unit: 'ms', target: 1000 },
      { name: 'imports.commit of that preview, one transaction', value: commit, unit: 'ms', target: 1000 },
    ];
    return report('The roster in from Excel (ten-year data)', figures);
  } finally {
    await data.close();
  }
}
