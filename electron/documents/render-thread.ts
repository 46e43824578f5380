/**
 * The main process's side of the rendering threads: up to two workers, each started on first use, that lay
 * out and pack documents; a document goes to the worker with the least work waiting, so a termly pack renders
 * two reports at a time. A worker keeps the process alive only while it has work, and is started again after
 * a crash; a document it could not render fails with a plain message.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../../shared/documents/document-model';
import { AppError, bi } from '../../shared/errors';
import type { RenderJob, RenderReply } from './render-worker';

/**
 * The worker's bundle: beside the main bundle (dist/node/render-worker.cjs), or where
 * CLUSTER_OFFICE_RENDER_WORKER points (the tests build it from source). In a packaged app the file is
 * unpacked from the asar archive, which a worker thread cannot read.
 */
export function renderWorkerFile(): string {
  const configured = process.env.CLUSTER_OFFICE_RENDER_WORKER;
  if (configured) return configured;
  return path.join(__dirname, 'render-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

interface Waiting {
  resolve: (r: { title: string; data: Uint8Array }) => void;
  reject: (e: Error) => void;
}

const failed = (why: string) => new AppError('INTERNAL', bi(`The document could not be made: ${why}`, `Dokumen tidak dapat disediakan: ${why}`));

class RenderThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  /** Documents sent and not yet answered. */
  get load(): number {
    return this.waiting.size;
  }

  render(model: DocumentModel): Promise<{ title: string; data: Uint8Array }> {
    let worker: Worker;
    try {
      worker = this.start();
    } catch (err) {
      return Promise.reject(failed(err instanceof Error ? err.message : String(err)));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, model } satisfies RenderJob);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(renderWorkerFile());
    worker.on('message', (reply: RenderReply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!w) return;
      if (reply.ok) w.resolve({ title: reply.title, data: reply.data });
      else w.reject(failed(reply.message.split('\n')[0] ?? ''));
    });
    // A crash or a worker that never started: everything it held fails, and the next document starts a new one.
    const lost = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.reject(failed(why));
      this.waiting.clear();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`the rendering thread stopped (${code})`));
    this.worker = worker;
    return worker;
  }

  /** Stops the worker (the app is quitting); a later document starts a new one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/**
 * Two threads at most: beside the main thread's own work that keeps a 2-core PC busy, and more would only
 * add memory (each holds a copy of the docx library). One on a single core.
 */
export const RENDER_THREADS = Math.max(1, Math.min(2, os.availableParallelism()));

const threads = Array.from({ length: RENDER_THREADS }, () => new RenderThread());

/** Lays out and packs a document in the rendering thread with the least work waiting. */
export function renderInThread(model: DocumentModel): Promise<{ title: string; data: Uint8Array }> {
  const idlest = threads.reduce((a, b) => (b.load < a.load ? b : a));
  return idlest.render(model);
}

export const stopRenderThread = async () => {
  await Promise.all(threads.map((t) => t.stop()));
};
