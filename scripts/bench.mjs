// `npm run bench`: builds the app, bundles the benchmarks, then runs them with plain Node on the native
// module built for Node, with the worker threads the build made (dist/node).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// Inside the project, so the bundle finds the packages it leaves out (better-sqlite3 is native).
fs.mkdirSync(path.join('node_modules', '.cache'), { recursive: true });
const dir = path.resolve(fs.mkdtempSync(path.join('node_modules', '.cache', 'cluster-office-bench-')));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
try {
  // The UI benchmark drives the built app.
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('npm run build failed');
  await build({ ...common, packages: 'external', entryPoints: ['tests/bench/run.ts'], outfile: path.join(dir, 'run.cjs') });
  const worker = (name) => path.resolve('dist/node', `${name}.cjs`);
  const env = { ...process.env, CLUSTER_OFFICE_RENDER_WORKER: worker('render-worker'), CLUSTER_OFFICE_DB_WORKER: worker('db-worker'), CLUSTER_OFFICE_QUERY_WORKER: worker('query-worker') };
  const r = spawnSync(process.execPath, [path.join(dir, 'run.cjs')], { stdio: 'inherit', env });
  process.exitCode = r.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
