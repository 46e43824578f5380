// `npm start`: the desktop app where Electron's runtime is available; otherwise one line saying so,
// and the same app in browser mode on the same data.
import { spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-runtime.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step(npm, ['run', '--silent', 'build']);
const electron = ensureElectronBinary();
if (electron) {
  step(process.execPath, ['scripts/ensure-abi.mjs', 'electron']);
  const r = spawnSync(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
} else {
  console.log("Electron's runtime is not available on this computer, so Cluster Office opens in browser mode instead.");
  step(process.execPath, ['scripts/ensure-abi.mjs', 'node']);
  const r = spawnSync(process.execPath, ['dist/node/web.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}
