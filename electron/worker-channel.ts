/**
 * A worker thread that answers jobs by id: started on first use, keeping the process alive only while it
 * has work, and started again after a crash. Whatever it held when it stopped fails with `lost(why)`.
 * The rendering threads and the query thread are each one of these.
 *
 * A thread left idle for `idleStopMs` stops, and the next job starts it again: a thread's heap only shrinks
 * long after a big job (a year of events, a termly pack), and an office PC or server should not carry that
 * memory through a quiet afternoon. The next job pays the thread's start, a fraction of a second.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** How long a rendering or query thread may sit idle before it stops and gives its memory back. */
export const IDLE_STOP_MS = 30_000;

export class WorkerChannel<Job, Reply extends { id: number }> {
  private worker: Worker | null = null;
  // Each job remembers its thread: a thread stopped when idle may report its exit after the next job has
  // started a new one, and only its own jobs fail with it.
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly file: () => string,
    private readonly lost: (why: string) => Error,
    private readonly opts: { workerData?: unknown; idleStopMs?: number } = {},
  ) {}

  /** Whether a thread is running now (it starts on the first job and stops when left idle). */
  get running(): boolean {
    return this.worker !== null;
  }

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
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker });
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file(), { workerData: this.opts.workerData });
    worker.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!this.holds(worker)) {
        worker.unref();
        this.stopWhenIdle(worker);
      }
      w?.resolve(reply);
    });
    // A crash or a worker that never started: everything it held fails, and the next job starts a new one.
    const lost = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, w] of this.waiting) {
        if (w.worker !== worker) continue;
        this.waiting.delete(id);
        w.reject(this.lost(why));
      }
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`the thread stopped (${code})`));
    this.worker = worker;
    return worker;
  }

  private holds(worker: Worker): boolean {
    for (const w of this.waiting.values()) if (w.worker === worker) return true;
    return false;
  }

  private stopWhenIdle(worker: Worker): void {
    const ms = this.opts.idleStopMs;
    if (ms === undefined) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && !this.holds(worker)) void this.stop();
    }, ms);
    this.idleTimer.unref();
  }

  /** Stops the worker (the app is quitting, or its file is closing); a later job starts a new one. */
  async stop(): Promise<void> {
    clearTimeout(this.idleTimer);
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
