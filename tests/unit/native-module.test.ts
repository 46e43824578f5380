import { describe, expect, it } from 'vitest';
import { isWrongAbi, NativeModuleError } from '../../db/errors';

describe('a SQLite module built for the other runtime', () => {
  it('is recognised from the loader messages of Node and Electron', () => {
    expect(
      isWrongAbi(
        new Error(
          "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 140. This version of Node.js requires NODE_MODULE_VERSION 115.",
        ),
      ),
    ).toBe(true);
    expect(isWrongAbi(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBe(false);
  });

  it('ends in one line naming the script to run', () => {
    for (const runtime of ['node', 'electron'] as const) {
      const message = new NativeModuleError(runtime).message;
      expect(message).not.toContain('\n');
      expect(message).toContain(`npm run rebuild:${runtime}`);
    }
  });
});
