/**
 * The Today page's one call on the ten-year data, as of a day in the middle of a term (everyone's, and one
 * officer's "mine"). Target: at most 50 ms (medians).
 */
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const AS_OF = '2025-05-14';

export async function measureToday(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const team = (await call('team.list', {})) as { id: number; role: string }[];
  const officer = team.find((m) => m.role === 'officer')?.id ?? null;
  const m = async (fn: () => Promise<unknown>) => median(await timed(fn, 20, 3));
  const figures: Figure[] = [
    { name: `today.get as of ${AS_OF}`, value: await m(() => call('today.get', { asOf: AS_OF, personId: null })), unit: 'ms', target: 50 },
    { name: `today.get as of ${AS_OF}, one officer's ("mine")`, value: await m(() => call('today.get', { asOf: AS_OF, personId: officer })), unit: 'ms', target: 50 },
  ];
  return report('Today (ten-year data)', figures);
}
