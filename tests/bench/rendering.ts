/**
 * Documents render in their own thread: on the ten-year data, `schools.list` answers as fast while Word
 * documents are made one after another as when nothing else runs. Target: its p95 while rendering at most 2×
 * its idle p95.
 */
import { performance } from 'node:perf_hooks';
import type { DocumentRequest } from '../../shared/api';
import { p95, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const CALLS = 500;

/** `CALLS` calls of `fn`, spaced as a page's calls are (2 ms apart), each timed. */
async function spaced(fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 2));
  }
  return out;
}

export async function measureRendering(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const list = () => call('schools.list', {});
  await timed(list, 50);
  const idle = await spaced(list);

  // Documents without end, each asked for as soon as the one before is back, while the roster is read.
  const documents: DocumentRequest[] = [
    { kind: 'cluster-profile', year: 2023, language: 'en' },
    { kind: 'school-roster', language: 'ms' },
    { kind: 'initiative-calendar', year: 2023, language: 'ms' },
    { kind: 'mentoring-report', year: 2023, language: 'en' },
  ];
  let rendering = true;
  let rendered = 0;
  const renderer = (async () => {
    for (let i = 0; rendering; i++) {
      await call('documents.render', documents[i % documents.length]);
      rendered++;
    }
  })();
  await new Promise((r) => setTimeout(r, 200));
  const started = performance.now();
  const busy = await spaced(list);
  const seconds = (performance.now() - started) / 1000;
  rendering = false;
  await renderer;

  const figures: Figure[] = [
    { name: 'schools.list p95, idle', value: p95(idle), unit: 'ms' },
    { name: `schools.list p95, while documents render (${rendered} in ${seconds.toFixed(1)} s)`, value: p95(busy), unit: 'ms' },
    { name: 'schools.list p95 while rendering ÷ idle', value: p95(busy) / p95(idle), unit: '×', target: 2 },
  ];
  return report('Documents render beside other calls (ten-year data)', figures);
}
