/**
 * A worker thread that answers jobs by id: started on first use, keeping the process alive only while it
 * has work, and started again after a crash. Whatever it held when it stopped fails with `lost(why)`.
 * The rendering threads and the query thread are each one of these.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export class WorkerChannel<Job, Reply extends { id: number }> {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(
    private readonly file: () => string,
    private readonly lost: (why: string) => Error,
    private readonly workerData?: unknown,
  ) {}

  /** Jobs sent and not yet answered. */
  get load(): number {
    return this.waiting.size;
  }

  /** Sends `job` with its id; answers the worker's reply to it. */
  send(job: Job): Promise<Reply> {
    let worker: Worker;
    try {
      worker = this.start();
    } catch (err) {
      return Promise.reject(this.lost(err instanceof Error ? err.message : String(err)));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file(), { workerData: this.workerData });
    worker.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      w?.resolve(reply);
    });
    // A crash or a worker that never started: everything it held fails, and the next job starts a new one.
    const lost = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.reject(this.lost(why));
      this.waiting.clear();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`the thread stopped (${code})`));
    this.worker = worker;
    return worker;
  }

  /** Stops the worker (the app is quitting, or its file is closing); a later job starts a new one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/**
 * A worker's bundle: beside the main bundle (dist/node/<name>.cjs), or where the environment variable
 * points (the tests build it from source). In a packaged app the file is unpacked from the asar archive,
 * which a worker thread cannot read.
 */
export function workerFile(name: string, envVariable: string): string {
  const configured = process.env[envVariable];
  if (configured) return configured;
  return path.join(__dirname, `${name}.cjs`).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}
