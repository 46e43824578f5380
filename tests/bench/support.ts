/**
 * Improvement › Support's one call on the ten-year data: every school ranked by need, in the middle of a
 * year and for a past year. Target: at most 50 ms (medians).
 */
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const AS_OF = '2025-05-14';

export async function measureSupport(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const m = async (fn: () => Promise<unknown>) => median(await timed(fn, 20, 3));
  const figures: Figure[] = [
    { name: `support.ranking for 2025 as of ${AS_OF}`, value: await m(() => call('support.ranking', { year: 2025, asOf: AS_OF })), unit: 'ms', target: 50 },
    { name: 'support.ranking for 2020 (a past year, on its last day)', value: await m(() => call('support.ranking', { year: 2020, asOf: AS_OF })), unit: 'ms', target: 50 },
  ];
  return report('Support view (ten-year data)', figures);
}
