/**
 * The main process's side of the rendering threads: up to two workers, each started on first use, that lay
 * out and pack documents; a document goes to the worker with the least work waiting, so a termly pack renders
 * two reports at a time. A document a worker could not render fails with a plain message.
 */
import os from 'node:os';
import type { DocumentModel } from '../../shared/documents/document-model';
import { AppError, bi } from '../../shared/errors';
import { IDLE_STOP_MS, WorkerChannel, workerFile } from '../worker-channel';
import type { RenderJob, RenderReply } from './render-worker';

const failed = (why: string) => new AppError('INTERNAL', bi(`The document could not be made: ${why}`, `Dokumen tidak dapat disediakan: ${why}`));

/**
 * Two threads at most: beside the main thread's own work that keeps a 2-core PC busy, and more would only
 * add memory (each holds a copy of the docx library). One on a single core.
 */
export const RENDER_THREADS = Math.max(1, Math.min(2, os.availableParallelism()));

const threads = Array.from({ length: RENDER_THREADS }, () => new WorkerChannel<Omit<RenderJob, 'id'>, RenderReply>(() => workerFile('render-worker', 'CLUSTER_OFFICE_RENDER_WORKER'), failed, { idleStopMs: IDLE_STOP_MS }));

/** Lays out and packs a document in the rendering thread with the least work waiting. */
export async function renderInThread(model: DocumentModel): Promise<{ title: string; data: Uint8Array }> {
  const idlest = threads.reduce((a, b) => (b.load < a.load ? b : a));
  const reply = await idlest.send({ model });
  if (!reply.ok) throw failed(reply.message.split('\n')[0] ?? '');
  return { title: reply.title, data: reply.data };
}

export const stopRenderThread = async () => {
  await Promise.all(threads.map((t) => t.stop()));
};
