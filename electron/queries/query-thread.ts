/**
 * The main process's side of the query thread: one worker per open data file, answering the calls of
 * ./queries.ts. The data file's owner (AppContext) starts it on first use and stops it when the file closes,
 * so a restore never leaves it reading a file that was swapped out.
 */
import type { Output, ParsedInput } from '../../shared/api';
import { AppError, bi } from '../../shared/errors';
import { IDLE_STOP_MS, WorkerChannel, workerFile } from '../worker-channel';
import type { QueryMethod } from './queries';
import type { QueryJob, QueryReply } from './query-worker';

const lost = (why: string) => new AppError('INTERNAL', bi(`The records could not be read: ${why}`, `Rekod tidak dapat dibaca: ${why}`));

/** A failure in the thread as the main thread would have thrown it: the same AppError, or SQLite's code for dispatch to word. */
function rethrown(reply: Extract<QueryReply, { ok: false }>): Error {
  if (reply.error) return new AppError(reply.error.code, reply.error.message, reply.error.field, reply.error.errors);
  return Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {});
}

export class QueryThread {
  private readonly channel: WorkerChannel<Omit<QueryJob, 'id'>, QueryReply>;

  constructor(file: string) {
    this.channel = new WorkerChannel(() => workerFile('query-worker', 'CLUSTER_OFFICE_QUERY_WORKER'), lost, { workerData: { file }, idleStopMs: IDLE_STOP_MS });
  }

  async run<M extends QueryMethod>(method: M, input: ParsedInput<M>): Promise<Output<M>> {
    const reply = await this.channel.send({ method, input });
    if (!reply.ok) throw rethrown(reply);
    return reply.value as Output<M>;
  }

  stop(): Promise<void> {
    return this.channel.stop();
  }
}
