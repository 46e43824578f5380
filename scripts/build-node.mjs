// Bundles the main-process side (desktop shell, preload, browser-mode host) into dist/node as CommonJS.
// Packages stay external: node_modules is shipped by electron-builder and better-sqlite3 is native.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, packages: 'external', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts', web: 'electron/web.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  // The database thread (full check, backups) keeps better-sqlite3 outside, like the main bundle: the
  // packaged app unpacks this file and better-sqlite3 with what it requires (electron-builder.yml).
  build({ ...common, entryPoints: { 'db-worker': 'db/db-worker.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  // The query thread carries kysely inside (a worker reads nothing from the asar archive); better-sqlite3
  // stays outside, unpacked with the database thread's.
  build({ ...common, packages: undefined, external: ['better-sqlite3'], entryPoints: { 'query-worker': 'electron/queries/query-worker.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  // A sandboxed preload may only require 'electron': bundle everything else in.
  build({ ...common, packages: undefined, external: ['electron'], entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  // The rendering thread carries its packages (docx) inside: the packaged app unpacks this one file from
  // the asar archive, and a worker thread reads nothing from the archive.
  build({ ...common, packages: undefined, entryPoints: { 'render-worker': 'electron/documents/render-worker.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
]);
