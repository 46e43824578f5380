// Bundles the main-process side (desktop shell, preload, browser-mode host) into dist/node as CommonJS.
// Packages stay external: node_modules is shipped by electron-builder and better-sqlite3 is native.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, packages: 'external', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts', web: 'electron/web.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  // A sandboxed preload may only require 'electron': bundle everything else in.
  build({ ...common, packages: undefined, external: ['electron'], entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
]);
