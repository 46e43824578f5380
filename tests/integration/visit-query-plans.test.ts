/**
 * Every statement behind the Visits page (the list, follow-up, coverage), the mentoring board and the two term
 * report loaders is captured as Kysely runs it, then asked for its EXPLAIN QUERY PLAN on the migrated file:
 * none may read a whole table of visits, observations, ratings or next steps. A scan of a partial index (the
 * open steps, the closed history) reads only the rows it holds and is allowed.
 */
import { CompiledQuery, SqliteQueryCompiler, type Kysely, type KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema';
import { readBoard } from '../../electron/services/mentoring/board';
import { loadClusterTermReportModel } from '../../electron/services/visits/cluster-term-report-model';
import { coverage } from '../../electron/services/visits/coverage';
import { listFollowUp } from '../../electron/services/visits/follow-up';
import { getVisit, listVisits } from '../../electron/services/visits/read';
import { loadSchoolTermReportModel } from '../../electron/services/visits/school-term-report-model';
import { TERM, termScenario } from '../helpers/term-scenario';

const BIG_TABLES = ['visits', 'observations', 'observation_ratings', 'next_steps'];
const AFTER_TERM = '2024-04-01';

/** The database with every statement it runs compiled to the SQL and parameters SQLite receives. */
function capturing(db: Kysely<DB>) {
  const compiler = new SqliteQueryCompiler();
  const statements: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      statements.push(compiler.compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { db: db.withPlugin(plugin), statements };
}

/** The plan's lines that read a big table whole: a table scan, or a scan of an index that is not partial. */
async function fullScans(db: Kysely<DB>, q: CompiledQuery): Promise<string[]> {
  const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]));
  const aliases = new Map([...q.sql.matchAll(/"(\w+)" as "(\w+)"/g)].map((m) => [m[2] as string, m[1] as string]));
  const indexes = await db.executeQuery<{ name: string; tbl_name: string; sql: string | null }>(CompiledQuery.raw(`SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'`));
  const index = new Map(indexes.rows.map((i) => [i.name, i]));
  const bad: string[] = [];
  for (const { detail } of plan.rows) {
    const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
    if (!m) continue;
    const name = m[1] as string;
    const table = aliases.get(name) ?? name;
    if (!BIG_TABLES.includes(table)) continue;
    const used = m[2] ? index.get(m[2]) : undefined;
    if (used?.sql && / WHERE /i.test(used.sql)) continue;
    bad.push(`${detail}  ←  ${q.sql}`);
  }
  return bad;
}

async function scansOf(db: Kysely<DB>, statements: CompiledQuery[]): Promise<string[]> {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const q of statements) {
    if (seen.has(q.sql)) continue;
    seen.add(q.sql);
    bad.push(...(await fullScans(db, q)));
  }
  return bad;
}

describe('query plans of the visit reads', () => {
  it('finds a full scan when a statement has one, so the checks below can fail', async () => {
    const { ctx } = await termScenario();
    const { db, statements } = capturing(ctx.db());
    await db.selectFrom('visits as v').select('v.id').where('v.findings', '=', 'x').execute();
    await db.selectFrom('next_steps').select('id').where('owner', '=', 'x').execute();
    const bad = await scansOf(ctx.db(), statements);
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
      ['mentoring.board', (db) => readBoard(db, 2023, AFTER_TERM)],
      ['school term report', (db) => loadSchoolTermReportModel(db, school('SR HMS').id, 2024, 1, 'ms', AFTER_TERM)],
      ['cluster term report', (db) => loadClusterTermReportModel(db, 2024, 1, 'ms', AFTER_TERM)],
    ];
    for (const [name, read] of reads) {
      const { db, statements } = capturing(ctx.db());
      await read(db);
      expect(statements.length, name).toBeGreaterThan(0);
      expect(await scansOf(ctx.db(), statements), name).toEqual([]);
    }
  });
});
