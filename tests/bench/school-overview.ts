/**
 * The page of one school on the ten-year data: `schools.overview` for schools in turn (each about 770 visits,
 * 1,500 observations and 10,000 ratings over ten years, with its events and mentoring pairs). Target: at most
 * 50 ms (median); the size of one answer is shown beside it.
 */
import { median, report, timed } from './measure';
import type { TenYearData } from './ten-year-data';

export async function measureSchoolOverview(data: TenYearData): Promise<boolean> {
  const call = async (id: number) => {
    const r = await data.dispatch('schools.overview', { id });
    if (!r.ok) throw new Error(`schools.overview: ${r.error.message}`);
    return r.value;
  };
  const schools = data.schoolIds.slice(0, 10);
  let next = 0;
  // Each run asks for the next school, so no answer comes from a page the run before has just read.
  const one = () => call(schools[next++ % schools.length] as number);
  const times = await timed(one, 40, 5);
  const size = JSON.stringify(await call(schools[0] as number)).length / 1e6;
  return report("A school's page (ten-year data)", [
    { name: `schools.overview, ${schools.length} schools in turn (median)`, value: median(times), unit: 'ms', target: 50 },
    { name: '  its response size', value: size, unit: 'MB' },
  ]);
}
