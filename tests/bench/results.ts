/**
 * Results on the ten-year data (every school's results and targets in every year): a school's results page
 * (`results.school`, schools in turn) and a year's results with targets, last year's and the cluster totals
 * (`results.list`, years in turn). Target: at most 50 ms each (median).
 */
import { median, report, timed } from './measure';
import { TEN_YEARS, type TenYearData } from './ten-year-data';

export async function measureResults(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: object) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const schools = data.schoolIds.slice(0, 10);
  let nextSchool = 0;
  const school = () => call('results.school', { schoolId: schools[nextSchool++ % schools.length] as number });
  const schoolTimes = await timed(school, 40, 5);
  const years = Array.from({ length: TEN_YEARS.to - TEN_YEARS.from + 1 }, (_, i) => TEN_YEARS.from + i);
  let nextYear = 0;
  const list = () => call('results.list', { year: years[nextYear++ % years.length] as number });
  const listTimes = await timed(list, 40, 5);
  const listed = (await call('results.list', { year: TEN_YEARS.to })) as { rows: unknown[] };
  return report('Results (ten-year data)', [
    { name: `results.school, ${schools.length} schools in turn (median)`, value: median(schoolTimes), unit: 'ms', target: 50 },
    { name: `results.list with targets and last year, ${years.length} years in turn (median)`, value: median(listTimes), unit: 'ms', target: 50 },
    { name: `  rows in one year's list: ${listed.rows.length}`, value: JSON.stringify(listed).length / 1e6, unit: 'MB' },
  ]);
}
