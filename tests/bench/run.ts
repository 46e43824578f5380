/**
 * `npm run bench`: every benchmark, each figure printed beside its target and marked met or not. Speed
 * targets are measured here, on this machine, not in the tests.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { stopRenderThread } from '../../electron/documents/render-thread';
import { measureCalendar } from './calendar';
import { measureExports } from './exports';
import { measureImports } from './imports';
import { report } from './measure';
import { measurePlan } from './plan';
import { measureProfile } from './profile';
import { measureRendering } from './rendering';
import { measureResults } from './results';
import { measureScale } from './scale';
import { measureSchoolOverview } from './school-overview';
import { measureSearch } from './search';
import { measureSupport } from './support';
import { measureStartup } from './startup';
import { measureUi } from './ui';
import { buildTenYearData } from './ten-year-data';
import { measureToday } from './today';
import { measureVisits } from './visits';
import { measureYears } from './years';

async function main() {
  console.log(`Cluster Office benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const results: boolean[] = [];
  results.push(await measurePlan());

  const started = performance.now();
  const data = await buildTenYearData();
  results.push(report('The ten-year data set', [{ name: `built with ${data.schoolIds.length} schools, into a temp folder`, value: (performance.now() - started) / 1000, unit: 's', target: 60 }]));
  try {
    results.push(await measureRendering(data));
    results.push(await measureCalendar(data));
    results.push(await measureVisits(data));
    results.push(await measureToday(data));
    results.push(await measureSupport(data));
    results.push(await measureSearch(data));
    results.push(await measureSchoolOverview(data));
    results.push(await measureResults(data));
    results.push(await measureYears(data));
    results.push(await measureExports(data));
    results.push(await measureStartup(data));
    results.push(await measureProfile(data));
    // Its own data set, 226 schools, built and closed again.
    results.push(await measureScale());
    // Its own data set too: the commit adds schools.
    results.push(await measureImports());
    // Last: it adds a 30-initiative plan for 2026 to the data.
    results.push(await measureUi(data));
    // The server's memory is the browser-mode host's, in the UI benchmark. This process also built both data
    // sets and holds the browser driver: its own figure is shown, without a target.
    results.push(report('Memory after the whole run', [{ name: 'this benchmark process (data builds, browser driver, in-process calls) RSS', value: process.memoryUsage().rss / 2 ** 20, unit: 'MB' }]));
  } finally {
    await data.close();
    await stopRenderThread();
  }
  console.log(results.every(Boolean) ? '\nEvery target met.' : '\nSome targets not met (marked NOT MET above).');
}

void main();
