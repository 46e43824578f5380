/** Reasons a data file cannot be used. `detail` is SQLite's own words, for the log, never the screen. */
export type DamageKind = 'unreadable' | 'empty';

export class DamagedDatabaseError extends Error {
  constructor(
    readonly detail: string,
    readonly kind: DamageKind = 'unreadable',
  ) {
    super(kind === 'empty' ? 'The data file is empty although backups exist.' : 'The data file is damaged and cannot be used safely.');
    this.name = 'DamagedDatabaseError';
  }
}

export class NewerDatabaseError extends Error {
  constructor(readonly fileVersion: number, readonly appVersion: number) {
    super(
      `This data file was written by a newer version of Cluster Office (data version ${fileVersion}; ` +
        `this version understands up to ${appVersion}). Install the newer version. The file has not been changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** better-sqlite3 compiled for the other runtime (Node vs Electron): one line naming the fix. */
export class NativeModuleError extends Error {
  constructor(runtime: 'node' | 'electron') {
    super(`The SQLite module is built for the other runtime; run \`npm run rebuild:${runtime}\` and start again.`);
    this.name = 'NativeModuleError';
  }
}

export function isWrongAbi(err: unknown): boolean {
  const m = err instanceof Error ? err.message : String(err);
  return /NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/.test(m);
}
