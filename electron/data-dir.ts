import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Cluster Office';
export const DATABASE_FILE = 'cluster-office.sqlite';

/**
 * The per-user data folder: the same folder Electron calls `userData` for this app, so the desktop app and
 * browser mode share one database. CLUSTER_OFFICE_DATA overrides it (tests, portable installs).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CLUSTER_OFFICE_DATA) return path.resolve(env.CLUSTER_OFFICE_DATA);
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, APP_NAME);
}
