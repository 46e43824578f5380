/**
 * The database thread runs from a bundle, as in the app: built here once from source, the same way
 * scripts/build-node.mjs builds it, into a temp folder the tests' processes are pointed at. Packages stay
 * outside (better-sqlite3 is native); the bundle lives inside the project so it finds them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export default async function setup(): Promise<() => void> {
  fs.mkdirSync(path.join('node_modules', '.cache'), { recursive: true });
  const dir = path.resolve(fs.mkdtempSync(path.join('node_modules', '.cache', 'cluster-office-db-worker-')));
  const file = path.join(dir, 'db-worker.cjs');
  await build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning', entryPoints: ['db/db-worker.ts'], outfile: file });
  process.env.CLUSTER_OFFICE_DB_WORKER = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
