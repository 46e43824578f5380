/** The years every year picker offers, on ten years of data: indexed reads only, whatever the number of records. */
import type { DataYears } from '../../shared/years';
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

export async function measureYears(data: TenYearData): Promise<boolean> {
  const years = async () => {
    const r = await data.dispatch('app.years', {});
    if (!r.ok) throw new Error(`app.years: ${r.error.message}`);
    return r.value as DataYears;
  };
  const answer = await years();
  // Every page has ten years of data; a wrong answer would make the figure meaningless.
  if (answer.visits.length < 10 || answer.calendar.length < 10) throw new Error(`app.years answered too few years: ${JSON.stringify(answer)}`);
  const figures: Figure[] = [{ name: 'app.years (plan, calendar, visits and mentoring years)', value: median(await timed(years, 20)), unit: 'ms', target: 20 }];
  return report('Year pickers (ten-year data)', figures);
}
