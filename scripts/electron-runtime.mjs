// Where Electron's runtime is, without triggering its download (requiring 'electron' would).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const pkgDir = path.resolve('node_modules', 'electron');

export function electronBinary() {
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

/** Electron 42+ fetches its runtime on first use; try once, quietly. Null where it cannot be fetched. */
export function ensureElectronBinary() {
  const found = electronBinary();
  if (found || !fs.existsSync(path.join(pkgDir, 'install.js'))) return found;
  spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return electronBinary();
}
