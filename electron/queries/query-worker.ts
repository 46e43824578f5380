/**
 * The query thread: answers the read-only calls of ./queries.ts on a read-only connection of its own.
 * SQLite's WAL lets it read beside the main connection's writes: each call sees every change committed
 * before it began. Bundled on its own (scripts/build-node.mjs) and run by ./query-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely } from 'kysely';
import { AppSqliteDialect } from '../../db/driver';
import { BUSY_TIMEOUT_MS } from '../../db/open';
import type { DB } from '../../db/schema';
import { openSqlite } from '../../db/sqlite';
import { AppError, type ApiError } from '../../shared/errors';
import { queries, type Query, type QueryMethod } from './queries';

export interface QueryJob {
  id: number;
  method: QueryMethod;
  input: unknown;
}

export type QueryReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error?: ApiError; message: string; code?: string };

const sqlite = openSqlite((workerData as { file: string }).file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
const db = new Kysely<DB>({ dialect: new AppSqliteDialect(sqlite) });

parentPort?.on('message', (job: QueryJob) => {
  void (async () => {
    try {
      const value = await (queries[job.method] as Query<QueryMethod>)(db, job.input as never);
      parentPort?.postMessage({ id: job.id, ok: true, value } satisfies QueryReply);
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      parentPort?.postMessage({
        id: job.id,
        ok: false,
        error: err instanceof AppError ? err.toJSON() : undefined,
        message: err instanceof Error ? err.message : String(err),
        code: typeof code === 'string' ? code : undefined,
      } satisfies QueryReply);
    }
  })();
});
