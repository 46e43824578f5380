import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerChannel } from '../../electron/worker-channel';

// A thread that answers each job with its thread id, after `wait` ms.
const WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (job) => setTimeout(() => parentPort.postMessage({ id: job.id, threadId }), job.wait));
`;

type Job = { wait: number };
type Reply = { id: number; threadId: number };

describe('a worker channel left idle', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-channel-'));
  const file = path.join(dir, 'echo-worker.cjs');
  fs.writeFileSync(file, WORKER);
  const channels: WorkerChannel<Job, Reply>[] = [];
  const channel = (idleStopMs?: number) => {
    const c = new WorkerChannel<Job, Reply>(() => file, (why) => new Error(why), { idleStopMs });
    channels.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(channels.splice(0).map((c) => c.stop()));
  });

  it('stops its thread once idle for the set time, and starts a new one for the next job', async () => {
    const c = channel(150);
    const first = await c.send({ wait: 0 });
    expect(c.running).toBe(true);
    await expect.poll(() => c.running, { timeout: 5_000, interval: 25 }).toBe(false);
    const second = await c.send({ wait: 0 });
    expect(second.threadId).not.toBe(first.threadId);
  });

  it('gives a job sent while the stopped thread is still exiting to a new thread, untouched by that exit', async () => {
    const c = channel(20);
    const first = await c.send({ wait: 0 });
    await expect.poll(() => c.running, { timeout: 5_000, interval: 1 }).toBe(false);
    // The old thread's exit comes after this job has gone to a new one.
    const next = await c.send({ wait: 100 });
    expect(next.threadId).not.toBe(first.threadId);
  });

  it('never stops a thread that has a job in hand', async () => {
    const c = channel(50);
    const first = await c.send({ wait: 0 });
    // Sent before the idle time runs out, and still running well after it would have.
    const slow = await c.send({ wait: 400 });
    expect(slow.threadId).toBe(first.threadId);
    const together = await Promise.all([c.send({ wait: 200 }), c.send({ wait: 300 })]);
    expect(together.map((r) => r.threadId)).toEqual([first.threadId, first.threadId]);
  });

  it('keeps its thread between jobs without an idle time', async () => {
    const c = channel();
    const first = await c.send({ wait: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(c.running).toBe(true);
    expect((await c.send({ wait: 0 })).threadId).toBe(first.threadId);
  });
});
