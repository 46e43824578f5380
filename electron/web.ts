/**
 * `npm run web`: serve the app in a browser on 127.0.0.1. Options: --port N, --data DIR, --new-token.
 * The data folder is taken (one owner at a time) before the database is opened. `--check` only says whether
 * another start holds the folder (exit 3), so `npm start` can refuse before rebuilding the files it serves.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../package.json';
import { AppContext } from './app-context';
import { browserToken } from './browser-token';
import { acquireDataLock, DataFolderInUseError, dataFolderOwner, inUseMessage, type DataLock } from './data-lock';
import { resolveDataDir } from './data-dir';
import { createDispatch, uiLanguage } from './dispatch';
import { createWebHost, listen } from './web-host';

/** The exit code of a start refused because another one holds the data folder. */
const IN_USE_EXIT = 3;

/** A refusal that is said in one line, without a stack trace. */
class StartError extends Error {}

/** What the user typed to start us, so a page without access can name it; npm says which script runs. */
function startCommand(env: NodeJS.ProcessEnv): string | undefined {
  if (env.npm_lifecycle_event === 'start') return 'npm start';
  if (env.npm_lifecycle_event === 'web') return 'npm run web';
  return undefined;
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4310' }, data: { type: 'string' }, 'new-token': { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartError(`--port must be a port number, not ${values.port}`);
  const dataDir = values.data ? path.resolve(values.data) : resolveDataDir();
  if (values.check) {
    const owner = dataFolderOwner(dataDir);
    if (owner) console.error(inUseMessage(dataDir, owner));
    process.exit(owner ? IN_USE_EXIT : 0);
  }

  const lock: DataLock = await acquireDataLock(dataDir, 'web');
  process.on('exit', () => lock.release());
  const { token } = browserToken(dataDir, { renew: values['new-token'] });

  const ctx = new AppContext(dataDir, { appVersion: pkg.version });
  let server: Server | null = null;
  // Ctrl+C, a stop request or the terminal closing: close the database, then give the folder back (on exit).
  const stop = () => {
    server?.close();
    void ctx.close().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

  await ctx.open();
  server = createWebHost({
    dispatch: createDispatch(ctx),
    token,
    port,
    staticDir: path.join(__dirname, '..', 'renderer'),
    language: () => uiLanguage(ctx),
    startCommand: startCommand(process.env),
  });
  let bound: number;
  try {
    bound = await listen(server, port);
  } catch (err) {
    await ctx.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new StartError(`Cluster Office: port ${port} is in use by another program; start with --port N to choose another.`);
    throw err;
  }
  lock.setPort(bound);
  console.log(`Cluster Office (browser mode), data in ${dataDir}`);
  console.log(`Open http://127.0.0.1:${bound}/#token=${token}`);
  if (ctx.state !== 'ready') console.log(ctx.message);
}

main().catch((err: unknown) => {
  const oneLine = err instanceof DataFolderInUseError || err instanceof StartError || (err instanceof Error && err.name === 'NativeModuleError');
  console.error(oneLine ? err.message : err);
  process.exit(err instanceof DataFolderInUseError ? IN_USE_EXIT : 1);
});
