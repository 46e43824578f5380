/**
 * `npm run bench`: every benchmark, each figure printed beside its target and marked met or not. Speed
 * targets are measured here, on this machine, not in the tests.
 */
import os from 'node:os';
import { stopRenderThread } from '../../electron/documents/render-thread';
import { measureCalendar } from './calendar';
import { measurePlan } from './plan';
import { measureRendering } from './rendering';
import { measureStartup } from './startup';
import { measureUi } from './ui';
import { buildTenYearData } from './ten-year-data';
import { measureVisits } from './visits';

async function main() {
  console.log(`Cluster Office benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const results: boolean[] = [];
  results.push(await measurePlan());

  const started = Date.now();
  const data = await buildTenYearData();
  console.log(`\nTen-year data built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    results.push(await measureRendering(data));
    results.push(await measureCalendar(data));
    results.push(await measureVisits(data));
    results.push(await measureStartup(data));
    // Last: it adds a 30-initiative plan for 2026 to the data.
    results.push(await measureUi(data));
  } finally {
    await data.close();
    await stopRenderThread();
  }
  console.log(results.every(Boolean) ? '\nEvery target met.' : '\nSome targets not met (marked NOT MET above).');
}

void main();
