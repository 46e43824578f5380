// `npm start`: the desktop app where Electron's runtime is available; otherwise one line saying so,
// and the same app in browser mode on the same data. `npm run web` (`--browser`) skips the desktop app.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-runtime.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const browserOnly = process.argv.includes('--browser');
const args = process.argv.slice(2).filter((a) => a !== '--browser');
const step = (cmd, stepArgs) => {
  const r = spawnSync(cmd, stepArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// A data folder has one owner. If a running copy holds it, say so now, before the build below replaces
// the files that copy is serving. (Exit 3 means "in use"; anything else, e.g. an older build, goes on.)
if (fs.existsSync('dist/node/web.cjs')) {
  const check = spawnSync(process.execPath, ['dist/node/web.cjs', '--check', ...args], { encoding: 'utf8' });
  if (check.status === 3) {
    process.stderr.write(check.stderr);
    process.exit(1);
  }
}

step(npm, ['run', '--silent', 'build']);
const electron = browserOnly ? null : ensureElectronBinary();
if (electron) {
  step(process.execPath, ['scripts/ensure-abi.mjs', 'electron']);
  const r = spawnSync(electron, ['.', ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
} else {
  if (!browserOnly) console.log("Electron's runtime is not available on this computer, so Cluster Office opens in browser mode instead.");
  step(process.execPath, ['scripts/ensure-abi.mjs', 'node']);
  const r = spawnSync(process.execPath, ['dist/node/web.cjs', ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}
