/**
 * The rendering thread runs from a bundle, as in the app: built here once from source, the same way
 * scripts/build-node.mjs builds it, into a temp folder the tests' processes are pointed at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-worker-'));
  const file = path.join(dir, 'render-worker.cjs');
  await build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', entryPoints: ['electron/documents/render-worker.ts'], outfile: file });
  process.env.CLUSTER_OFFICE_RENDER_WORKER = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
