/**
 * The worker threads run from bundles, as in the app: built here once from source, the way
 * scripts/build-node.mjs builds them, into a temp folder inside the project (so the bundles that leave
 * packages outside find them), and the tests' processes are pointed at them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' } as const;

export default async function setup(): Promise<() => void> {
  fs.mkdirSync(path.join('node_modules', '.cache'), { recursive: true });
  const dir = path.resolve(fs.mkdtempSync(path.join('node_modules', '.cache', 'cluster-office-workers-')));
  const out = (name: string) => path.join(dir, `${name}.cjs`);
  await Promise.all([
    build({ ...common, entryPoints: ['electron/documents/render-worker.ts'], outfile: out('render-worker') }),
    build({ ...common, packages: 'external', entryPoints: ['db/db-worker.ts'], outfile: out('db-worker') }),
    build({ ...common, external: ['better-sqlite3'], entryPoints: ['electron/queries/query-worker.ts'], outfile: out('query-worker') }),
  ]);
  process.env.CLUSTER_OFFICE_RENDER_WORKER = out('render-worker');
  process.env.CLUSTER_OFFICE_DB_WORKER = out('db-worker');
  process.env.CLUSTER_OFFICE_QUERY_WORKER = out('query-worker');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
