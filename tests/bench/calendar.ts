/**
 * The calendar on ten years of records: `events.list` for a month grid (the 42 days the month view shows) and
 * for a whole year, and the month's event list as a Word document (loading and rendering). Targets (medians):
 * 30 ms a month, 200 ms a year, 400 ms the document.
 */
import { median, report, timed } from './measure';
import type { TenYearData } from './ten-year-data';

export async function measureCalendar(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const m = async (fn: () => Promise<unknown>, runs: number) => median(await timed(fn, runs));
  // March 2023 as the month view shows it: Monday 27 February to Sunday 9 April.
  const month = { from: '2023-02-27', to: '2023-04-09' };
  const size = (v: unknown) => JSON.stringify(v).length / 1_000_000;
  const yearValue = await call('events.list', { from: '2023-01-01', to: '2023-12-31' });
  return report('Calendar (ten-year data)', [
    { name: 'events.list, a month grid (42 days)', value: await m(() => call('events.list', month), 30), unit: 'ms', target: 30 },
    { name: 'events.list, a month grid filtered to one school', value: await m(() => call('events.list', { ...month, schoolIds: [data.schoolIds[4]] }), 30), unit: 'ms', target: 30 },
    { name: 'events.list, a whole year', value: await m(() => call('events.list', { from: '2023-01-01', to: '2023-12-31' }), 15), unit: 'ms', target: 200 },
    { name: 'events.list, a whole year: answer size', value: size(yearValue), unit: 'MB' },
    { name: 'event list document, a month', value: await m(() => call('documents.render', { kind: 'event-list', from: '2023-03-01', to: '2023-03-31', language: 'ms' }), 10), unit: 'ms', target: 400 },
  ]);
}
