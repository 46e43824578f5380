// better-sqlite3 is native: built for Node it does not load in Electron, and the reverse.
// `node scripts/ensure-abi.mjs node|electron [--force]` rebuilds it for that runtime when needed.
// Never run from postinstall: a machine without Electron's headers would fail `npm install`.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-runtime.mjs';

const target = process.argv[2];
const force = process.argv.includes('--force');
const marker = 'node_modules/.cluster-office-abi';
if (target !== 'node' && target !== 'electron') {
  console.error('usage: ensure-abi.mjs node|electron [--force]');
  process.exit(2);
}

const loadsInNode = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' }).status === 0;
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (target === 'node') {
  if (!force && loadsInNode()) process.exit(0);
  console.log('Building the SQLite module for Node (about a minute)…');
  run('npm', ['rebuild', 'better-sqlite3']);
  if (!loadsInNode()) {
    console.error('The SQLite module still does not load in Node; run `npm run rebuild:node` and read its output.');
    process.exit(1);
  }
} else {
  if (!electronBinary()) {
    console.error("Electron's runtime is not installed; the desktop app cannot start here (use `npm run web`).");
    process.exit(1);
  }
  const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'node';
  if (!force && current === 'electron') process.exit(0);
  console.log('Building the SQLite module for Electron…');
  run('npx', ['electron-builder', 'install-app-deps']);
}
fs.writeFileSync(marker, target);
