/**
 * Every statement behind the Visits page (the list, follow-up, coverage, the cluster's ratings), the mentoring
 * board and the two term report loaders is captured as Kysely runs it, then asked for its EXPLAIN QUERY PLAN on
 * the migrated file:
 * none may read a whole table of visits, observations, ratings or next steps. A scan of a partial index (the
 * open steps, the closed history) reads only the rows it holds and is allowed.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema';
import { readBoard } from '../../electron/services/mentoring/board';
import { loadClusterTermReportModel } from '../../electron/services/visits/cluster-term-report-model';
import { coverage } from '../../electron/services/visits/coverage';
import { listFollowUp } from '../../electron/services/visits/follow-up';
import { clusterRatings } from '../../electron/services/visits/ratings';
import { getVisit, listVisits } from '../../electron/services/visits/read';
import { loadSchoolTermReportModel } from '../../electron/services/visits/school-term-report-model';
import { capturing, scansOf } from '../helpers/query-plans';
import { TERM, termScenario } from '../helpers/term-scenario';

const BIG_TABLES = ['visits', 'observations', 'observation_ratings', 'next_steps'];
const AFTER_TERM = '2024-04-01';

describe('query plans of the visit reads', () => {
  it('finds a full scan when a statement has one, so the checks below can fail', async () => {
    const { ctx } = await termScenario();
    const { db, statements } = capturing(ctx.db());
    await db.selectFrom('visits as v').select('v.id').where('v.findings', '=', 'x').execute();
    await db.selectFrom('next_steps').select('id').where('owner', '=', 'x').execute();
    const bad = await scansOf(ctx.db(), statements, BIG_TABLES);
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatch(/^SCAN v/);
  });

  it('reads no whole table of visits, observations, ratings or next steps', async () => {
    const { ctx, school, officer, main } = await termScenario();
    const reads: [string, (db: Kysely<DB>) => Promise<unknown>][] = [
      ['visits.list', (db) => listVisits(db, { from: TERM.start, to: TERM.end })],
      ['visits.list of a school', (db) => listVisits(db, { from: TERM.start, to: TERM.end, schoolId: school('SR HMS').id })],
      ['visits.list of an officer', (db) => listVisits(db, { from: TERM.start, to: TERM.end, personId: officer.id })],
      ['visits.get', (db) => getVisit(db, main.id)],
      ['follow-up, open', (db) => listFollowUp(db, { schoolId: null, includeClosed: false }, AFTER_TERM)],
      ['follow-up, history', (db) => listFollowUp(db, { schoolId: null, includeClosed: true, page: 2 }, AFTER_TERM)],
      ['follow-up of a school', (db) => listFollowUp(db, { schoolId: school('SR HMS').id, includeClosed: true }, AFTER_TERM)],
      ['coverage', (db) => coverage(db, 2024, 1, AFTER_TERM)],
      ['visits.ratings', (db) => clusterRatings(db, 2024)],
      ['mentoring.board', (db) => readBoard(db, 2023, AFTER_TERM)],
      ['school term report', (db) => loadSchoolTermReportModel(db, school('SR HMS').id, 2024, 1, 'ms', AFTER_TERM)],
      ['cluster term report', (db) => loadClusterTermReportModel(db, 2024, 1, 'ms', AFTER_TERM)],
    ];
    for (const [name, read] of reads) {
      const { db, statements } = capturing(ctx.db());
      await read(db);
      expect(statements.length, name).toBeGreaterThan(0);
      expect(await scansOf(ctx.db(), statements, BIG_TABLES), name).toEqual([]);
    }
  });
});
