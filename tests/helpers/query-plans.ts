/**
 * Query-plan checks: every statement a service runs, captured as Kysely compiles it, then asked for its
 * EXPLAIN QUERY PLAN on the migrated file. A plan line that scans one of the big tables whole (a table scan,
 * or a scan of an index that is not partial) is a full scan; a partial index holds only the rows it reads.
 */
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteQueryCompiler, type KyselyPlugin } from 'kysely';
import type { DB } from '../../db/schema';
import { openApp } from './tmp';

/** The database with every statement it runs compiled to the SQL and parameters SQLite receives. */
export function capturing(db: Kysely<DB>) {
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

/** The plan's lines of one statement that read one of `bigTables` whole. */
async function fullScans(db: Kysely<DB>, q: CompiledQuery, bigTables: readonly string[]): Promise<string[]> {
  const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]));
  const aliases = new Map([...q.sql.matchAll(/"(\w+)" as "(\w+)"/g)].map((m) => [m[2] as string, m[1] as string]));
  const indexes = await db.executeQuery<{ name: string; sql: string | null }>(CompiledQuery.raw(`SELECT name, sql FROM sqlite_master WHERE type = 'index'`));
  const index = new Map(indexes.rows.map((i) => [i.name, i]));
  const bad: string[] = [];
  for (const { detail } of plan.rows) {
    const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
    if (!m) continue;
    const name = m[1] as string;
    const table = aliases.get(name) ?? name;
    if (!bigTables.includes(table)) continue;
    const used = m[2] ? index.get(m[2]) : undefined;
    if (used?.sql && / WHERE /i.test(used.sql)) continue;
    bad.push(`${detail}  ←  ${q.sql}`);
  }
  return bad;
}

/** Every full scan of `bigTables` among `statements` (each distinct SQL asked once). */
export async function scansOf(db: Kysely<DB>, statements: CompiledQuery[], bigTables: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const q of statements) {
    if (seen.has(q.sql)) continue;
    seen.add(q.sql);
    bad.push(...(await fullScans(db, q, bigTables)));
  }
  return bad;
}

/**
 * The demo's file, after `prepare` adds what a test needs, opened a second time with every statement run
 * through it kept with its parameters; `plans()` answers each statement run since the last call, with its plan.
 */
export async function demoWithLog(prepare: (app: Awaited<ReturnType<typeof openApp>>) => Promise<void> = () => Promise.resolve()) {
  const app = await openApp();
  await app.call('demo.load');
  await prepare(app);
  const raw = new Database(app.ctx.databasePath);
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }), log: (e) => void statements.push({ sql: e.query.sql, parameters: e.query.parameters }) });
  const plans = () =>
    statements.splice(0).map((s) => ({
      sql: s.sql,
      plan: (raw.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.parameters) as { detail: string }[]).map((r) => r.detail),
    }));
  return { db, raw, plans };
}
