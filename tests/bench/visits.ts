/**
 * Visits on the ten-year data: the calls the Visits and Mentoring pages make, and the term reports and the
 * termly pack. Targets: each page call at most 30 ms (a year's cluster ratings 50 ms), the school term report
 * 150 ms, the cluster term report 300 ms, the termly pack 3 s (medians). The size of a term's visit list is
 * shown beside it.
 */
import type { DocumentRequest } from '../../shared/api';
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const YEAR = 2023;
const TERM = 2;

export async function measureVisits(data: TenYearData): Promise<boolean> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const terms = (await call('terms.list', { year: YEAR })) as { term: number; start: string; end: string }[];
  const term = terms.find((t) => t.term === TERM);
  if (!term) throw new Error(`No term ${TERM} in ${YEAR}`);
  const m = async (fn: () => Promise<unknown>, runs = 20, warmup = 3) => median(await timed(fn, runs, warmup));

  const list = () => call('visits.list', { from: term.start, to: term.end });
  const listSize = JSON.stringify(await list()).length / 1e6;
  const school = data.schoolIds[0] as number;
  const render = (request: DocumentRequest) => () => call('documents.render', request);

  const figures: Figure[] = [
    { name: `visits.list, term ${TERM} of ${YEAR}`, value: await m(list), unit: 'ms', target: 30 },
    { name: '  its response size', value: listSize, unit: 'MB' },
    { name: 'nextSteps.followUp, open steps', value: await m(() => call('nextSteps.followUp', {})), unit: 'ms', target: 30 },
    { name: 'nextSteps.followUp, first page of the history', value: await m(() => call('nextSteps.followUp', { includeClosed: true, page: 1 })), unit: 'ms', target: 30 },
    { name: `visits.coverage, term ${TERM} of ${YEAR}`, value: await m(() => call('visits.coverage', { year: YEAR, term: TERM })), unit: 'ms', target: 30 },
    { name: `visits.ratings ${YEAR} (every school, per term and criterion)`, value: await m(() => call('visits.ratings', { year: YEAR })), unit: 'ms', target: 50 },
    { name: `mentoring.board ${YEAR}`, value: await m(() => call('mentoring.board', { year: YEAR })), unit: 'ms', target: 30 },
    { name: 'mentoring.board, the latest year', value: await m(() => call('mentoring.board', { year: 2026 })), unit: 'ms', target: 30 },
    { name: 'school term report (documents.render)', value: await m(render({ kind: 'school-term-report', schoolId: school, year: YEAR, term: TERM, language: 'ms' }), 10), unit: 'ms', target: 150 },
    { name: 'cluster term report (documents.render)', value: await m(render({ kind: 'cluster-term-report', year: YEAR, term: TERM, language: 'ms' }), 10), unit: 'ms', target: 300 },
    { name: 'termly pack (documents.pack, 27 files)', value: await m(() => call('documents.pack', { year: YEAR, term: TERM, language: 'ms' }), 3, 1), unit: 'ms', target: 3000 },
  ];
  return report('Visits, follow-up, coverage, mentoring board and term reports (ten-year data)', figures);
}
