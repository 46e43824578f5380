/**
 * Spreadsheets on the ten-year data (`exports.render`, built in the query thread): all 20,000 visits with their
 * 38,000 lesson observations (target at most 3 s), a term's coverage, the whole follow-up and the roster.
 */
import type { DocumentFile } from '../../shared/domain';
import type { ExportRequest } from '../../shared/exports/api';
import { median, report, timed, type Figure } from './measure';
import { TEN_YEARS, type TenYearData } from './ten-year-data';

export async function measureExports(data: TenYearData): Promise<boolean> {
  const render = async (request: ExportRequest) => {
    const r = await data.dispatch('exports.render', request);
    if (!r.ok) throw new Error(`exports.render ${request.kind}: ${r.error.message}`);
    return r.value as DocumentFile;
  };
  const every: ExportRequest = { kind: 'visits', from: `${TEN_YEARS.from}-01-01`, to: `${TEN_YEARS.to}-12-31`, language: 'ms' };
  const size = (await render(every)).data.length / 2 ** 20;
  const figures: Figure[] = [
    { name: `every visit of ten years with its observations (${size.toFixed(1)} MB .xlsx)`, value: median(await timed(() => render(every), 3, 1)), unit: 'ms', target: 3000 },
    { name: 'a term\'s coverage', value: median(await timed(() => render({ kind: 'coverage', year: 2025, term: 2, language: 'ms' }), 5, 1)), unit: 'ms' },
    { name: 'the whole follow-up with its closed history', value: median(await timed(() => render({ kind: 'follow-up', includeClosed: true, language: 'ms' }), 3, 1)), unit: 'ms' },
    { name: 'the roster with its leaders', value: median(await timed(() => render({ kind: 'roster', language: 'ms' }), 5, 1)), unit: 'ms' },
  ];
  return report('Spreadsheets (exports.render, ten-year data, medians)', figures);
}
