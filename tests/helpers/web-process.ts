/**
 * Browser mode as a user starts it: the built `dist/node/web.cjs` in its own process, on a data folder.
 * Used by the vitest process tests and the Playwright specs (no test runner imported here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// Both test runners start in the repository's root.
const ROOT = process.cwd();
export const WEB_ENTRY = path.join(ROOT, 'dist', 'node', 'web.cjs');

export interface WebProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the printed address once it listens; rejects if the process ends first. */
  ready: Promise<{ url: string; origin: string; port: number; token: string }>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Stops it the way Ctrl+C does and waits for the exit. */
  stop(): Promise<number | null>;
}

export function spawnWeb(dataDir: string, options: { port?: number; args?: string[]; env?: NodeJS.ProcessEnv } = {}): WebProcess {
  const child = spawn(process.execPath, [WEB_ENTRY, '--port', String(options.port ?? 0), '--data', dataDir, ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, CLUSTER_OFFICE_TOKEN: '', npm_lifecycle_event: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const ready = new Promise<{ url: string; origin: string; port: number; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Browser mode did not start:\n${text}`)), 20_000);
    const onData = (b: Buffer) => {
      text += b.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))/.exec(text);
      if (m?.[1] && m[2] && m[3]) {
        clearTimeout(timer);
        resolve({ url: m[1], origin: `http://127.0.0.1:${m[2]}`, port: Number(m[2]), token: m[3] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Browser mode exited (${code}):\n${text}`));
    });
  });
  // A refused start is awaited through `exited`; its `ready` rejection is expected then.
  ready.catch(() => undefined);
  return {
    child,
    output: () => text,
    ready,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
